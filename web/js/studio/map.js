// The map of a conversation: beats as boxes in columns by distance from the start, transitions as
// arrows labelled by the categories that take them. The start, endings, unreachable beats and dead ends
// are marked with words and border styles as well as colour. Clicking (or Enter on) a beat calls onPick.
import { h, s } from '../dom.js';

const W = 170;
const H = 58;
const GX = 200;
const GY = 50;

function status(n) {
  const words = [];
  if (n.start) words.push('start');
  if (n.end) words.push(`ending: ${n.end.replace(/_/g, ' ')}`);
  if (n.unreachable) words.push('unreachable');
  if (n.deadEnd) words.push('dead end');
  return words;
}

/** map = {start, beats: [{id, end, unreachable, deadEnd, line, column}], transitions: [{from, to, labels, fallback, ending}]} */
export function drawMap(map, onPick) {
  const beats = (map.beats || []).map((b) => ({ ...b, start: b.start || b.id === map.start }));
  const edges = (map.transitions || []).filter((e) => beats.some((b) => b.id === e.to) && beats.some((b) => b.id === e.from));
  const depth = new Map();
  const queue = map.start ? [map.start] : [];
  if (map.start) depth.set(map.start, 0);
  while (queue.length) {
    const id = queue.shift();
    for (const e of edges.filter((x) => x.from === id)) {
      if (!depth.has(e.to)) { depth.set(e.to, depth.get(id) + 1); queue.push(e.to); }
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const columns = [];
  for (const b of beats) {
    const d = depth.has(b.id) ? depth.get(b.id) : maxDepth + 1;
    (columns[d] = columns[d] || []).push(b);
  }
  const pos = new Map();
  columns.forEach((col, x) => (col || []).forEach((b, y) => pos.set(b.id, { x: 20 + x * (W + GX), y: 20 + y * (H + GY) })));
  const width = 40 + columns.length * (W + GX);
  const height = 40 + Math.max(1, ...columns.map((c) => (c ? c.length : 0))) * (H + GY);
  const svg = s('svg', { class: 'beat-map', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Map of the beats' },
    s('defs', {}, s('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
      s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }))));
  const edgeLayer = s('g', { class: 'edges', 'aria-hidden': 'true' });
  const pairCount = new Map();
  for (const e of edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    const key = `${e.from}>${e.to}`;
    const k = pairCount.get(key) || 0;
    pairCount.set(key, k + 1);
    const x1 = a.x + W;
    const y1 = a.y + H / 2;
    let x2 = b.x;
    const y2 = b.y + H / 2;
    let d;
    if (e.from === e.to) d = `M ${a.x + W - 20} ${a.y} C ${a.x + W} ${a.y - 40}, ${a.x + W + 30} ${a.y}, ${x1} ${y1 - 10}`;
    else if (b.x <= a.x) { x2 = b.x + W / 2; d = `M ${a.x + W / 2} ${a.y + H} C ${a.x + W / 2} ${a.y + H + 40 + k * 14}, ${x2} ${b.y + H + 40 + k * 14}, ${x2} ${b.y + H}`; }
    else d = `M ${x1} ${y1} C ${x1 + GX / 2} ${y1 + k * 14}, ${x2 - GX / 2} ${y2 + k * 14}, ${x2} ${y2}`;
    const label = e.fallback ? 'fallback' : (e.labels || []).join(', ') || (e.ending ? e.ending.replace('_', ' ') : '');
    const lx = (x1 + x2) / 2;
    const ly = (y1 + y2) / 2 - 6 + k * 14;
    edgeLayer.append(s('path', { d, class: e.fallback ? 'edge fallback' : 'edge', 'marker-end': 'url(#map-arrow)' }),
      s('text', { x: lx, y: ly, class: 'edge-label', 'text-anchor': 'middle', text: label.length > 30 ? `${label.slice(0, 29)}…` : label }));
  }
  svg.append(edgeLayer);
  for (const b of beats) {
    const p = pos.get(b.id);
    const words = status(b);
    const cls = ['beat-node', b.start && 'start', b.end && 'ending', b.unreachable && 'unreachable', b.deadEnd && 'dead-end'].filter(Boolean).join(' ');
    const g = s('g', { class: cls, transform: `translate(${p.x} ${p.y})`, tabindex: 0, role: 'button', 'data-beat': b.id,
      'aria-label': `Beat ${b.id}${words.length ? ` (${words.join(', ')})` : ''}: go to its text` },
    s('title', { text: `${b.id}${words.length ? ` — ${words.join(', ')}` : ''}` }),
    s('rect', { width: W, height: H, rx: b.end ? 18 : 4 }),
    b.end ? s('rect', { x: 4, y: 4, width: W - 8, height: H - 8, rx: 14, class: 'inner' }) : null,
    s('text', { x: W / 2, y: 24, 'text-anchor': 'middle', class: 'beat-id', text: b.id.length > 22 ? `${b.id.slice(0, 21)}…` : b.id }),
    s('text', { x: W / 2, y: 42, 'text-anchor': 'middle', class: 'beat-status', text: words.join(' · ') }));
    const pick = () => onPick(b);
    g.addEventListener('click', pick);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
    svg.append(g);
  }
  const legend = h('p', { class: 'hint map-legend', text: 'Start: thick border. Ending: double rounded border. Unreachable: dashed. Dead end: dotted, marked “dead end”. Fallback arrows are dashed.' });
  return h('div', { class: 'map-wrap', role: 'region', 'aria-label': 'Beat map (scrolls sideways)', tabindex: 0 }, svg, legend);
}
