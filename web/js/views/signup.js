// Sign up with a sign-up code or a cohort's join code (makes a trainee account; a join code also joins the cohort).
import { h, replace, field } from '../dom.js';
import { signUp } from '../session.js';
import { go } from '../router.js';
import { errorBox, showFormError, busy } from '../form-errors.js';

export function render(main, params, search) {
  const code = field('Sign-up or cohort join code', 'input', { name: 'inviteCode', autocomplete: 'off', required: true, value: search.get('code') || '' },
    'The code your instructor gave you: a sign-up code, or a cohort\u2019s join code (which also puts you in that cohort).');
  const username = field('Username', 'input', { name: 'username', autocomplete: 'username', required: true, minlength: 3, maxlength: 40, pattern: '[A-Za-z0-9._\\-]{3,40}' },
    '3 to 40 letters, digits, dots, dashes or underscores.');
  const display = field('Your name (optional)', 'input', { name: 'displayName', autocomplete: 'name', maxlength: 80 },
    'How ChangeTalk greets you; your instructor sees it too.');
  const password = field('Password', 'input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 },
    'At least 10 characters.');
  const errors = errorBox();
  const form = h('form', { class: 'card narrow', novalidate: true },
    errors, code.wrap, username.wrap, display.wrap, password.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Create my account' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    await busy(form, async () => {
      try {
        await signUp(code.input.value.trim(), username.input.value.trim(), password.input.value, display.input.value.trim());
        go('/');
      } catch (e) {
        showFormError(errors, e);
        code.input.focus();
      }
    });
  });
  replace(main, h('h1', { text: 'Sign up' }), form,
    h('p', {}, 'Already have an account? ', h('a', { href: '#/signin', text: 'Sign in' }), '.'));
  return 'Sign up';
}
