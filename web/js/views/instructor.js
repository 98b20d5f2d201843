// The instructor's page: create trainee accounts and invite codes, and see their trainees' sessions.
import { h, replace, field, select, tableWrap } from '../dom.js';
import { get, post, put, enc } from '../api.js';
import { currentUser } from '../session.js';
import { when, num } from '../format.js';
import { endingLabel } from '../labels.js';
import { announce } from '../announce.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';

function createTraineeForm(onCreated) {
  const isAdmin = currentUser().role === 'admin';
  const username = field('Username', 'input', { name: 'username', id: 'new-username', required: true, autocomplete: 'off' }, '3 to 40 letters, digits, dots, dashes or underscores.');
  const display = field('Display name', 'input', { name: 'displayName', id: 'new-display', autocomplete: 'off' });
  const password = field('First password', 'input', { name: 'password', id: 'new-password', type: 'password', required: true, autocomplete: 'new-password' }, 'At least 10 characters. Give it to the trainee in person.');
  const role = isAdmin ? select('Role', [{ value: 'trainee', label: 'Trainee' }, { value: 'instructor', label: 'Instructor' }, { value: 'admin', label: 'Admin' }], { id: 'new-role', name: 'role' }) : null;
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'stack', 'aria-labelledby': 'create-heading' }, errors, username.wrap, display.wrap, password.wrap, role ? role.wrap : null,
    h('button', { type: 'submit', class: 'primary', text: 'Create the account' }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    status.textContent = ''; // an earlier "Created …" must not stand beside a new error
    await busy(form, async () => {
      try {
        const body = { username: username.input.value.trim(), password: password.input.value, role: role ? role.input.value : 'trainee' };
        if (display.input.value.trim()) body.displayName = display.input.value.trim();
        const user = await post('/api/users', body);
        form.reset();
        status.textContent = `Created ${user.username}.`;
        onCreated();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'create-heading' }, h('h2', { id: 'create-heading', text: isAdmin ? 'Create an account' : 'Create a trainee account' }), form);
}

function invitesSection() {
  const list = h('tbody', {});
  const maxUses = field('How many people may use it', 'input', { type: 'number', min: 1, max: 1000, value: 30, id: 'invite-max', name: 'maxUses' });
  const errors = errorBox();
  const form = h('form', { class: 'inline-form' }, errors, maxUses.wrap, h('button', { type: 'submit', class: 'primary', text: 'Create a sign-up code' }));
  async function load() {
    try {
      const invites = await get('/api/invites');
      replace(list, invites.length ? invites.map((i) => h('tr', {},
        h('td', {}, h('code', { class: 'invite-code', text: i.code })), h('td', { class: 'num', text: `${num(i.uses)} of ${num(i.maxUses)}` }),
        h('td', { text: i.createdAt ? when(i.createdAt) : '—' }))) :
        h('tr', {}, h('td', { colspan: 3, text: 'No sign-up codes yet.' })));
    } catch (e) {
      replace(list, h('tr', {}, h('td', { colspan: 3, text: `Sign-up codes could not be loaded: ${e.message}` })));
    }
  }
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    await busy(form, async () => {
      try {
        const value = Number(maxUses.input.value);
        const invite = await post('/api/invites', value ? { maxUses: value } : {});
        announce(`New sign-up code: ${invite.code}`);
        await load();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  load();
  return h('section', { class: 'card', 'aria-labelledby': 'invites-heading' }, h('h2', { id: 'invites-heading', text: 'Sign-up codes' }),
    h('p', { text: 'A sign-up code makes a trainee account that you manage; the trainee then appears in your list below. '
      + 'To sign people up straight into a cohort, give them the cohort\u2019s join code instead (on the cohort\u2019s page): it works at sign-up too.' }), form,
    tableWrap('Sign-up codes table', h('table', { class: 'invites' }, h('caption', { class: 'visually-hidden', text: 'Your sign-up codes' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Code' }), h('th', { scope: 'col', text: 'Used' }), h('th', { scope: 'col', text: 'Created' }))), list)));
}

async function traineeSessions(user, target) {
  replace(target, h('p', { text: 'Loading…' }));
  try {
    const sessions = await get(`/api/users/${enc(user.id)}/sessions`);
    replace(target, sessions.length ? h('ul', { class: 'plain' }, sessions.map((x) => h('li', {},
      h('a', { href: `#/report/${enc(x.id)}`, text: `${x.title || x.scenarioId} — ${when(x.startedAt)}` }),
      ` (${x.status === 'active' ? 'in progress' : (endingLabel(x.ending) || 'finished')}, ${num(Array.isArray(x.turns) ? x.turns.length : x.turns)} responses)`,
      x.status === 'finished' ? [' · ', h('a', { href: `#/review/${enc(x.id)}` }, 'Review and recode', h('span', { class: 'visually-hidden', text: ` ${x.title || x.scenarioId}` }))] : null))) :
      h('p', { text: 'No sessions yet.' }));
  } catch (e) {
    replace(target, h('p', { text: `Sessions could not be loaded: ${e.message}` }));
  }
}

function traineesSection() {
  const body = h('div', {});
  async function load() {
    const users = await get('/api/users');
    replace(body, users.length ? tableWrap('Your trainees table', h('table', { class: 'trainees' },
      h('caption', { class: 'visually-hidden', text: 'Your trainees' }),
      h('thead', {}, h('tr', {}, ['Username', 'Name', 'Role', 'Sessions'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, users.map((u) => {
        const target = h('div', { class: 'trainee-sessions' });
        const show = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, 'Show sessions', h('span', { class: 'visually-hidden', text: ` of ${u.username}` }));
        show.addEventListener('click', () => {
          const open = show.getAttribute('aria-expanded') === 'true';
          show.setAttribute('aria-expanded', String(!open));
          if (open) target.replaceChildren(); else traineeSessions(u, target);
        });
        return h('tr', { 'data-user': u.username },
          h('td', { text: u.username }), h('td', { text: u.displayName || '' }), h('td', { text: u.role }),
          h('td', {}, show, target));
      })))) : h('p', { text: 'No trainees yet. Create an account or share a sign-up or cohort join code.' }));
  }
  load().catch((e) => replace(body, h('p', { text: `Trainees could not be loaded: ${e.message}` })));
  return { section: h('section', { class: 'card', 'aria-labelledby': 'trainees-heading' }, h('h2', { id: 'trainees-heading', text: 'Your trainees' }), body), load };
}

// Admins: make an instructor the manager of a trainee (an admin-created trainee, say), so she can add them to her cohorts.
function assignSection(onAssigned) {
  const trainee = field('Trainee', 'input', { id: 'assign-trainee', name: 'trainee', required: true, autocomplete: 'off' }, 'Their username.');
  const instructor = field('Instructor', 'input', { id: 'assign-instructor', name: 'instructor', required: true, autocomplete: 'off' }, 'The instructor\u2019s username.');
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'stack' }, errors, trainee.wrap, instructor.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Assign the trainee' }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    status.textContent = '';
    await busy(form, async () => {
      try {
        const name = trainee.input.value.trim();
        const users = await get('/api/users');
        const found = users.find((u) => u.username.toLowerCase() === name.toLowerCase());
        if (!found) throw new Error(`trainee: no user '${name}'.`);
        await put(`/api/users/${enc(found.id)}/instructor`, { instructor: instructor.input.value.trim() });
        status.textContent = `${found.username} is now managed by ${instructor.input.value.trim()}.`;
        form.reset();
        onAssigned();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'assign-heading' }, h('h2', { id: 'assign-heading', text: 'Assign a trainee to an instructor' }),
    h('p', { class: 'hint', text: 'The instructor then sees the trainee\u2019s sessions and can add them to her cohorts.' }), form);
}

export async function render(main) {
  const trainees = traineesSection();
  replace(main,
    h('h1', { text: 'Instructor' }),
    h('p', {}, 'Group trainees into ', h('a', { href: '#/cohorts', text: 'cohorts' }), ' to review shared sessions together, see dashboards and the coder\u2019s agreement with you.'),
    h('div', { class: 'instructor-grid' }, createTraineeForm(() => trainees.load()), invitesSection(),
      currentUser().role === 'admin' ? assignSection(() => trainees.load()) : null),
    trainees.section);
  return 'Instructor';
}
