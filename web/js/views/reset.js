// Set a new password with a one-time code from an admin (issue 12).
import { h, replace, field } from '../dom.js';
import { resetPassword } from '../session.js';
import { go } from '../router.js';
import { errorBox, showFormError, busy } from '../form-errors.js';

export function render(main) {
  const username = field('Username', 'input', { name: 'username', autocomplete: 'username', required: true });
  const code = field('Reset code', 'input', { name: 'code', autocomplete: 'one-time-code', required: true }, 'The code an admin gave you.');
  const next = field('New password', 'input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 }, 'At least 10 characters.');
  const errors = errorBox();
  const form = h('form', { class: 'card narrow', novalidate: true }, errors, username.wrap, code.wrap, next.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Set my new password' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    await busy(form, async () => {
      try {
        await resetPassword(username.input.value.trim(), code.input.value.trim(), next.input.value);
        go('/');
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  replace(main, h('h1', { text: 'Set a new password' }), form,
    h('p', {}, h('a', { href: '#/signin', text: 'Back to sign in' })));
  return 'Set a new password';
}
