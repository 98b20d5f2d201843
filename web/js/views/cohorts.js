// "Cohorts": an instructor creates cohorts; a trainee joins one with a code. Both see the cohorts they
// belong to, each a link to its page.
import { h, replace, field, tableWrap } from '../dom.js';
import { cohorts } from '../cohort-api.js';
import { isStaff } from '../session.js';
import { num, when } from '../format.js';
import { announce } from '../announce.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';
import { go } from '../router.js';

function createForm() {
  const name = field('Cohort name', 'input', { name: 'cohortName', id: 'cohort-name', required: true, maxlength: 120, autocomplete: 'off' }, 'For example “Spring 2027, evening group”.');
  const errors = errorBox();
  const form = h('form', { class: 'inline-form' }, errors, name.wrap, h('button', { type: 'submit', class: 'primary', text: 'Create the cohort' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    await busy(form, async () => {
      try {
        const cohort = await cohorts.create(name.input.value.trim());
        announce(`Created the cohort ${cohort.name}.`);
        go(`/cohort/${encodeURIComponent(cohort.id)}`);
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'create-cohort-heading' },
    h('h2', { id: 'create-cohort-heading', text: 'Create a cohort' }), form);
}

function joinForm(reload) {
  const code = field('Cohort join code', 'input', { name: 'cohortCode', id: 'cohort-code', required: true, autocomplete: 'off' }, 'The code on the cohort\u2019s page, from your instructor. (It also works at sign-up.)');
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'inline-form' }, errors, code.wrap, h('button', { type: 'submit', class: 'primary', text: 'Join the cohort' }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    await busy(form, async () => {
      try {
        const cohort = await cohorts.join(code.input.value.trim());
        form.reset();
        status.textContent = `You joined ${cohort.name || 'the cohort'}.`;
        reload();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'join-heading' }, h('h2', { id: 'join-heading', text: 'Join a cohort' }), form);
}

export async function render(main) {
  const staff = isStaff();
  const listBox = h('div', {});
  async function load() {
    const list = await cohorts.list();
    replace(listBox, list.length ? tableWrap('Your cohorts table', h('table', { class: 'cohorts' },
      h('caption', { class: 'visually-hidden', text: 'Your cohorts' }),
      h('thead', {}, h('tr', {}, ['Cohort', 'Your role', 'Members', 'Created'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, list.map((c) => h('tr', { 'data-cohort': c.name },
        h('td', {}, h('a', { href: `#/cohort/${encodeURIComponent(c.id)}`, text: c.name })),
        h('td', { text: c.myRole === 'instructor' ? 'Instructor' : 'Member' }),
        h('td', { class: 'num', text: num((c.members || []).length) }),
        h('td', { text: when(c.createdAt) })))))) :
      h('p', { text: staff ? 'No cohorts yet. Create one above.' : 'You are not in a cohort yet. Join one with the code your instructor gives you.' }));
  }
  replace(main,
    h('h1', { text: 'Cohorts' }),
    h('p', { class: 'lede', text: staff
      ? 'A cohort is a group of trainees who share sessions for review. Co-instructors see everything you see.'
      : 'Share a finished session with a cohort so your instructor and peers can review and comment on it.' }),
    staff ? createForm() : joinForm(() => load()),
    h('section', { class: 'card', 'aria-labelledby': 'my-cohorts-heading' }, h('h2', { id: 'my-cohorts-heading', text: 'Your cohorts' }), listBox),
    h('p', {}, h('a', { href: '#/me/dashboard', text: 'Your own dashboard' }), ' · ', h('a', { href: '#/import', text: 'Import a transcript' })));
  await load().catch((e) => replace(listBox, h('p', { text: `Cohorts could not be loaded: ${e.message}` })));
  return 'Cohorts';
}
