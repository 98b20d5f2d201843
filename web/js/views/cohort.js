// One cohort: its instructors and trainees (instructors add trainees and co-instructors and make an invite
// code), the sessions shared with it, and links to its dashboard, agreement report and exports.
import { h, replace, field, tableWrap } from '../dom.js';
import { cohorts } from '../cohort-api.js';
import { when } from '../format.js';
import { announce } from '../announce.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';
import { exportLinks } from '../exports.js';
import { go } from '../router.js';

const person = (u) => (u ? (u.displayName ? `${u.displayName} (${u.username})` : u.username) : '—');

function addForm(id, label, inputId, button, action, reload, hint) {
  const input = field(label, 'input', { id: inputId, name: inputId, required: true, autocomplete: 'off' }, hint);
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'inline-form' }, errors, input.wrap, h('button', { type: 'submit', class: 'primary', text: button }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    status.textContent = '';
    await busy(form, async () => {
      try {
        const name = input.input.value.trim();
        await action(id, name);
        form.reset();
        status.textContent = `Added ${name}.`;
        await reload();
      } catch (e) {
        status.textContent = ''; // no stale "Added …" beside the error
        showFormError(errors, e);
      }
    });
  });
  return form;
}

function membersTable(label, users, action = null) {
  if (!users || !users.length) return h('p', { text: 'Nobody yet.' });
  return h('ul', { class: 'plain members', 'aria-label': label }, users.map((u) => h('li', { 'data-user': u.username },
    person(u), action ? [' ', action(u)] : null)));
}

function inviteBox(cohort) {
  const codeSlot = h('p', {}, cohort.inviteCode ? ['Join code: ', h('code', { class: 'invite-code cohort-invite', text: cohort.inviteCode })] : 'No join code yet.');
  const button = h('button', { type: 'button', class: 'secondary', text: cohort.inviteCode ? 'Make a new join code' : 'Make a join code' });
  const errors = errorBox();
  button.addEventListener('click', async () => {
    clearFormError(errors);
    button.disabled = true;
    try {
      const fresh = await cohorts.newInviteCode(cohort.id);
      const value = fresh.inviteCode;
      replace(codeSlot, 'Join code: ', h('code', { class: 'invite-code cohort-invite', text: value }));
      announce(`New join code: ${value}`);
    } catch (e) {
      showFormError(errors, e);
    } finally {
      button.disabled = false;
    }
  });
  return h('div', {}, errors, codeSlot, button,
    h('p', { class: 'hint', text: 'Joins this cohort. A new trainee enters it at sign-up (it makes their account, managed by you); '
      + 'a trainee who already has an account enters it on their Cohorts page. A new code stops the old one working.' }));
}

export function bandText(band) {
  const label = { good: 'Good', fair: 'Fair', below: 'Below fair' }[band] || band || '—';
  const icon = { good: '▲ ', fair: '■ ', below: '▼ ' }[band] || '';
  return h('span', { class: `band-chip band-${band}` }, h('span', { 'aria-hidden': 'true', text: icon }), label);
}

function sessionsRows(caption, list, label) {
  return tableWrap(label, h('table', { class: 'cohort-sessions' },
    h('caption', { class: 'visually-hidden', text: caption }),
    h('thead', {}, h('tr', {}, ['Trainee', 'Session', 'Started', 'Kind', 'Band'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, list.map((x) => h('tr', { 'data-session': x.id },
      h('td', { text: person(x.owner) }),
      h('td', {}, h('a', { href: `#/review/${encodeURIComponent(x.id)}`, text: x.title || x.scenarioId || 'Session' })),
      h('td', { text: when(x.startedAt) }),
      h('td', { text: x.kind === 'imported' ? 'Imported transcript' : (x.guided ? 'Guided practice' : 'Practice') }),
      h('td', {}, x.summary ? bandText(x.summary.band) : '—'))))));
}

// The shared table holds only what was shared; an instructor also sees, apart and said so, the members'
// other finished sessions (which the cohort's instructors always see, and its members do not).
function sessionsTable(list, isInstructor) {
  const shared = list.filter((x) => x.shared);
  const others = list.filter((x) => !x.shared);
  return h('div', {},
    shared.length ? sessionsRows('Sessions shared with this cohort, newest first', shared, 'Shared sessions table')
      : h('p', { text: 'No sessions have been shared with this cohort yet.' }),
    isInstructor && others.length ? h('section', { class: 'unshared', 'aria-labelledby': 'unshared-heading' },
      h('h3', { id: 'unshared-heading', text: 'Members\u2019 other finished sessions' }),
      h('p', { class: 'hint', text: 'Not shared with the cohort: you see them as its instructor; its members do not.' }),
      sessionsRows('Members\u2019 finished sessions not shared with the cohort, newest first', others, 'Unshared sessions table')) : null);
}

export async function render(main, { id }) {
  let cohort = await cohorts.get(id);
  const members = h('div', {});
  const sessionsBox = h('div', {}, h('p', { text: 'Loading…' }));
  async function reload() {
    cohort = await cohorts.get(id);
    drawMembers();
  }
  function removeButton(u) {
    const b = h('button', { type: 'button', class: 'link-button' }, 'Remove', h('span', { class: 'visually-hidden', text: ` ${person(u)} from the cohort` }));
    b.addEventListener('click', async () => {
      if (!window.confirm(`Remove ${person(u)} from ${cohort.name}? Their shares with this cohort go too.`)) return;
      try {
        await cohorts.removeMember(id, u.id);
        announce(`Removed ${person(u)}.`);
        await reload();
      } catch (e) {
        announce(`Error: ${e.message}`);
      }
    });
    return b;
  }
  function removeInstructorButton(u) {
    const b = h('button', { type: 'button', class: 'link-button' }, 'Remove', h('span', { class: 'visually-hidden', text: ` ${person(u)} as an instructor` }));
    b.addEventListener('click', async () => {
      if (!window.confirm(`Remove ${person(u)} as an instructor of ${cohort.name}? They stop seeing its members’ sessions at once.`)) return;
      try {
        await cohorts.removeInstructor(id, u.id);
        announce(`Removed ${person(u)} as an instructor.`);
        await reload();
      } catch (e) {
        announce(`Error: ${e.message}`);
      }
    });
    return b;
  }
  function leaveButton() {
    const b = h('button', { type: 'button', class: 'secondary leave-cohort', text: 'Leave this cohort' });
    b.addEventListener('click', async () => {
      const what = cohort.myRole === 'instructor' ? 'You stop seeing its members’ sessions.'
        : 'Its instructors stop seeing your sessions, and your shares with it are withdrawn.';
      if (!window.confirm(`Leave ${cohort.name}? ${what}`)) return;
      try {
        await cohorts.leave(id);
        announce(`You left ${cohort.name}.`);
        go('/cohorts');
      } catch (e) {
        announce(`Error: ${e.message}`);
      }
    });
    return b;
  }
  function drawMembers() {
    const canManage = cohort.myRole === 'instructor';
    const several = (cohort.instructors || []).length > 1;
    replace(members,
      cohort.visibility ? h('p', { class: 'visibility', text: `Who sees which sessions: ${cohort.visibility}` }) : null,
      h('h3', { text: 'Instructors' }), membersTable('Instructors', cohort.instructors, canManage && several ? removeInstructorButton : null),
      canManage ? addForm(id, 'Add a co-instructor', 'co-instructor', 'Add the co-instructor', cohorts.addInstructor, reload,
        'Their username; they see the cohort\u2019s sessions as you do.') : null,
      h('h3', { text: 'Trainees' }), membersTable('Trainees', cohort.members, canManage ? removeButton : null),
      canManage ? addForm(id, 'Add a trainee', 'add-trainee', 'Add the trainee', cohorts.addMember, reload,
        'Their username: a trainee you manage, or who joined one of your cohorts.') : null,
      canManage ? h('h3', { text: 'Join code' }) : null,
      canManage ? inviteBox(cohort) : null,
      leaveButton());
  }
  drawMembers();
  cohorts.sessions(id).then((list) => replace(sessionsBox, sessionsTable(list || [], cohort.myRole === 'instructor')))
    .catch((e) => replace(sessionsBox, h('p', { text: `Sessions could not be loaded: ${e.message}` })));
  const isInstructor = cohort.myRole === 'instructor';
  replace(main,
    h('p', { class: 'breadcrumb no-print' }, h('a', { href: '#/cohorts', text: 'Cohorts' }), ' › ', cohort.name),
    h('h1', { text: `Cohort: ${cohort.name}` }),
    h('nav', { class: 'page-links no-print', 'aria-label': 'This cohort' }, h('ul', {},
      isInstructor ? h('li', {}, h('a', { href: `#/cohort/${encodeURIComponent(id)}/dashboard`, text: 'Dashboard' })) : null,
      isInstructor ? h('li', {}, h('a', { href: `#/cohort/${encodeURIComponent(id)}/agreement`, text: 'Agreement with the automatic coder' })) : null,
      h('li', {}, h('a', { href: '#/import', text: 'Import a transcript' })))),
    h('section', { class: 'card', 'aria-labelledby': 'members-heading' }, h('h2', { id: 'members-heading', text: 'Members' }), members),
    h('section', { class: 'card', 'aria-labelledby': 'shared-heading' }, h('h2', { id: 'shared-heading', text: 'Shared sessions' }), sessionsBox,
      exportLinks('Export this cohort\u2019s sessions', [
        { label: 'CSV', href: cohorts.sessionsExportUrl(id, 'csv') }, { label: 'JSON', href: cohorts.sessionsExportUrl(id, 'json') }])));
  return `Cohort: ${cohort.name}`;
}
