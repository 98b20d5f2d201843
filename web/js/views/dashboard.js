// The cohort dashboard (instructors) and a trainee's own dashboard: each trainee's finished sessions
// with their MITI summary scores over time against the thresholds (SVG charts with the numbers beside
// them), the drills mastered, the most common pitfalls and who has not practised lately.
import { h, replace, field, tableWrap } from '../dom.js';
import { cohorts, me } from '../cohort-api.js';
import { lineChart, barChart } from '../charts.js';
import { num, pct, day, words } from '../format.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';
import { exportLinks } from '../exports.js';
import { bandText } from './cohort.js';
import { openDetailsForPrint } from './report.js';

const person = (u) => (u ? (u.displayName ? `${u.displayName} (${u.username})` : u.username) : '—');
// the thresholds come from the API (the server's one copy); nothing here repeats them
const t = (thresholds, level, key) => ((thresholds || {})[level] || {})[key];

function traineeCharts(tr, thresholds) {
  const list = tr.sessions || [];
  if (!list.length) return h('p', { text: 'No finished sessions yet.' });
  const labels = list.map((x, i) => `${i + 1}`);
  const sc = (key) => list.map((x) => (x.summary ? x.summary[key] : null));
  const who = person(tr.user);
  return h('div', { class: 'chart-grid' },
    lineChart({
      title: `${who}: technical and relational scores`,
      desc: `Technical and relational global scores (1 to 5) for each finished session in order. Fair is technical ${num(t(thresholds, 'fair', 'technical'))} and relational ${num(t(thresholds, 'fair', 'relational'))}; good is ${num(t(thresholds, 'good', 'technical'))} for both.`,
      xLabels: labels, xTitle: 'Session', yMin: 0, yMax: 5,
      series: [{ label: 'Technical', values: sc('technical') }, { label: 'Relational', values: sc('relational') }],
      thresholds: [
        { value: t(thresholds, 'fair', 'technical'), label: `fair technical ${num(t(thresholds, 'fair', 'technical'))}` },
        { value: t(thresholds, 'fair', 'relational'), label: `fair relational ${num(t(thresholds, 'fair', 'relational'))}` },
        { value: t(thresholds, 'good', 'technical'), label: `good ${num(t(thresholds, 'good', 'technical'))}` }],
      format: (v) => num(v, 2),
    }),
    lineChart({
      title: `${who}: complex reflections (%CR)`,
      desc: `Percentage of reflections that were complex, per session. Fair is ${num(t(thresholds, 'fair', 'percentComplexReflections'))} %, good ${num(t(thresholds, 'good', 'percentComplexReflections'))} %.`,
      xLabels: labels, xTitle: 'Session', yMax: 100, series: [{ label: '%CR', values: sc('percentComplexReflections') }],
      thresholds: [{ value: t(thresholds, 'fair', 'percentComplexReflections'), label: 'fair' }, { value: t(thresholds, 'good', 'percentComplexReflections'), label: 'good' }],
      format: pct,
    }),
    lineChart({
      title: `${who}: reflections per question (R:Q)`,
      desc: `Reflection-to-question ratio per session. Fair is ${num(t(thresholds, 'fair', 'reflectionToQuestion'))}, good ${num(t(thresholds, 'good', 'reflectionToQuestion'))}.`,
      xLabels: labels, xTitle: 'Session', series: [{ label: 'R:Q', values: sc('reflectionToQuestion') }],
      thresholds: [{ value: t(thresholds, 'fair', 'reflectionToQuestion'), label: 'fair' }, { value: t(thresholds, 'good', 'reflectionToQuestion'), label: 'good' }],
      format: (v) => num(v, 2),
    }));
}

function overviewTable(trainees) {
  return tableWrap('Trainees overview table', h('table', { class: 'dashboard-overview' },
    h('caption', { text: 'Each trainee at a glance' }),
    h('thead', {}, h('tr', {}, ['Trainee', 'Sessions', 'Latest band', 'Drills mastered', 'Last practised'].map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, trainees.map((tr) => {
      const list = tr.sessions || [];
      const last = list[list.length - 1];
      return h('tr', { 'data-user': tr.user && tr.user.username },
        h('th', { scope: 'row' }, h('a', { href: `#${anchor(tr)}`, 'data-anchor': anchor(tr), text: person(tr.user) })),
        h('td', { class: 'num', text: num(list.length) }),
        h('td', {}, last && last.summary ? bandText(last.summary.band) : '—'),
        h('td', { text: (tr.drillsMastered || []).length ? tr.drillsMastered.map(words).join(', ') : 'None yet' }),
        h('td', {}, tr.lastPractised ? day(tr.lastPractised) : 'Never',
          tr.inactive ? h('strong', { class: 'inactive-flag' }, h('span', { 'aria-hidden': 'true', text: ' ⚠ ' }), 'not lately') : null));
    }))));
}

const PITFALLS = {
  persuade: 'Persuade without permission',
  confront: 'Confront',
  information: 'Information without permission',
};

const anchor = (tr) => `trainee-${tr.user ? tr.user.id : 'x'}`;

function pitfallsSection(pitfalls) {
  const label = (p) => `${PITFALLS[p.category] || words(p.category)} ${p.stage ? `in ${words(p.stage).toLowerCase()} scenarios` : 'in imported transcripts'}`;
  return h('section', { class: 'card', 'aria-labelledby': 'pitfalls-heading' },
    h('h2', { id: 'pitfalls-heading', text: 'Most common pitfalls' }),
    pitfalls && pitfalls.length ? [
      h('ol', { class: 'pitfalls' }, pitfalls.map((p) => h('li', {}, h('strong', { text: label(p) }),
        ` — ${num(p.count)} time${p.count === 1 ? '' : 's'}, by ${num(p.trainees)} trainee${p.trainees === 1 ? '' : 's'}`))),
      barChart({ title: 'Pitfalls by how often they happened', desc: 'Number of responses that fell into each pitfall, most common first.',
        xLabels: pitfalls.map((p, i) => `${i + 1}`), xTitle: 'Pitfall (numbered as in the list above)',
        series: [{ label: 'Responses', values: pitfalls.map((p) => p.count) }] })]
      : h('p', { text: 'No pitfalls so far.' }));
}

function inactiveSection(data) {
  const list = data.inactive || [];
  return h('section', { class: 'card', 'aria-labelledby': 'inactive-heading' },
    h('h2', { id: 'inactive-heading', text: `Not practised in the last ${num(data.inactiveDays)} days` }),
    list.length ? h('ul', { class: 'inactive-list' }, list.map((u) => {
      const tr = (data.trainees || []).find((x) => x.user && u && x.user.id === u.id);
      return h('li', { 'data-user': u.username }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), person(u),
        ` — last practised ${tr && tr.lastPractised ? day(tr.lastPractised) : 'never'}`);
    })) : h('p', {}, h('span', { 'aria-hidden': 'true', text: '✓ ' }), 'Everyone has practised lately.'));
}

function daysForm(days, onChange) {
  const f = field('Count as “not lately” after this many days', 'input', { type: 'number', min: 1, max: 365, value: days, id: 'inactive-days', name: 'inactiveDays' });
  const errors = errorBox();
  const form = h('form', { class: 'inline-form no-print' }, errors, f.wrap, h('button', { type: 'submit', class: 'secondary', text: 'Update' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    await busy(form, async () => {
      try { await onChange(Number(f.input.value)); } catch (e) { showFormError(errors, e); }
    });
  });
  return form;
}

async function draw(main, { id, days, self }) {
  const data = self ? await me.dashboard(days) : await cohorts.dashboard(id, days);
  const trainees = data.trainees || [];
  const title = self ? 'Your dashboard' : `Dashboard: ${(data.cohort && data.cohort.name) || 'Cohort'}`;
  const printButton = h('button', { type: 'button', class: 'secondary no-print', text: 'Print the dashboard' });
  printButton.addEventListener('click', () => window.print());
  const exportUrl = (f) => (self ? me.dashboardExportUrl(f) : cohorts.dashboardExportUrl(id, f));
  replace(main,
    h('p', { class: 'breadcrumb no-print' }, self ? h('a', { href: '#/', text: 'Home' }) : h('a', { href: `#/cohort/${encodeURIComponent(id)}`, text: data.cohort ? data.cohort.name : 'Cohort' }), ' › Dashboard'),
    h('h1', { text: title }),
    h('div', { class: 'reply-actions no-print' }, printButton,
      exportLinks('Export the dashboard figures', [{ label: 'CSV', href: exportUrl('csv') }, { label: 'JSON', href: exportUrl('json') }])),
    daysForm(data.inactiveDays || days || 7, (d) => draw(main, { id, days: d, self })),
    self ? null : h('section', { class: 'card', 'aria-labelledby': 'overview-heading' },
      h('h2', { id: 'overview-heading', text: 'Trainees' }),
      trainees.length ? [overviewTable(trainees),
        barChart({ title: 'Finished sessions per trainee', desc: 'How many sessions each trainee has finished.',
          xLabels: trainees.map((tr) => (tr.user ? tr.user.username : '?')), xTitle: 'Trainee',
          series: [{ label: 'Sessions', values: trainees.map((tr) => (tr.sessions || []).length) }] })]
        : h('p', { text: 'No trainees in this cohort yet.' })),
    self ? null : inactiveSection(data),
    trainees.map((tr) => h('section', { class: 'card trainee-dashboard', id: anchor(tr), 'aria-labelledby': `${anchor(tr)}-h`, tabindex: -1, 'data-user': tr.user && tr.user.username },
      h('h2', { id: `${anchor(tr)}-h`, text: self ? 'Your scores over time' : person(tr.user) }),
      h('p', {}, `Finished sessions: ${num((tr.sessions || []).length)}. Last practised: ${tr.lastPractised ? day(tr.lastPractised) : 'never'}. `,
        tr.inactive ? h('strong', { class: 'inactive-flag' }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), `Not practised in the last ${num(data.inactiveDays)} days.`) : null),
      h('p', {}, 'Drills mastered: ', (tr.drillsMastered || []).length ? tr.drillsMastered.map(words).join(', ') : 'none yet', '.'),
      traineeCharts(tr, data.thresholds),
      (tr.sessions || []).length ? h('details', { class: 'chart-data' }, h('summary', { text: 'The sessions' }),
        h('ol', {}, tr.sessions.map((x) => h('li', {}, h('a', { href: `#/review/${encodeURIComponent(x.id)}`, text: x.title || x.scenarioId || 'Session' }),
          ` — ${day(x.startedAt)}${x.kind === 'imported' ? ' (imported)' : ''}${x.guided ? ' (guided)' : ''}, `, x.summary ? bandText(x.summary.band) : '—')))) : null)),
    pitfallsSection(data.pitfalls));
  // links in the overview move focus to the trainee's section without changing the route
  for (const a of main.querySelectorAll('a[data-anchor]')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      const target = document.getElementById(a.dataset.anchor);
      if (target) { target.scrollIntoView(); target.focus({ preventScroll: true }); }
    });
  }
  return title;
}

export async function render(main, { id }, search) {
  window.addEventListener('beforeprint', openDetailsForPrint);
  const days = search && search.get('inactiveDays') ? Number(search.get('inactiveDays')) : undefined;
  return draw(main, { id, days, self: !id });
}
