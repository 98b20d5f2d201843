// The trainee's own words with the evidence marked: the words that decided each code, and the words a
// harm-reduction flag points at. Text is cut into pieces by offsets and every piece is a text node.
import { h } from './dom.js';
import { code, codeLabel, flagLabel } from './labels.js';

function clamp(n, text) {
  return Math.max(0, Math.min(text.length, Number(n) || 0));
}

/** ranges: [{start, end, cls, label}] → fragment of text and <mark>s (overlaps merge their classes). */
export function highlight(text, ranges) {
  const str = String(text ?? '');
  const cuts = new Set([0, str.length]);
  const rs = ranges
    .map((r) => ({ ...r, start: clamp(r.start, str), end: clamp(r.end, str) }))
    .filter((r) => r.end > r.start);
  rs.forEach((r) => { cuts.add(r.start); cuts.add(r.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    const piece = str.slice(a, b);
    const covering = rs.filter((r) => r.start <= a && r.end >= b);
    if (!covering.length) {
      frag.append(document.createTextNode(piece));
    } else {
      const labels = [...new Set(covering.map((r) => r.label))].join('; ');
      frag.append(h('mark', { class: [...new Set(covering.map((r) => r.cls))], title: labels }, piece));
    }
  }
  return frag;
}

/** The ranges to mark for a turn's codes and flags. */
export function evidenceRanges(codes = [], flags = []) {
  const ranges = [];
  for (const c of codes || []) {
    const group = code(c.code).group;
    const spans = c.spans && c.spans.length ? c.spans : [];
    for (const sp of spans) ranges.push({ start: sp.start, end: sp.end, cls: `ev ev-${group}`, label: codeLabel(c) });
  }
  for (const f of flags || []) ranges.push({ start: f.start, end: f.end, cls: 'ev-flag', label: flagLabel(f.kind) });
  return ranges;
}

/** The trainee's words, highlighted. */
export function traineeWords(text, codes, flags) {
  return h('p', { class: 'words' }, highlight(text, evidenceRanges(codes, flags)));
}
