// Small SVG charts drawn by hand. Each series has its own colour, dash pattern and marker shape, so
// colour is never the only way to tell them apart; every chart carries a title, a description and a
// data table for screen readers and print.
import { h, s, uid, tableWrap } from './dom.js';
import { num } from './format.js';

const W = 640;
const H = 260;
const PAD = { top: 16, right: 36, bottom: 46, left: 44 };
const STYLES = [
  { cls: 'series-0', dash: null, marker: 'circle' },
  { cls: 'series-1', dash: '6 4', marker: 'square' },
  { cls: 'series-2', dash: '2 3', marker: 'triangle' },
  { cls: 'series-3', dash: '10 3 2 3', marker: 'diamond' },
];

function marker(kind, x, y, cls) {
  const r = 4.5;
  if (kind === 'square') return s('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls });
  if (kind === 'triangle') return s('path', { d: `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`, class: cls });
  if (kind === 'diamond') return s('path', { d: `M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`, class: cls });
  return s('circle', { cx: x, cy: y, r, class: cls });
}

function legendSwatch(style, label) {
  return h('li', {},
    s('svg', { width: 36, height: 14, viewBox: '0 0 36 14', 'aria-hidden': 'true', focusable: 'false' },
      s('line', { x1: 2, y1: 7, x2: 34, y2: 7, class: `line ${style.cls}`, 'stroke-dasharray': style.dash }),
      marker(style.marker, 18, 7, `dot ${style.cls}`)),
    ` ${label}`);
}

function dataTable(caption, xHeader, xLabels, series, fmt) {
  // in a scrolling region of its own: opened on a phone, a wide table must not make the page scroll sideways
  return h('details', { class: 'chart-data' },
    h('summary', { text: 'Show the numbers' }),
    tableWrap(caption, h('table', {},
      h('caption', { text: caption }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: xHeader }), series.map((se) => h('th', { scope: 'col', text: se.label })))),
      h('tbody', {}, xLabels.map((x, i) => h('tr', {},
        h('th', { scope: 'row', text: x }),
        series.map((se) => h('td', { text: fmt(se.values[i]) }))))))));
}

function frame(title, desc) {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart', preserveAspectRatio: 'xMidYMid meet' },
    s('title', { id: titleId, text: title }), s('desc', { id: descId, text: desc }));
  return svg;
}

function axes(svg, yMin, yMax, yTicks, xLabels, xAt, yAt, xTitle) {
  for (const t of yTicks) {
    const y = yAt(t);
    svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, class: 'grid' }),
      s('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick', text: num(t) }));
  }
  const every = Math.max(1, Math.ceil(xLabels.length / 10));
  xLabels.forEach((label, i) => {
    if (i % every !== 0 && i !== xLabels.length - 1) return;
    svg.append(s('text', { x: xAt(i), y: H - PAD.bottom + 18, 'text-anchor': 'middle', class: 'tick', text: label }));
  });
  if (xTitle) svg.append(s('text', { x: (PAD.left + W - PAD.right) / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis-title', text: xTitle }));
  svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: yAt(yMin), y2: yAt(yMin), class: 'axis' }));
}

/**
 * A line chart. series: [{label, values: [number|null]}] aligned with xLabels.
 * thresholds: [{value, label}] drawn as labelled horizontal rules.
 */
export function lineChart({ title, desc, xLabels, series, yMin = 0, yMax = null, thresholds = [], xTitle = '', format = num }) {
  const all = series.flatMap((se) => se.values).filter((v) => v !== null && v !== undefined);
  const top = yMax ?? Math.max(1, ...all, ...thresholds.map((t) => t.value)) * 1.1;
  const n = xLabels.length;
  const xAt = (i) => (n <= 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + 12 + (i * (W - PAD.left - PAD.right - 24)) / (n - 1));
  const yAt = (v) => H - PAD.bottom - ((v - yMin) / (top - yMin)) * (H - PAD.top - PAD.bottom);
  const svg = frame(title, desc);
  const step = top <= 10 ? (top <= 5 ? 1 : 2) : Math.ceil(top / 5 / 10) * 10;
  const ticks = [];
  for (let t = yMin; t <= top + 1e-9; t += step) ticks.push(t);
  axes(svg, yMin, top, ticks, xLabels, xAt, yAt, xTitle);
  for (const t of thresholds) {
    const y = yAt(t.value);
    svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, class: 'threshold' }),
      s('text', { x: W - PAD.right - 4, y: y - 4, 'text-anchor': 'end', class: 'threshold-label', text: t.label }));
  }
  series.forEach((se, k) => {
    const style = STYLES[k % STYLES.length];
    let d = '';
    let pen = false;
    se.values.forEach((v, i) => {
      if (v === null || v === undefined) { pen = false; return; }
      d += `${pen ? 'L' : 'M'}${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`;
      pen = true;
    });
    const g = s('g', { class: 'series' }, s('path', { d, class: `line ${style.cls}`, 'stroke-dasharray': style.dash }));
    se.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      g.append(marker(style.marker, xAt(i), yAt(v), `dot ${style.cls}`));
    });
    svg.append(g);
  });
  return h('figure', { class: 'chart-figure' },
    h('figcaption', { text: title }),
    svg,
    h('ul', { class: 'legend', 'aria-label': 'Legend' }, series.map((se, k) => legendSwatch(STYLES[k % STYLES.length], se.label)),
      thresholds.length ? h('li', {}, h('span', { class: 'threshold-swatch', 'aria-hidden': 'true' }), ' thresholds') : null),
    dataTable(title, xTitle || 'Point', xLabels, series, format));
}

/** Grouped bars: series [{label, values}] side by side for each x label; bars carry their value as text. */
export function barChart({ title, desc, xLabels, series, xTitle = '' }) {
  const all = series.flatMap((se) => se.values).map((v) => v || 0);
  const top = Math.max(1, ...all);
  const yAt = (v) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const n = Math.max(1, xLabels.length);
  const slot = (W - PAD.left - PAD.right) / n;
  const barW = Math.min(40, (slot * 0.8) / series.length);
  const xAt = (i) => PAD.left + slot * (i + 0.5);
  const svg = frame(title, desc);
  const step = top <= 5 ? 1 : Math.ceil(top / 5);
  const ticks = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  axes(svg, 0, top, ticks, xLabels, xAt, yAt, xTitle);
  series.forEach((se, k) => {
    const style = STYLES[k % STYLES.length];
    se.values.forEach((v, i) => {
      const value = v || 0;
      const x = xAt(i) - (series.length * barW) / 2 + k * barW;
      const y = yAt(value);
      svg.append(s('rect', { x: x + 1, y, width: barW - 2, height: Math.max(0, yAt(0) - y), class: `bar ${style.cls} pattern-${k}` }),
        s('text', { x: x + barW / 2, y: y - 4, 'text-anchor': 'middle', class: 'bar-label', text: num(value) }));
    });
  });
  return h('figure', { class: 'chart-figure' },
    h('figcaption', { text: title }),
    svg,
    h('ul', { class: 'legend', 'aria-label': 'Legend' }, series.map((se, k) => h('li', {},
      h('span', { class: `bar-swatch ${STYLES[k % STYLES.length].cls} pattern-${k}`, 'aria-hidden': 'true' }), ` ${se.label}`))),
    dataTable(title, xTitle || 'Group', xLabels, series, num));
}
