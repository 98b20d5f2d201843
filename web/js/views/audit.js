// The audit log (admins): every grant and removal of access, newest first (issue 12).
import { h, replace, tableWrap } from '../dom.js';
import { audit } from '../cohort-api.js';
import { when } from '../format.js';

const ACTIONS = {
  member_added: 'added a trainee to a cohort',
  member_joined: 'joined a cohort with its code',
  member_removed: 'removed a trainee from a cohort',
  member_left: 'left a cohort',
  instructor_added: 'added a co-instructor',
  instructor_removed: 'removed a co-instructor',
  instructor_left: 'left a cohort as instructor',
  password_reset_issued: 'issued a one-time password reset',
};

const name = (u) => (u && u.username) || '—';

export async function render(main) {
  const entries = await audit.recent(200);
  replace(main,
    h('h1', { text: 'Audit log' }),
    h('p', { class: 'lede', text: 'Who granted or took back whose access, newest first (the latest 200).' }),
    entries.length ? tableWrap('Audit log table', h('table', { class: 'audit-log' },
      h('caption', { class: 'visually-hidden', text: 'Access granted and taken back, newest first' }),
      h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Whom', 'Cohort'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, entries.map((e) => h('tr', { 'data-action': e.action },
        h('td', { text: when(e.at) }),
        h('td', { text: name(e.actor) }),
        h('td', { text: ACTIONS[e.action] || e.action }),
        h('td', { text: name(e.subject) }),
        h('td', { text: e.detail || e.cohortId || '—' }))))))
      : h('p', { text: 'Nothing has been recorded yet.' }));
  return 'Audit log';
}
