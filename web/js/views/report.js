// The end-of-session report: MITI counts and summary scores against the fair/good thresholds, change vs
// sustain talk, the client's state over the turns, the key turns, and the transcript with feedback.
import { h, replace, tableWrap } from '../dom.js';
import { get, enc } from '../api.js';
import { lineChart, barChart } from '../charts.js';
import { num, pct, when, words } from '../format.js';
import { CODES, code, endingLabel, MEASURES, talkLabel } from '../labels.js';
import { feedbackPanel, toneBadge } from '../feedback.js';
import { traineeWords } from '../evidence.js';

const SCORES = [
  { key: 'technical', label: 'Technical', fmt: (v) => num(v, 2) },
  { key: 'relational', label: 'Relational', fmt: (v) => num(v, 2) },
  { key: 'percentComplexReflections', label: 'Complex reflections (%CR)', fmt: pct },
  { key: 'reflectionToQuestion', label: 'Reflections per question (R:Q)', fmt: (v) => num(v, 2) },
];
const RATINGS = [
  ['cultivatingChangeTalk', 'Cultivating change talk'],
  ['softeningSustainTalk', 'Softening sustain talk'],
  ['partnership', 'Partnership'],
  ['empathy', 'Empathy'],
];

function reflections(summary) {
  const c = summary.counts || {};
  return (c.SIMPLE_REFLECTION || 0) + (c.COMPLEX_REFLECTION || 0);
}

function meets(value, threshold) {
  if (threshold === undefined || threshold === null) return null;
  if (value === null || value === undefined) return false;
  return Number(value) >= Number(threshold);
}

function verdict(ok) {
  if (ok === null) return h('span', { text: '—' });
  return h('span', { class: ok ? 'met' : 'not-met' }, h('span', { 'aria-hidden': 'true', text: ok ? '✓ ' : '✗ ' }), ok ? 'met' : 'not met');
}

function thresholdKey(thresholds, level, key) {
  const t = (thresholds && thresholds[level]) || {};
  return t[key];
}

export function scoresTable(summary, thresholds) {
  return tableWrap('Summary scores table', h('table', { class: 'scores' },
    h('caption', { text: 'Summary scores against the MITI 4.2.1 thresholds' }),
    h('thead', {}, h('tr', {}, ['Measure', 'You', 'Fair', 'Fair?', 'Good', 'Good?'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, SCORES.map((sc) => {
      const v = summary[sc.key];
      const fair = thresholdKey(thresholds, 'fair', sc.key);
      const good = thresholdKey(thresholds, 'good', sc.key);
      // R:Q with reflections but no questions is unbounded: it meets both thresholds (docs/coder.md, Band)
      const unbounded = sc.key === 'reflectionToQuestion' && (v === null || v === undefined) && reflections(summary) > 0;
      const check = (t) => (unbounded ? true : meets(v, t));
      return h('tr', {},
        h('th', { scope: 'row', text: sc.label }),
        h('td', { class: 'num', text: unbounded ? 'no questions' : sc.fmt(v) }),
        h('td', { class: 'num', text: fair === undefined ? '—' : sc.fmt(fair) }), h('td', {}, verdict(check(fair))),
        h('td', { class: 'num', text: good === undefined ? '—' : sc.fmt(good) }), h('td', {}, verdict(check(good))));
    }))));
}

export function countsTable(counts = {}) {
  const names = Object.keys(CODES).filter((k) => k in counts || k !== 'NO_CODE');
  return tableWrap('MITI counts table', h('table', { class: 'counts' },
    h('caption', { text: 'MITI behaviour counts (each code at most once per response)' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Code' }), h('th', { scope: 'col', text: 'Count' }))),
    h('tbody', {}, names.map((k) => h('tr', { class: `code-${code(k).group}` },
      h('th', { scope: 'row' }, h('abbr', { title: code(k).label, text: code(k).abbr }), ' ', code(k).label),
      h('td', { class: 'num', text: num(counts[k] ?? 0) }))))));
}

function keyTurns(list) {
  if (!list || !list.length) return h('p', { text: 'No single turn stood out: the client\u2019s state moved gradually.' });
  return h('ol', { class: 'key-turns' }, list.map((k) => h('li', { class: `key-turn ${k.kind}` },
    h('p', { class: 'kt-head' },
      h('span', { class: `badge ${k.kind === 'won' ? 'tone-good' : 'tone-bad'}` },
        h('span', { 'aria-hidden': 'true', text: k.kind === 'won' ? '▲ ' : '▼ ' }),
        k.kind === 'won' ? 'Won the client' : 'Lost the client'),
      ` Response ${k.number}`),
    h('blockquote', {}, h('p', { text: k.trainee })),
    k.why ? h('p', { class: 'why', text: k.why }) : null)));
}

function transcriptSection(session) {
  if (!session || !session.turns || !session.turns.length) return null;
  const name = (session.persona && session.persona.name) || 'Client';
  return h('section', { class: 'card transcript-review', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading', text: 'Every response, with feedback' }),
    h('ol', { class: 'review' }, session.turns.map((t) => h('li', {},
      h('h3', {}, `Response ${t.number} `, t.category ? toneBadge(t.category) : null),
      t.codes ? traineeWords(t.trainee, t.codes, t.flags) : h('p', { class: 'words', text: t.trainee }),
      h('details', { class: 'turn-details' }, h('summary', { text: 'Codes and feedback' }), feedbackPanel(t, 'h4')),
      t.client ? h('p', { class: 'client-reply' }, h('strong', { text: `${name}: ` }), t.client.text,
        t.client.talk ? ` (${talkLabel(t.client.talk)})` : '') : null))));
}

// Printing shows everything: closed <details> (numbers, per-turn feedback) open for the print.
/** How it went for the client, beside the numbers: a walkout or a high discord peak is never hidden by good counts. */
export function outcomeLine(outcome) {
  if (!outcome) return null;
  const parts = [];
  if (outcome.walkout) parts.push('The client walked out: the relationship broke down, whatever the counts say.');
  if (outcome.discordPeak !== null && outcome.discordPeak !== undefined) {
    parts.push(`Discord peaked at ${num(outcome.discordPeak)} of 10${outcome.discordPeakTurn ? ` after response ${outcome.discordPeakTurn}` : ' at the start'}.`);
  }
  return parts.length ? h('p', { class: outcome.walkout ? 'outcome outcome-walkout' : 'outcome', 'data-test': 'outcome' },
    h('strong', { text: 'Outcome: ' }), parts.join(' ')) : null;
}

export function openDetailsForPrint() {
  const closed = [...document.querySelectorAll('main details:not([open])')];
  closed.forEach((d) => { d.open = true; });
  window.addEventListener('afterprint', () => closed.forEach((d) => { d.open = false; }), { once: true });
}

export async function render(main, { id }) {
  const [report, session] = await Promise.all([
    get(`/api/sessions/${enc(id)}/report`),
    get(`/api/sessions/${enc(id)}`).catch(() => null),
  ]);
  const info = report.session || {};
  const summary = report.summary || {};
  const talk = report.talk || {};
  const states = report.states || [];
  const title = info.title || 'Session';
  const printButton = h('button', { type: 'button', class: 'secondary no-print', text: 'Print the report' });
  printButton.addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', openDetailsForPrint);

  const band = summary.band || 'below';
  const stateChart = states.length ? lineChart({
    title: 'The client over the session',
    desc: 'Engagement, discord, importance and confidence (0 to 10) after each response; response 0 is the start.',
    xLabels: states.map((st) => String(st.turn)), xTitle: 'Response', yMin: 0, yMax: 10,
    series: MEASURES.map((m) => ({ label: m.label, values: states.map((st) => st[m.key]) })),
  }) : h('p', { text: 'No responses were recorded.' });
  const stagesLine = states.length ? h('p', {}, 'Stage: ', [...new Set(states.map((st) => words(st.stage)))].join(' → ')) : null;

  replace(main,
    h('p', { class: 'breadcrumb no-print' }, h('a', { href: '#/', text: 'Home' }), ' › Report'),
    h('h1', { text: `Report: ${title}` }),
    h('p', { class: 'session-meta' },
      `Started ${when(info.startedAt)}. Finished ${when(info.finishedAt)}. `,
      info.guided ? 'Guided: each response was picked from offered ones. ' : '',
      endingLabel(info.ending) ? `${endingLabel(info.ending)}.` : ''),
    h('p', { class: `band band-${band}` }, h('strong', { text: 'Overall: ' }),
      { good: 'good — every good threshold met', fair: 'fair — every fair threshold met', below: 'below the fair thresholds' }[band] || band),
    outcomeLine(report.outcome),
    h('div', { class: 'reply-actions no-print' }, printButton,
      h('a', { href: `#/review/${enc(id)}`, class: 'button', 'data-test': 'open-review', text: 'Review, share and comment' })),
    h('section', { class: 'card', 'aria-labelledby': 'scores-heading' },
      h('h2', { id: 'scores-heading', text: 'Summary scores' }),
      scoresTable(summary, report.thresholds),
      h('h3', { text: 'Global ratings (estimated, 1–5)' }),
      h('dl', { class: 'ratings' }, RATINGS.map(([k, label]) => [h('dt', { text: label }), h('dd', { text: num(summary[k]) })])),
      h('p', {}, `Open questions: ${pct(summary.percentOpenQuestions)}. MI-adherent: ${num(summary.miAdherent)}. MI-non-adherent: ${num(summary.miNonAdherent)}.`)),
    h('section', { class: 'card', 'aria-labelledby': 'counts-heading' },
      h('h2', { id: 'counts-heading', text: 'MITI counts' }), countsTable(summary.counts)),
    h('section', { class: 'card', 'aria-labelledby': 'talk-heading' },
      h('h2', { id: 'talk-heading', text: 'Change talk evoked and sustain talk' }),
      h('p', {}, `Change talk: ${num(talk.change ?? 0)}. Sustain talk: ${num(talk.sustain ?? 0)}. Neutral: ${num(talk.neutral ?? 0)}. Discord: ${num(talk.discord ?? 0)}.`),
      barChart({ title: 'What the client said', desc: 'Number of client lines of each kind.',
        xLabels: ['Change', 'Sustain', 'Neutral', 'Discord'],
        series: [{ label: 'Client lines', values: [talk.change, talk.sustain, talk.neutral, talk.discord].map((v) => v || 0) }] })),
    h('section', { class: 'card', 'aria-labelledby': 'state-chart-heading' },
      h('h2', { id: 'state-chart-heading', text: 'The client\u2019s state over the turns' }), stateChart, stagesLine),
    h('section', { class: 'card', 'aria-labelledby': 'key-heading' },
      h('h2', { id: 'key-heading', text: 'Key turns: where you won or lost the client' }), keyTurns(report.keyTurns)),
    transcriptSection(session));
  return `Report: ${title}`;
}
