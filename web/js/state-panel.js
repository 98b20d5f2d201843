// The client's state: four 0–10 measures as labelled meters with the last change in words and arrows,
// and the stage of change as a stepper with the current stage named.
import { h, replace } from './dom.js';
import { MEASURES, STAGES } from './labels.js';
import { num, signed, words } from './format.js';

function change(m, delta) {
  if (!delta) return h('span', { class: 'delta same', text: 'no change' });
  const up = delta > 0;
  const good = (m.better === 'up') === up;
  return h('span', { class: `delta ${good ? 'better' : 'worse'}` },
    h('span', { 'aria-hidden': 'true', text: up ? '▲ ' : '▼ ' }),
    `${signed(delta)} (${good ? 'better' : 'worse'})`);
}

export function statePanel(state, previous = null) {
  const root = h('section', { class: 'state-panel', 'aria-labelledby': 'state-heading' },
    h('h2', { id: 'state-heading', text: 'The client now' }));
  if (!state) return root;
  const list = h('dl', { class: 'measures' });
  for (const m of MEASURES) {
    const value = Number(state[m.key] ?? 0);
    const delta = previous ? value - Number(previous[m.key] ?? 0) : 0;
    const id = `meter-${m.key}`;
    list.append(h('div', { class: `measure measure-${m.key}` },
      h('dt', {}, h('label', { for: id, text: m.label }), h('span', { class: 'hint', text: ` — ${m.hint}` })),
      h('dd', {},
        h('meter', { id, min: 0, max: 10, value, low: m.better === 'down' ? 7 : 3, high: m.better === 'down' ? 4 : 7,
          optimum: m.better === 'down' ? 0 : 10, title: `${m.label} ${num(value)} of 10` }),
        h('span', { class: 'value', text: ` ${num(value, 2)} / 10 ` }),
        previous ? change(m, delta) : null)));
  }
  root.append(list);
  const current = String(state.stage || '').toLowerCase();
  const stageMoved = previous && previous.stage && previous.stage !== state.stage;
  root.append(h('h3', { class: 'stage-heading' }, 'Stage: ', h('span', { class: 'stage-now', text: words(current) }),
    stageMoved ? h('span', { class: 'delta better', text: ` (moved from ${words(previous.stage)})` }) : null),
  h('ol', { class: 'stages', 'aria-label': 'Stages of change' }, STAGES.map((st) => h('li', {
    class: st === current ? 'current' : (STAGES.indexOf(st) < STAGES.indexOf(current) ? 'past' : ''),
    'aria-current': st === current ? 'step' : null,
  }, words(st)))));
  return root;
}

export function updateStatePanel(container, state, previous) {
  const fresh = statePanel(state, previous);
  replace(container, ...fresh.childNodes);
}
