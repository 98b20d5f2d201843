// A trainee's home: their sessions (resume an interrupted one), progress per week, and the scenario
// picker with filters.
import { h, replace, tableWrap } from '../dom.js';
import { get } from '../api.js';
import { currentUser } from '../session.js';
import { when, num } from '../format.js';
import { endingLabel } from '../labels.js';
import { scenarioPicker } from './picker.js';

function sessionsSection(sessions) {
  const section = h('section', { 'aria-labelledby': 'sessions-heading', class: 'card' },
    h('h2', { id: 'sessions-heading', text: 'Your sessions' }));
  if (!sessions.length) {
    section.append(h('p', { text: 'No sessions yet. Pick a scenario below to start practising.' }));
    return section;
  }
  const active = sessions.filter((x) => x.status === 'active');
  if (active.length) {
    const last = active[0];
    section.append(h('p', { class: 'resume-callout' },
      'You have an unfinished session: ', h('strong', { text: last.title || last.scenarioId }), '. ',
      h('a', { href: `#/session/${encodeURIComponent(last.id)}`, class: 'button primary', 'data-test': 'resume-latest' },
        'Resume', h('span', { class: 'visually-hidden', text: ` ${last.title || last.scenarioId}` }))));
  }
  section.append(tableWrap('Your sessions table', h('table', { class: 'sessions' },
    h('caption', { class: 'visually-hidden', text: 'Your sessions, newest first' }),
    h('thead', {}, h('tr', {}, ['Scenario', 'Started', 'Responses', 'Status', 'Feedback', ''].map((t, i) =>
      h('th', { scope: 'col' }, t || h('span', { class: 'visually-hidden', text: 'Action' }))))),
    h('tbody', {}, sessions.map((x) => h('tr', { 'data-session': x.id },
      h('td', { text: x.title || x.scenarioId }),
      h('td', { text: when(x.startedAt) }),
      h('td', { text: num(Array.isArray(x.turns) ? x.turns.length : x.turns) }),
      h('td', { text: x.status === 'active' ? 'In progress' : (endingLabel(x.ending) || 'Finished') }),
      h('td', { text: (x.kind === 'imported' ? 'Imported transcript' : (x.feedback === 'after' ? 'After the session' : 'Live'))
        + (x.guided ? ', guided' : '') }),
      h('td', {}, x.status === 'active'
        ? h('a', { href: `#/session/${encodeURIComponent(x.id)}`, class: 'button' }, 'Resume',
          h('span', { class: 'visually-hidden', text: ` ${x.title || ''} from ${when(x.startedAt)}` }))
        : [x.kind === 'imported' ? null : h('a', { href: `#/report/${encodeURIComponent(x.id)}`, class: 'button' }, 'Report',
          h('span', { class: 'visually-hidden', text: ` for ${x.title || ''} from ${when(x.startedAt)}` })), ' ',
        h('a', { href: `#/review/${encodeURIComponent(x.id)}`, class: 'button' }, 'Review and share',
          h('span', { class: 'visually-hidden', text: ` ${x.title || ''} from ${when(x.startedAt)}` }))])))))));
  return section;
}

async function progressSection() {
  const section = h('section', { 'aria-labelledby': 'progress-heading', class: 'card' },
    h('h2', { id: 'progress-heading', text: 'Your progress by week' }));
  let progress;
  try {
    progress = await get('/api/me/progress');
  } catch (e) {
    section.append(h('p', { text: `Progress is not available (${e.message}).` }));
    return section;
  }
  const weeks = progress && progress.weeks ? progress.weeks : [];
  if (!weeks.length) {
    section.append(h('p', { text: 'Finish a session to see your progress here.' }));
    return section;
  }
  const { lineChart, barChart } = await import('../charts.js');
  const labels = weeks.map((w) => w.week);
  // the thresholds come with the progress from the API (the server's one copy)
  const th = (level, key) => ((progress.thresholds || {})[level] || {})[key];
  section.append(h('div', { class: 'chart-grid' },
    lineChart({
      title: 'Reflections per question (R:Q)', desc: `Reflection-to-question ratio per week. Fair is ${th('fair', 'reflectionToQuestion')}, good is ${th('good', 'reflectionToQuestion')}.`,
      xLabels: labels, xTitle: 'Week', series: [{ label: 'R:Q', values: weeks.map((w) => w.reflectionToQuestion) }],
      thresholds: [{ value: th('fair', 'reflectionToQuestion'), label: `fair ${th('fair', 'reflectionToQuestion')}` },
        { value: th('good', 'reflectionToQuestion'), label: `good ${th('good', 'reflectionToQuestion')}` }],
    }),
    lineChart({
      title: 'Complex reflections (%CR)', desc: `Percentage of reflections that were complex, per week. Fair is ${th('fair', 'percentComplexReflections')} %, good is ${th('good', 'percentComplexReflections')} %.`,
      xLabels: labels, xTitle: 'Week', yMax: 100, series: [{ label: '%CR', values: weeks.map((w) => w.percentComplexReflections) }],
      thresholds: [{ value: th('fair', 'percentComplexReflections'), label: `fair ${th('fair', 'percentComplexReflections')} %` },
        { value: th('good', 'percentComplexReflections'), label: `good ${th('good', 'percentComplexReflections')} %` }],
    }),
    barChart({
      title: 'MI-adherent and non-adherent responses', desc: 'Counts per week of MI-adherent (affirm, seeking collaboration, emphasizing autonomy) and non-adherent (persuade, confront) responses.',
      xLabels: labels, xTitle: 'Week', series: [
        { label: 'MI-adherent', values: weeks.map((w) => w.miAdherent) },
        { label: 'MI-non-adherent', values: weeks.map((w) => w.miNonAdherent) }],
    })));
  return section;
}

export async function render(main) {
  const user = currentUser();
  const [sessions, progress] = await Promise.all([get('/api/sessions'), progressSection()]);
  replace(main,
    h('h1', { text: `Welcome, ${user.displayName || user.username}` }),
    sessionsSection(sessions || []),
    h('p', {}, h('a', { href: '#/import', text: 'Import a transcript of a real or role-played session' }), ' to have it coded and reviewed.'),
    progress,
    await scenarioPicker());
  return 'Home';
}

