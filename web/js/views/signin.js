// Sign in.
import { h, replace, field } from '../dom.js';
import { signIn } from '../session.js';
import { go } from '../router.js';
import { errorBox, showFormError, busy } from '../form-errors.js';

export function render(main, params, search) {
  const username = field('Username', 'input', { name: 'username', autocomplete: 'username', required: true });
  const password = field('Password', 'input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const errors = errorBox();
  const form = h('form', { class: 'card narrow', novalidate: true },
    errors, username.wrap, password.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Sign in' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    await busy(form, async () => {
      try {
        await signIn(username.input.value.trim(), password.input.value);
        const next = search.get('next');
        go(next && next.startsWith('/') && !next.startsWith('/sign') ? next : '/');
      } catch (e) {
        password.input.value = '';
        showFormError(errors, e.status === 429
          ? new Error('Too many failed attempts. Wait a minute, then try again.')
          : e);
        username.input.focus();
      }
    });
  });
  replace(main,
    h('h1', { text: 'Sign in' }),
    h('p', { class: 'lede', text: 'Practise motivational interviewing with a simulated client and get feedback on every response.' }),
    form,
    h('p', {}, 'Have an invite code from your instructor? ', h('a', { href: '#/signup', text: 'Sign up' }), '.'),
    h('p', {}, 'Lost your password? Ask an admin for a reset code, then ', h('a', { href: '#/reset', text: 'set a new password' }), '.'));
  return 'Sign in';
}
