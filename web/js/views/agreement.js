// How often the cohort's instructors agreed with the automatic coder, per code: the 2×2 counts, the
// share agreeing and Cohen's kappa, as a table and a bar chart.
import { h, replace, tableWrap } from '../dom.js';
import { cohorts } from '../cohort-api.js';
import { barChart } from '../charts.js';
import { num, pct } from '../format.js';
import { code } from '../labels.js';

function kappaWords(k) {
  if (k === null || k === undefined) return 'not defined';
  if (k < 0.2) return 'slight or none';
  if (k < 0.4) return 'fair';
  if (k < 0.6) return 'moderate';
  if (k < 0.8) return 'substantial';
  return 'almost perfect';
}

export async function render(main, { id }) {
  const [cohort, data] = await Promise.all([cohorts.get(id), cohorts.agreement(id)]);
  const rows = data.codes || [];
  const withKappa = rows.filter((r) => r.kappa !== null && r.kappa !== undefined);
  replace(main,
    h('p', { class: 'breadcrumb no-print' }, h('a', { href: `#/cohort/${encodeURIComponent(id)}`, text: cohort.name }), ' › Agreement'),
    h('h1', { text: `Agreement: ${cohort.name}` }),
    h('p', { class: 'lede', text: `How often the instructors agreed with the automatic coder, over every reviewed response: n = ${num(data.turns || 0)} (${num(data.agreed || 0)} confirmed, ${num(data.recoded || 0)} recoded).` }),
    h('section', { class: 'card', 'aria-labelledby': 'kappa-heading' },
      h('h2', { id: 'kappa-heading', text: 'Cohen\u2019s kappa per code' }),
      rows.length ? [
        tableWrap('Agreement table', h('table', { class: 'agreement' },
          h('caption', { text: 'Per code over the reviewed responses: both coded it, only the instructor, only the coder, neither; the share agreeing; kappa with its 95 % interval' }),
          h('thead', {}, h('tr', {}, ['Code', 'n', 'Both', 'Instructor only', 'Coder only', 'Neither', 'Agreed', 'Kappa', '95 % interval', 'Reading'].map((x) => h('th', { scope: 'col', text: x })))),
          h('tbody', {}, rows.map((r) => h('tr', { 'data-code': r.code },
            h('th', { scope: 'row', text: code(r.code).label }),
            h('td', { class: 'num', text: num(r.n) }),
            h('td', { class: 'num', text: num(r.both) }), h('td', { class: 'num', text: num(r.humanOnly) }),
            h('td', { class: 'num', text: num(r.autoOnly) }), h('td', { class: 'num', text: num(r.neither) }),
            h('td', { class: 'num', text: r.observed === null || r.observed === undefined ? '—' : pct(r.observed * 100) }),
            h('td', { class: 'num kappa', text: r.kappa === null || r.kappa === undefined ? '—' : num(r.kappa, 2) }),
            h('td', { class: 'num ci', text: r.ci ? `${num(r.ci[0], 2)} to ${num(r.ci[1], 2)}` : '—' }),
            h('td', { text: kappaWords(r.kappa) })))))),
        withKappa.length ? barChart({ title: 'Kappa per code', desc: 'Cohen\u2019s kappa for each code where it is defined; 1 is perfect agreement, 0 is chance. Negative values are drawn as 0 and shown in the table.',
          xLabels: withKappa.map((r) => code(r.code).abbr), xTitle: 'Code',
          series: [{ label: 'Kappa', values: withKappa.map((r) => Math.max(0, Math.round(r.kappa * 100) / 100)) }] }) : null]
        : h('p', { text: 'No response has been reviewed in this cohort yet. Confirm (Agree) or recode responses in the review view to see agreement here.' })),
    // the coder's improvement loop: recodes (and contests settled by recoding) month by month
    (data.overTime || []).length ? h('section', { class: 'card', 'aria-labelledby': 'over-time-heading' },
      h('h2', { id: 'over-time-heading', text: 'Kappa over time' }),
      h('p', { class: 'hint', text: 'Cohen\u2019s kappa between the instructor\u2019s main code and the coder\u2019s, for the responses reviewed (confirmed or recoded) each month.' }),
      tableWrap('Kappa over time table', h('table', { class: 'agreement-over-time' },
        h('caption', { class: 'visually-hidden', text: 'Kappa per month of recoding' }),
        h('thead', {}, h('tr', {}, ['Month', 'Reviewed responses', 'Agreed', 'Kappa', 'Reading'].map((x) => h('th', { scope: 'col', text: x })))),
        h('tbody', {}, data.overTime.map((p) => h('tr', { 'data-period': p.period },
          h('th', { scope: 'row', text: p.period }), h('td', { class: 'num', text: num(p.turns) }),
          h('td', { class: 'num', text: p.observed === null || p.observed === undefined ? '—' : pct(p.observed * 100) }),
          h('td', { class: 'num', text: p.kappa === null || p.kappa === undefined ? '—' : num(p.kappa, 2) }),
          h('td', { text: kappaWords(p.kappa) }))))))) : null);
  return `Agreement: ${cohort.name}`;
}
