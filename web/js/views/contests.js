// Contested codes. Instructors: the open contests on their trainees' sessions, each settled by recoding the
// response as the trainee meant it or confirming the automatic code, with an answer. Trainees: their
// contests and the answers.
import { h, replace, tableWrap } from '../dom.js';
import { contests } from '../cohort-api.js';
import { currentUser, isStaff } from '../session.js';
import { code } from '../labels.js';
import { when } from '../format.js';
import { announce } from '../announce.js';

function outcomeText(k) {
  if (k.status === 'open') return 'Waiting for an answer';
  return k.outcome === 'recoded' ? `Recoded as ${code(k.meantCode).label}` : `Confirmed as ${code(k.autoCode).label}`;
}

function settleRow(k, reload) {
  const answer = h('textarea', { id: `answer-${k.id}`, rows: 2, maxlength: 1000 });
  const status = h('p', { role: 'status', class: 'status' });
  const recode = h('button', { type: 'button', class: 'primary', text: `Recode as ${code(k.meantCode).label}` });
  const confirm = h('button', { type: 'button', class: 'secondary', text: `Confirm ${code(k.autoCode).label}` });
  async function settle(outcome) {
    recode.disabled = true;
    confirm.disabled = true;
    try {
      const body = { outcome, answer: answer.value.trim() || undefined };
      if (outcome === 'recoded') body.codes = [{ code: k.meantCode }];
      await contests.settle(k.id, body);
      announce(outcome === 'recoded' ? 'Recoded.' : 'Confirmed.');
      await reload();
    } catch (e) {
      status.textContent = `Not settled: ${e.message}`;
      recode.disabled = false;
      confirm.disabled = false;
    }
  }
  recode.addEventListener('click', () => settle('recoded'));
  confirm.addEventListener('click', () => settle('confirmed'));
  return h('li', { class: 'card contest-item', 'data-contest': k.id },
    h('p', {}, h('strong', { text: k.by ? (k.by.displayName || k.by.username) : 'A trainee' }), ` on `,
      h('a', { href: `#/review/${encodeURIComponent(k.sessionId)}`, text: `${k.sessionTitle || 'a session'}, response ${k.turn}` })),
    h('blockquote', { class: 'words', text: k.trainee || '' }),
    h('p', { text: `Coded ${code(k.autoCode).label}; meant as ${code(k.meantCode).label}.` }),
    k.note ? h('p', { class: 'contest-note' }, 'Note: ', h('q', { text: k.note })) : null,
    h('label', { for: `answer-${k.id}`, text: 'Your answer (optional)' }), answer,
    h('div', { class: 'reply-actions' }, recode, confirm), status);
}

export async function render(main) {
  const staff = isStaff(currentUser());
  const body = h('div', {});
  async function reload() {
    const list = await contests.list();
    if (staff) {
      replace(body, list.length ? h('ul', { class: 'plain contest-queue' }, list.map((k) => settleRow(k, reload)))
        : h('p', { text: 'No open contests. When a trainee contests a code of a session you instruct, it appears here.' }));
    } else {
      replace(body, list.length ? tableWrap('Your contests table', h('table', { class: 'contests' },
        h('caption', { class: 'visually-hidden', text: 'Codes you contested, newest first' }),
        h('thead', {}, h('tr', {}, ['Session', 'Response', 'Coded', 'You meant', 'Answer', 'When'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, list.map((k) => h('tr', { 'data-contest': k.id, 'data-status': k.status },
          h('td', {}, h('a', { href: `#/review/${encodeURIComponent(k.sessionId)}`, text: k.sessionTitle || 'Session' })),
          h('td', { text: String(k.turn) }),
          h('td', { text: code(k.autoCode).label }),
          h('td', { text: code(k.meantCode).label }),
          h('td', { class: 'contest-answer' }, h('strong', { text: outcomeText(k) }), k.answer ? [': ', h('q', { text: k.answer })] : null),
          h('td', { text: when(k.settledAt || k.createdAt) }))))))
        : h('p', { text: 'You have not contested a code. Under the feedback on a response, “Contest this code” sends it to your instructors.' }));
    }
  }
  await reload();
  replace(main, h('h1', { text: 'Contested codes' }),
    h('p', { class: 'lede', text: staff
      ? 'Trainees say what they meant a response as. Recode it if they are right (the recode counts in the summary and the agreement), or confirm the code and say why.'
      : 'Codes you contested and your instructors\u2019 answers.' }),
    body,
    staff ? h('section', { class: 'card', 'aria-labelledby': 'gold-heading' }, h('h2', { id: 'gold-heading', text: 'Gold data for the coder' }),
      h('p', {}, 'Every recode and every confirmed contest you can see, as JSON Lines in the input format of ',
        h('code', { text: 'changetalk code --eval' }), ' (the coder\u2019s improvement loop). ',
        h('a', { href: contests.goldUrl(), class: 'button secondary', download: 'changetalk-gold.jsonl', text: 'Download the gold data' }))) : null);
  return 'Contested codes';
}
