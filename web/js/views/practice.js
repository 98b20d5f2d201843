// The practice chat: the client's words, the trainee's text box, live feedback on each response with the
// evidence marked on the trainee's own words, and the client's state as it changes.
import { h, replace } from '../dom.js';
import { get, post, enc } from '../api.js';
import { go } from '../router.js';
import { announce } from '../announce.js';
import { talkLabel, endingLabel } from '../labels.js';
import { traineeWords } from '../evidence.js';
import { feedbackPanel, feedbackSummary, toneBadge, codeList } from '../feedback.js';
import { statePanel } from '../state-panel.js';
import { contestForm } from '../contest.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';

const MAX = 2000;

function clientMessage(name, line) {
  return h('li', { class: `msg client talk-${line.talk || 'neutral'}` },
    h('p', { class: 'who' }, h('span', { class: 'speaker', text: name }),
      line.talk ? h('span', { class: `talk-badge talk-${line.talk}`, text: talkLabel(line.talk) }) : null),
    h('p', { class: 'text', text: line.text }));
}

function traineeMessage(turn, live) {
  const hasCoding = !!turn.codes;
  return h('li', { class: 'msg trainee', 'data-turn': turn.number },
    h('p', { class: 'who' }, h('span', { class: 'speaker', text: 'You' }), hasCoding && turn.category ? toneBadge(turn.category) : null),
    hasCoding ? traineeWords(turn.trainee, turn.codes, turn.flags) : h('p', { class: 'words', text: turn.trainee }),
    hasCoding && live ? h('details', { class: 'turn-details' },
      h('summary', {}, `Codes and feedback for response ${turn.number}`),
      codeList(turn.trainee, turn.codes), feedbackPanel(turn, 'h4')) : null);
}

export async function render(main, { id }) {
  const session = await get(`/api/sessions/${enc(id)}`);
  const live = session.feedback !== 'after';
  // "Feedback after the session": the client's talk types and the state's changes wait for the end too
  let withheld = !live && session.status !== 'finished';
  const persona = session.persona || {};
  const name = persona.name || 'Client';
  const transcript = h('ol', { class: 'transcript', 'aria-label': 'Conversation' });
  if (session.opening) transcript.append(clientMessage(name, session.opening));
  const turns = session.turns || [];
  for (const t of turns) transcript.append(traineeMessage(t, live), clientMessage(name, t.client));

  const stateBox = h('div', { class: 'state-box' });
  const withheldNote = h('p', { class: 'hint withheld-note', text: 'The changes in the client\u2019s state and the type of each client reply are shown when the session ends, with the feedback.' });
  const lastBefore = turns.length > 1 ? turns[turns.length - 2].state : null;
  stateBox.append(statePanel(session.state || (turns.length ? turns[turns.length - 1].state : null), lastBefore));

  const feedbackBox = h('section', { class: 'latest-feedback card', 'aria-labelledby': 'latest-feedback-heading' },
    h('h2', { id: 'latest-feedback-heading', text: 'Feedback on your last response' }));
  const feedbackBody = h('div', {});
  feedbackBox.append(feedbackBody);
  function showFeedback(turn) {
    if (!live) {
      replace(feedbackBody, h('p', { text: 'You chose feedback after the session: the codes and feedback are in the report when you finish.' }));
    } else if (!turn) {
      replace(feedbackBody, h('p', { text: 'Respond to the client. Feedback on each response appears here at once.' }));
    } else {
      replace(feedbackBody, feedbackPanel(turn, 'h3'), contestForm(id, turn));
    }
  }
  showFeedback(turns[turns.length - 1]);

  const errors = errorBox();
  const box = h('textarea', { id: 'response', name: 'text', rows: 3, maxlength: MAX, required: true, 'aria-describedby': 'response-hint response-count', autocomplete: 'off' });
  const counter = h('span', { id: 'response-count', class: 'count', text: `0 / ${MAX} characters` });
  const send = h('button', { type: 'submit', class: 'primary', text: 'Send' });
  const finish = h('button', { type: 'button', class: 'secondary', text: 'Finish the session' });
  const form = h('form', { class: 'reply', 'aria-label': 'Your response' },
    errors,
    h('label', { for: 'response', text: `Your response to ${name}` }),
    h('p', { class: 'hint', id: 'response-hint', text: 'Enter sends; Shift+Enter starts a new line.' }),
    box, h('div', { class: 'reply-actions' }, counter, send, finish));
  const ended = h('div', { class: 'ended card', hidden: true, tabindex: '-1' });
  // Guided mode: the trainee picks one of the offered responses; it is sent like a typed one.
  const guided = !!session.guided;
  const choicesBox = h('fieldset', { class: 'guided-choices', hidden: true },
    h('legend', { text: `Choose your response to ${name}` }));
  async function showChoices() {
    if (!guided || session.status === 'finished' || form.hidden) return;
    const { choices } = await get(`/api/sessions/${enc(id)}/choices`);
    choicesBox.replaceChildren(h('legend', { text: `Choose your response to ${name}` }),
      h('ul', { class: 'choice-list' }, choices.map((c) => h('li', {},
        h('button', { type: 'button', class: 'choice', text: c.text, onclick: () => { box.value = c.text; form.requestSubmit(); } })))));
    choicesBox.hidden = choices.length === 0;
  }
  if (guided) {
    // the typed box stays (the choice fills it and sends it) but out of the way: a beginner only picks
    form.classList.add('guided');
  }

  function showEnded(ending) {
    form.hidden = true;
    replace(ended, h('h2', { text: 'The session has ended' }),
      h('p', { text: endingLabel(ending) || 'The session is finished.' }),
      h('p', {}, h('a', { href: `#/report/${enc(id)}`, class: 'button primary', text: 'See the report' })));
    ended.hidden = false;
  }

  box.addEventListener('input', () => { counter.textContent = `${box.value.length} / ${MAX} characters`; });
  box.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  let previousState = session.state || null;
  // one key per response: sending the same text again after a failure reuses it, so a turn the server had
  // already stored (the answer was lost on the way) is returned, not stored twice
  let pending = null;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = box.value.trim();
    if (!text) {
      showFormError(errors, new Error('Write a response first.'));
      box.focus();
      return;
    }
    clearFormError(errors);
    await busy(form, async () => {
      try {
        if (!pending || pending.text !== text) pending = { text, key: newRequestKey() };
        const answer = await post(`/api/sessions/${enc(id)}/turns`, { text, requestKey: pending.key });
        pending = null;
        const turn = answer.turn;
        transcript.append(traineeMessage(turn, live));
        if (turn.client) transcript.append(clientMessage(name, turn.client));
        const state = answer.state || turn.state;
        stateBox.replaceChildren(statePanel(state, previousState));
        previousState = state;
        showFeedback(turn);
        box.value = '';
        counter.textContent = `0 / ${MAX} characters`;
        if (turn.client) announce(`${name}: ${turn.client.text}`);
        if (live && !hide.checked) announce(feedbackSummary(turn));
        transcript.lastElementChild.scrollIntoView({ block: 'nearest' });
        if (answer.status !== 'finished') await showChoices();
        if (answer.status === 'finished') {
          choicesBox.hidden = true;
          withheld = false;
          showChanges();
          showEnded(answer.ending);
          announce('The session has ended.');
          ended.focus();
        }
      } catch (e) {
        showFormError(errors, e);
      }
    });
    if (!form.hidden && !guided) box.focus();
  });
  finish.addEventListener('click', async () => {
    await busy(form, async () => {
      try {
        await post(`/api/sessions/${enc(id)}/finish`);
        go(`/report/${enc(id)}`);
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });

  // Live sessions can hide the feedback for now (it stays in the report); "after" sessions chose it at the start.
  const hide = h('input', { type: 'checkbox', id: 'hide-feedback', role: 'switch', checked: !live, disabled: !live,
    'aria-describedby': 'hide-feedback-hint' });
  const layout = h('div', { class: 'practice-layout' });
  hide.addEventListener('change', () => {
    layout.classList.toggle('feedback-hidden', hide.checked);
    showChanges();
    try { localStorage.setItem('ct.hideFeedback', hide.checked ? '1' : '0'); } catch (e) { /* private mode */ }
  });
  if (live) {
    let stored = null;
    try { stored = localStorage.getItem('ct.hideFeedback'); } catch (e) { /* private mode */ }
    if (stored === '1') { hide.checked = true; layout.classList.add('feedback-hidden'); }
  }
  const feedbackSwitch = h('div', { class: 'switch-field feedback-switch' }, hide,
    h('label', { for: 'hide-feedback', text: 'Feedback after the session' }),
    h('span', { class: 'hint', id: 'hide-feedback-hint', text: live
      ? ' — hide the codes and feedback while you practise; the report shows them all.'
      : ' — chosen when you started: the report shows the codes and feedback.' }));
  layout.append(
    h('section', { class: 'conversation', 'aria-labelledby': 'conversation-heading' },
      h('h2', { id: 'conversation-heading', class: 'visually-hidden', text: 'Conversation' }),
      transcript, choicesBox, form, ended),
    // feedback first: on a phone it follows the reply box at once; on a desktop the style sheet puts the
    // (shorter) state first, and the whole column stays in view while the conversation scrolls
    h('aside', { class: 'side', 'aria-label': 'Feedback and the client\u2019s state', tabindex: '0' }, feedbackBox, withheldNote, stateBox));
  function showChanges() {
    layout.classList.toggle('changes-hidden', withheld || (live && hide.checked));
    withheldNote.hidden = !withheld;
  }
  showChanges();

  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/', text: 'Home' }), ' › Practice'),
    h('h1', { text: session.title || 'Practice' }),
    h('p', { class: 'session-meta' },
      persona.name ? `Client: ${[persona.name, persona.age, persona.pronouns].filter(Boolean).join(', ')}. ` : '',
      `Feedback: ${live ? 'after every response' : 'after the session'}.`,
      guided ? ' Guided: pick each response from the ones offered.' : ''),
    feedbackSwitch,
    layout);
  if (session.status === 'finished') showEnded(session.ending);
  else if (guided) await showChoices();
  else setTimeout(() => box.focus(), 0);
  return session.title || 'Practice';
}

/** A random key for one response (the server keeps it with the stored turn). */
function newRequestKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
