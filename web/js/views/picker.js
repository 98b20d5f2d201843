// The scenario picker: filters by kind, stage and behaviour, and a card for each scenario or drill.
import { h, replace, select } from '../dom.js';
import { get, query } from '../api.js';
import { STAGES, BEHAVIOURS, KINDS, categoryLabel } from '../labels.js';
import { words } from '../format.js';

function card(sc) {
  const isDrill = sc.kind === 'drill';
  const href = isDrill ? `#/drill/${encodeURIComponent(sc.id)}` : `#/start/${encodeURIComponent(sc.id)}`;
  const p = sc.persona;
  return h('li', { class: 'scenario-card', 'data-scenario': sc.id },
    h('h3', {}, h('a', { href, text: sc.title })),
    h('p', { class: 'tags' },
      h('span', { class: 'tag', text: isDrill ? 'Drill' : 'Conversation' }),
      sc.stage ? h('span', { class: 'tag', text: words(sc.stage) }) : null,
      sc.behaviour ? h('span', { class: 'tag', text: words(sc.behaviour) }) : null,
      sc.skill ? h('span', { class: 'tag', text: `Skill: ${categoryLabel(sc.skill)}` }) : null),
    p ? h('p', { class: 'persona', text: [p.name, p.age, p.pronouns].filter(Boolean).join(', ') }) : null,
    h('p', { text: sc.summary }),
    h('a', { href, class: 'button', 'aria-hidden': 'true', tabindex: '-1', text: isDrill ? 'Start the drill' : 'Practise' }));
}

export async function scenarioPicker() {
  const kind = select('Kind', [{ value: '', label: 'Any kind' }, ...KINDS.map((k) => ({ value: k, label: words(k) }))], { name: 'kind' });
  const stage = select('Stage', [{ value: '', label: 'Any stage' }, ...STAGES.map((k) => ({ value: k, label: words(k) }))], { name: 'stage' });
  const behaviour = select('Behaviour', [{ value: '', label: 'Any behaviour' }, ...BEHAVIOURS.map((k) => ({ value: k, label: words(k) }))], { name: 'behaviour' });
  const list = h('ul', { class: 'scenario-list' });
  const count = h('p', { class: 'count', role: 'status' });
  async function load() {
    const params = { kind: kind.input.value, stage: stage.input.value, behaviour: behaviour.input.value };
    try {
      const items = await get(`/api/scenarios${query(params)}`);
      replace(list, items.map(card));
      count.textContent = items.length === 1 ? '1 scenario' : `${items.length} scenarios`;
    } catch (e) {
      replace(list);
      count.textContent = `Scenarios could not be loaded: ${e.message}`;
    }
  }
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter scenarios' }, kind.wrap, stage.wrap, behaviour.wrap);
  form.addEventListener('change', load);
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  await load();
  return h('section', { 'aria-labelledby': 'picker-heading', class: 'card' },
    h('h2', { id: 'picker-heading', text: 'Practise: scenarios and drills' }), form, count, list);
}
