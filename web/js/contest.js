// "Contest this code" under the feedback on a response: the trainee says what it was meant as, with an
// optional note; it goes to the instructors' queue (#/contests), where the answer comes back.
import { h, replace } from './dom.js';
import { contests } from './cohort-api.js';
import { CODES, code } from './labels.js';
import { announce } from './announce.js';

export function contestForm(sessionId, turn) {
  const auto = turn.primary || (turn.codes && turn.codes[0] && turn.codes[0].code) || 'NO_CODE';
  const idBase = `contest-${turn.number}`;
  const choices = Object.keys(CODES).filter((k) => k !== auto && k !== 'NO_CODE');
  const meant = h('select', { id: `${idBase}-code`, name: 'code' },
    choices.map((k) => h('option', { value: k, text: CODES[k].label })));
  if (choices.includes('COMPLEX_REFLECTION')) meant.value = 'COMPLEX_REFLECTION';
  const note = h('textarea', { id: `${idBase}-note`, name: 'note', rows: 2, maxlength: 1000 });
  const status = h('p', { role: 'status', class: 'status contest-status' });
  const send = h('button', { type: 'submit', class: 'secondary', text: 'Send to my instructors' });
  const form = h('form', { class: 'contest-form' },
    h('p', { class: 'hint', text: `Coded as ${code(auto).label}. If you meant something else, say so: your instructors answer in Contests.` }),
    h('label', { for: `${idBase}-code`, text: 'I meant this as' }), meant,
    h('label', { for: `${idBase}-note`, text: 'Note (optional)' }), note,
    send, status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    send.disabled = true;
    status.textContent = '';
    try {
      await contests.create(sessionId, turn.number, meant.value, note.value.trim());
      replace(form, h('p', { class: 'status contest-sent', text: `Sent: you meant it as ${code(meant.value).label}. The answer will be in Contests.` }));
      announce('Your contest was sent to your instructors.');
    } catch (e) {
      status.textContent = `Not sent: ${e.message}`;
      send.disabled = false;
    }
  });
  return h('details', { class: 'contest' }, h('summary', {}, 'Contest this code'), form);
}
