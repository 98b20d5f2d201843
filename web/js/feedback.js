// One response's feedback: the codes (with the words that decided them), what it was and why it helps or
// hurts here, harm-reduction flags, and an exemplar to try instead.
import { h } from './dom.js';
import { code, codeLabel, categoryLabel, categoryTone, flagLabel } from './labels.js';
import { traineeWords } from './evidence.js';

const TONE_TEXT = { good: 'MI-consistent', bad: 'MI-inconsistent', plain: 'Neutral' };
const TONE_ICON = { good: '✓', bad: '✗', plain: '•' };

export function toneBadge(category) {
  const tone = categoryTone(category);
  return h('span', { class: `badge tone-${tone}` },
    h('span', { 'aria-hidden': 'true', text: `${TONE_ICON[tone]} ` }), categoryLabel(category),
    h('span', { class: 'visually-hidden', text: ` (${TONE_TEXT[tone]})` }));
}

function quote(text, c) {
  if (c.start === undefined || c.end === undefined) return null;
  const q = String(text || '').slice(c.start, c.end).trim();
  return q ? h('q', { text: q }) : null;
}

export function codeList(text, codes) {
  if (!codes || !codes.length) return null;
  return h('ul', { class: 'codes' }, codes.map((c) => h('li', { class: `code code-${code(c.code).group}` },
    h('span', { class: 'code-name' }, h('abbr', { title: code(c.code).label, text: code(c.code).abbr }), ' ', codeLabel(c),
      c.reflection ? ` — ${c.reflection}` : ''),
    ' ', quote(text, c),
    c.explanation ? h('span', { class: 'explanation', text: ` ${c.explanation}` }) : null)));
}

/** Each kind of flag once, with every place it was found quoted: the coder may flag one label twice. */
export function flagList(flags, text) {
  if (!flags || !flags.length) return null;
  const byKind = new Map();
  for (const f of flags) {
    if (!byKind.has(f.kind)) byKind.set(f.kind, { kind: f.kind, explanation: f.explanation, quotes: [] });
    if (text && f.end > f.start) {
      const q = String(text).slice(f.start, f.end);
      if (!byKind.get(f.kind).quotes.includes(q)) byKind.get(f.kind).quotes.push(q);
    }
  }
  return h('ul', { class: 'flags', 'aria-label': 'Harm-reduction flags' }, [...byKind.values()].map((f) => h('li', {},
    h('strong', {}, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), flagLabel(f.kind), ': '),
    f.quotes.map((q, i) => [i ? ', ' : '', h('q', { text: q })]),
    f.explanation ? ` ${f.explanation}` : '')));
}

export function tryInstead(t) {
  if (!t) return null;
  return h('div', { class: 'try-instead' },
    h('p', { class: 'label' }, h('strong', { text: 'Try instead' }), t.skill ? ` (${categoryLabel(t.skill)})` : ''),
    h('blockquote', {}, h('p', { text: t.text })),
    t.why ? h('p', { class: 'why', text: t.why }) : null);
}

/** The full feedback panel for a turn ({trainee, codes, category, flags, feedback}). */
export function feedbackPanel(turn, headingLevel = 'h3') {
  if (!turn.feedback && !turn.codes) {
    return h('div', { class: 'feedback withheld' },
      h('p', { text: 'Feedback is saved for after the session.' }));
  }
  const fb = turn.feedback || {};
  return h('section', { class: 'feedback', 'aria-label': `Feedback on response ${turn.number ?? ''}`.trim() },
    h(headingLevel, {}, `Response ${turn.number ?? ''} `, turn.category ? toneBadge(turn.category) : null),
    h('p', { class: 'label', text: 'Your words, with the evidence marked:' }),
    traineeWords(turn.trainee, turn.codes, turn.flags),
    codeList(turn.trainee, turn.codes),
    fb.did ? h('p', {}, h('strong', { text: 'What you did: ' }), fb.did) : null,
    fb.why ? h('p', {}, h('strong', { text: 'Why it matters here: ' }), fb.why) : null,
    // the concerns are the flags' explanations: shown once, with the flags
    flagList(turn.flags, turn.trainee),
    tryInstead(fb.tryInstead || fb.try_instead));
}

/** A one-line summary for the live region. */
export function feedbackSummary(turn) {
  if (!turn.feedback && !turn.codes) return null;
  const parts = [];
  if (turn.category) parts.push(`${categoryLabel(turn.category)}, ${TONE_TEXT[categoryTone(turn.category)]}.`);
  if (turn.flags && turn.flags.length) parts.push(`Flags: ${[...new Set(turn.flags.map((f) => flagLabel(f.kind)))].join(', ')}.`);
  if (turn.feedback && turn.feedback.did) parts.push(turn.feedback.did);
  return `Feedback: ${parts.join(' ')}`;
}
