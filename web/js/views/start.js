// Before a conversation: who the client is, and the switch for live feedback or feedback after the session.
import { h, replace } from '../dom.js';
import { get, post, enc } from '../api.js';
import { go } from '../router.js';
import { words } from '../format.js';
import { errorBox, showFormError, busy } from '../form-errors.js';

function personaDetails(p) {
  if (!p) return null;
  const rows = [['Who', [p.name, p.age, p.pronouns].filter(Boolean).join(', ')], ['Background', p.background],
    ['Setting', p.setting], ['Stage', p.stage ? words(p.stage) : null]];
  return h('dl', { class: 'persona-details' }, rows.filter(([, v]) => v).map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]),
    Array.isArray(p.goals) && p.goals.length ? [h('dt', { text: 'Goals they might choose' }),
      h('dd', {}, h('ul', {}, p.goals.map((g) => h('li', { text: typeof g === 'string' ? g : g.text }))))] : null);
}

export async function render(main, { id }) {
  const sc = await get(`/api/scenarios/${enc(id)}`);
  if (sc.kind === 'drill') {
    go(`/drill/${enc(id)}`);
    return sc.title;
  }
  const after = h('input', { type: 'checkbox', id: 'feedback-after', name: 'feedbackAfter', role: 'switch', 'aria-describedby': 'feedback-after-hint' });
  const guided = h('input', { type: 'checkbox', id: 'guided', name: 'guided', role: 'switch', 'aria-describedby': 'guided-hint' });
  const errors = errorBox();
  const form = h('form', { class: 'card start-form' },
    errors,
    h('div', { class: 'switch-field' }, after, h('label', { for: 'feedback-after', text: 'Feedback after the session' })),
    h('p', { class: 'hint', id: 'feedback-after-hint', text: 'Off: see the codes and feedback after every response. On: practise without interruptions, like a real session, and see it all in the report.' }),
    h('div', { class: 'switch-field' }, guided, h('label', { for: 'guided', text: 'Guided mode' })),
    h('p', { class: 'hint', id: 'guided-hint', text: 'For beginners: pick each response from three or four offered ones instead of typing it. The client and the feedback treat it as if you had typed it.' }),
    h('button', { type: 'submit', class: 'primary', text: 'Start the conversation' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    await busy(form, async () => {
      try {
        const session = await post('/api/sessions', { scenarioId: id, feedback: after.checked ? 'after' : 'live', guided: guided.checked });
        go(`/session/${enc(session.id)}`);
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/', text: 'Home' }), ' › Scenario'),
    h('h1', { text: sc.title }),
    h('p', { class: 'lede', text: sc.summary }),
    h('section', { class: 'card', 'aria-labelledby': 'persona-heading' },
      h('h2', { id: 'persona-heading', text: 'The client' }), personaDetails(sc.persona)),
    form);
  return sc.title;
}
