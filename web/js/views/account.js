// Your account (issue 12): change your password, see where you are signed in and end those sign-ins, and
// for admins, a one-time reset code for someone who lost their password.
import { h, replace, field, tableWrap } from '../dom.js';
import { get, post, del, enc } from '../api.js';
import { currentUser, forget } from '../session.js';
import { go } from '../router.js';
import { when } from '../format.js';
import { announce } from '../announce.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';

function passwordForm() {
  const current = field('Current password', 'input', { name: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true });
  const next = field('New password', 'input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 }, 'At least 10 characters.');
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'card narrow change-password', novalidate: true }, errors, current.wrap, next.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Change my password' }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    status.textContent = '';
    await busy(form, async () => {
      try {
        await post('/api/auth/password', { currentPassword: current.input.value, newPassword: next.input.value });
        form.reset();
        status.textContent = 'Your password is changed. Everywhere else you were signed in has been signed out.';
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return form;
}

function signInsBox() {
  const box = h('div', {}, h('p', { text: 'Loading…' }));
  async function draw() {
    const list = await get('/api/auth/sessions');
    const rows = list.map((s) => {
      const end = h('button', { type: 'button', class: 'link-button' }, 'Sign out', h('span', { class: 'visually-hidden', text: ` the sign-in from ${when(s.createdAt)}` }));
      end.addEventListener('click', async () => {
        try {
          await del(`/api/auth/sessions/${enc(s.id)}`);
          announce('That sign-in has ended.');
          await draw();
        } catch (e) {
          announce(`Error: ${e.message}`);
        }
      });
      return h('tr', { 'data-sign-in': s.id },
        h('td', { text: s.userAgent || 'Unknown browser' }),
        h('td', { text: when(s.createdAt) }),
        h('td', { text: when(s.expiresAt) }),
        h('td', {}, s.current ? 'This browser' : end));
    });
    replace(box, tableWrap('Sign-ins table', h('table', { class: 'sign-ins' },
      h('caption', { class: 'visually-hidden', text: 'Where you are signed in, newest first' }),
      h('thead', {}, h('tr', {}, ['Browser', 'Signed in', 'Until', ''].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, rows))));
  }
  draw().catch((e) => replace(box, h('p', { text: `Sign-ins could not be loaded: ${e.message}` })));
  const everywhere = h('button', { type: 'button', class: 'secondary sign-out-everywhere', text: 'Sign out everywhere' });
  everywhere.addEventListener('click', async () => {
    if (!window.confirm('Sign out on every browser, this one too?')) return;
    try {
      await post('/api/auth/logout-everywhere');
    } finally {
      forget();
      go('/signin');
    }
  });
  return h('div', {}, box, everywhere);
}

function resetForm() {
  const username = field('Username', 'input', { name: 'resetUsername', autocomplete: 'off', required: true }, 'The account that lost its password.');
  const errors = errorBox();
  const out = h('p', { role: 'status', class: 'status' });
  const form = h('form', { class: 'card narrow issue-reset', novalidate: true }, errors, username.wrap,
    h('button', { type: 'submit', class: 'secondary', text: 'Make a one-time reset code' }), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    out.textContent = '';
    await busy(form, async () => {
      try {
        const name = username.input.value.trim();
        const user = (await get('/api/users')).find((u) => u.username.toLowerCase() === name.toLowerCase());
        if (!user) throw new Error(`No account '${name}'.`);
        const code = await post(`/api/users/${enc(user.id)}/password-reset`);
        replace(out, `Give ${user.username} this code (it works once, until ${when(code.expiresAt)}): `,
          h('code', { class: 'reset-code', text: code.code }));
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return form;
}

export function render(main) {
  const user = currentUser();
  replace(main,
    h('h1', { text: 'Your account' }),
    h('section', { 'aria-labelledby': 'pw-heading' }, h('h2', { id: 'pw-heading', text: 'Password' }), passwordForm()),
    h('section', { 'aria-labelledby': 'si-heading' }, h('h2', { id: 'si-heading', text: 'Where you are signed in' }), signInsBox()),
    user && user.role === 'admin'
      ? h('section', { 'aria-labelledby': 'reset-heading' }, h('h2', { id: 'reset-heading', text: 'Reset someone\u2019s password' }), resetForm())
      : null);
  return 'Your account';
}
