// The map of a conversation, laid out by dagre (a layered-graph layout: web/vendor/dagre/README.md):
// beats as boxes from the start downwards, transitions as arrows with short labels placed by the layout so
// they never overlap; the full text of a label shows on hover and on focus, in the line under the map. The
// start, endings, unreachable beats and dead ends are marked with words and border styles as well as
// colour. Clicking (or Enter on) a beat calls onPick.
import dagre from '../../vendor/dagre/dagre.esm.js';
import { h, s } from '../dom.js';

const W = 96;
const H = 44;
const CHAR = 6.2; // px per character of an 11 px label, for the layout to reserve room
const LABEL_H = 16;
const SHORT = 11;

function status(n) {
  const words = [];
  if (n.start) words.push('start');
  if (n.end) words.push(`ending: ${n.end.replace(/_/g, ' ')}`);
  if (n.unreachable) words.push('unreachable');
  if (n.deadEnd) words.push('dead end');
  if (n.anywhere) words.push('from any beat');
  if (n.hub) words.push(`from ${n.hub.count} beats`);
  // a beat that says no topics or prompts is matched by its spoken words alone (the validator warns)
  if (n.topics && !n.topics.length) words.push('no topics');
  if (n.prompts === 0) words.push('no prompts');
  return words;
}

// what the beat is about, in words: "; about lucia, driving"
const aboutText = (b) => (b.topics && b.topics.length ? `; about ${b.topics.join(', ')}` : '');

const words = (x) => String(x || '').replace(/_/g, ' ');
// the arrows a hub beat stands for, in words: "; reached on information with permission from opening, sleep, …"
const hubText = (b) => (b.hub ? `; reached on ${b.hub.on.join(', ')} from ${b.hub.from.join(', ')}` : '');
// a scenario-level rule (from_any_beat) in words: "; from any beat on information with permission, persuade with
// permission (not from asks, options: they name it themselves)"
const anywhereText = (b) => (b.anywhere || []).map((r) => `; from any beat on ${r.labels.map(words).join(', ')}`
  + (r.except.length ? ` (not from ${r.except.join(', ')}: their own rules name it)` : '')).join('');
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Short names of the response categories for arrow labels, at most 9 characters: whole words an author reads at
 * a glance, where cutting "complex reflection" gave "complex…" (the full text is on hover and focus).
 */
const SHORT_NAMES = {
  complex_reflection: 'complex R', simple_reflection: 'simple R', any_reflection: 'reflect', open_question: 'open Q',
  closed_question: 'closed Q', any_question: 'question', affirm: 'affirm', autonomy: 'autonomy', collaboration: 'collab',
  information_with_permission: 'info (ok)', information: 'info', persuade_with_permission: 'advice ok', persuade: 'persuade',
  confront: 'confront', other: 'other', mi_consistent: 'MI-cons.', mi_inconsistent: 'MI-incons.',
};

/**
 * The label's whole text, and a short one on one or two lines: the first category's short name, then how many
 * more. Two narrow lines instead of one wide one keep 25-beat maps within the window.
 */
export function edgeLabels(e) {
  const labels = (e.labels || []).map(words);
  const full = e.fallback ? 'fallback (any other response)' : `${labels.join(', ') || (e.ending ? `ends: ${words(e.ending)}` : '')}${e.alsoFallback ? ', or any other response (fallback)' : ''}`;
  const first = (e.labels || [])[0];
  const name = first ? SHORT_NAMES[first] || clip(words(first).replace(/^words: .*/, 'words'), SHORT) : clip(e.ending ? words(e.ending) : '', SHORT);
  const more = e.fallback ? 0 : Math.max(0, labels.length - 1) + (e.alsoFallback ? 1 : 0);
  const lines = e.fallback ? ['fallback'] : [name, ...(more ? [`+${more} more`] : [])].filter(Boolean);
  return { full, short: lines.join(' '), lines };
}

/**
 * map = {start, beats: [{id, end, unreachable, deadEnd, line, column, topics, prompts}], transitions: [{from, to, labels, fallback, ending}],
 * fromAnyBeat: [{to, labels, except}]}
 */
// zoom: the size the trainer last chose (true fits the width), kept by the caller so a redraw after a check
// does not undo it; onZoom reports a new choice
export function drawMap(map, onPick, { fitting: startFitting = true, onZoom = () => {} } = {}) {
  // A rule from any beat is drawn as words on its target ("from any beat"), never as an arrow from every beat: its
  // categories and the beats it skips are in the target's title and in the line under the map
  const anywhere = new Map();
  for (const r of map.fromAnyBeat || []) anywhere.set(r.to, [...(anywhere.get(r.to) || []), r]);
  const beats = (map.beats || []).map((b) => ({ ...b, start: b.start || b.id === map.start, anywhere: anywhere.get(b.id) }));
  const ids = new Set(beats.map((b) => b.id));
  // one arrow per pair of beats, carrying every category that takes that path: parallel arrows each with a
  // label made 25-beat maps twice as wide as the screen
  const pairs = new Map();
  for (const e of (map.transitions || []).filter((t) => ids.has(t.from) && ids.has(t.to))) {
    const key = `${e.from}\u0000${e.to}`;
    const seen = pairs.get(key);
    if (!seen) pairs.set(key, { ...e, labels: [...(e.labels || [])] });
    else {
      for (const l of e.labels || []) if (!seen.labels.includes(l)) seen.labels.push(l);
      seen.fallback = seen.fallback && e.fallback;
      seen.alsoFallback = seen.alsoFallback || e.fallback;
      seen.ending = seen.ending || e.ending;
    }
  }
  // A beat that many beats route to by their own rules would draw a fan of arrows across the whole map: those arrows become words on the beat itself ("from 14 beats"),
  // with the sources and categories in its title and in the line under the map.
  const incoming = new Map();
  for (const e of pairs.values()) if (!e.fallback) incoming.set(e.to, [...(incoming.get(e.to) || []), e]);
  const hubs = new Map();
  for (const [to, list] of incoming) {
    if (list.length >= Math.max(6, Math.ceil(beats.length / 3))) hubs.set(to, list);
  }
  const edges = [...pairs.values()].filter((e) => e.fallback || !hubs.has(e.to));
  for (const b of beats) {
    const list = hubs.get(b.id);
    if (!list) continue;
    const on = [...new Set(list.flatMap((e) => e.labels || []))].map(words);
    b.hub = { count: list.length, from: list.map((e) => e.from), on };
  }

  const g = new dagre.graphlib.Graph({ multigraph: true });
  // top to bottom: measured on the shipped 21–28-beat scenarios it is 2–4 times narrower than left to right
  g.setGraph({ rankdir: 'TB', nodesep: 6, ranksep: 30, edgesep: 3, marginx: 8, marginy: 8, ranker: 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const b of beats) g.setNode(b.id, { width: W, height: H });
  edges.forEach((e, i) => {
    const text = edgeLabels(e);
    // a fallback-only arrow is drawn dashed and needs no label box (the legend says what dashed means)
    const widest = Math.max(0, ...text.lines.map((l) => l.length));
    const box = e.fallback ? {} : { width: Math.max(22, widest * CHAR + 8), height: LABEL_H * text.lines.length, labelpos: 'c' };
    g.setEdge(e.from, e.to, { ...box, edge: e, text }, `e${i}`);
  });
  dagre.layout(g);
  const size = g.graph();
  const width = Math.ceil(size.width || 200);
  const height = Math.ceil(size.height || 100);

  const detail = h('p', { class: 'map-detail hint', 'aria-live': 'polite', text: 'Point at or focus an arrow\u2019s label to read it in full.' });
  const svg = s('svg', { class: 'beat-map', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Map of the beats' },
    s('defs', {}, s('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
      s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }))));
  const lines = s('g', { class: 'edges', 'aria-hidden': 'true' });
  const labels = s('g', { class: 'edge-labels' });
  for (const ref of g.edges()) {
    const e = g.edge(ref);
    const pts = e.points || [];
    if (pts.length) {
      const d = pts.map((p, i) => `${i ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
      lines.append(s('path', { d, class: e.edge.fallback ? 'edge fallback' : 'edge', 'marker-end': 'url(#map-arrow)' }));
    }
    if (!e.text.short || e.edge.fallback) continue;
    const full = `${e.edge.from} → ${e.edge.to}: ${e.text.full}`;
    const label = s('g', { class: 'edge-label', tabindex: 0, role: 'img', 'aria-label': `Transition ${full}`,
      transform: `translate(${(e.x - e.width / 2).toFixed(1)} ${(e.y - e.height / 2).toFixed(1)})` },
    s('title', { text: full }),
    s('rect', { width: e.width, height: e.height, rx: 3 }),
    s('text', { x: e.width / 2, y: LABEL_H - 4, 'text-anchor': 'middle' },
      e.text.lines.map((l, n) => s('tspan', { x: e.width / 2, dy: n ? LABEL_H : 0, text: l }))));
    const show = () => { detail.textContent = full; };
    label.addEventListener('focus', show);
    label.addEventListener('mouseenter', show);
    labels.append(label);
  }
  svg.append(lines);
  for (const b of beats) {
    const p = g.node(b.id);
    const marks = status(b);
    const cls = ['beat-node', b.start && 'start', b.end && 'ending', b.unreachable && 'unreachable', b.deadEnd && 'dead-end'].filter(Boolean).join(' ');
    const node = s('g', { class: cls, transform: `translate(${(p.x - W / 2).toFixed(1)} ${(p.y - H / 2).toFixed(1)})`, tabindex: 0, role: 'button', 'data-beat': b.id,
      'aria-label': `Beat ${b.id}${marks.length ? ` (${marks.join(', ')})` : ''}: go to its text` },
    s('title', { text: `${b.id}${marks.length ? ` — ${marks.join(', ')}` : ''}${aboutText(b)}${anywhereText(b)}${hubText(b)}` }),
    s('rect', { width: W, height: H, rx: b.end ? 18 : 4 }),
    b.end ? s('rect', { x: 4, y: 4, width: W - 8, height: H - 8, rx: 14, class: 'inner' }) : null,
    s('text', { x: W / 2, y: 19, 'text-anchor': 'middle', class: 'beat-id', text: clip(b.id, 14) }),
    s('text', { x: W / 2, y: 34, 'text-anchor': 'middle', class: 'beat-status', text: clip(marks.join(' · '), 20) }));
    const pick = () => onPick(b);
    const show = () => { detail.textContent = `Beat ${b.id}${marks.length ? ` — ${marks.join(', ')}` : ''}${aboutText(b)}${anywhereText(b)}${hubText(b)}`; };
    node.addEventListener('click', pick);
    node.addEventListener('focus', show);
    node.addEventListener('mouseenter', show);
    node.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
    svg.append(node);
  }
  // labels above the nodes and lines, so an arrow never hides one
  svg.append(labels);
  // Fit (the default) shrinks the map to the width of its box, so it never scrolls sideways; Full size draws
  // it at 100 % and lets it scroll, for reading a large map's labels without hovering each one
  const fit = h('button', { type: 'button', id: 'map-fit', 'aria-pressed': 'true', text: 'Fit the width' });
  const full = h('button', { type: 'button', id: 'map-full', 'aria-pressed': 'false', text: 'Full size' });
  const zoom = (fitting) => {
    svg.style.width = fitting ? '100%' : `${width}px`;
    svg.style.maxWidth = fitting ? '100%' : 'none';
    fit.setAttribute('aria-pressed', String(fitting));
    full.setAttribute('aria-pressed', String(!fitting));
  };
  fit.addEventListener('click', () => { zoom(true); onZoom(true); });
  full.addEventListener('click', () => { zoom(false); onZoom(false); });
  zoom(startFitting);
  const legend = h('p', { class: 'hint map-legend', text: 'Start: thick border. Ending: double rounded border. Unreachable: dashed. Dead end: dotted, marked “dead end”. Fallback arrows are dashed.' });
  return h('div', { class: 'map-block' }, h('div', { class: 'map-zoom', role: 'group', 'aria-label': 'Map size' }, fit, ' ', full),
    h('div', { class: 'map-wrap', role: 'region', 'aria-label': 'Beat map', tabindex: 0 }, svg), detail, legend);
}
