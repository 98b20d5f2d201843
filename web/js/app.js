// Start-up: find out who is signed in, draw the navigation, and show the view for the address.
import { h, replace } from './dom.js';
import { route, match, currentPath, go, unsavedQuestion, forgetLeaveGuard } from './router.js';
import { currentUser, loadUser, signOut, isStaff, forget } from './session.js';
import { alertMessage } from './announce.js';

route('/signin', () => import('./views/signin.js'), { public: true });
route('/signup', () => import('./views/signup.js'), { public: true });
route('/reset', () => import('./views/reset.js'), { public: true });
route('/account', () => import('./views/account.js'));
route('/', () => import('./views/home.js'));
route('/start/:id', () => import('./views/start.js'));
route('/session/:id', () => import('./views/practice.js'));
route('/report/:id', () => import('./views/report.js'));
route('/drill/:id', () => import('./views/drill.js'));
route('/instructor', () => import('./views/instructor.js'), { staff: true });
route('/cohorts', () => import('./views/cohorts.js'));
route('/cohort/:id', () => import('./views/cohort.js'));
route('/cohort/:id/dashboard', () => import('./views/dashboard.js'), { staff: true });
route('/cohort/:id/agreement', () => import('./views/agreement.js'), { staff: true });
route('/me/dashboard', () => import('./views/dashboard.js'));
route('/review/:id', () => import('./views/review.js'));
route('/import', () => import('./views/import.js'));
route('/studio', () => import('./views/studio.js'), { staff: true });
route('/audit', () => import('./views/audit.js'), { staff: true });
route('/contests', () => import('./views/contests.js'));

const main = document.getElementById('main');
let firstRender = true;

function renderNav() {
  const nav = document.getElementById('nav');
  const user = currentUser();
  if (!user) {
    replace(nav, h('ul', {}, h('li', {}, h('a', { href: '#/signin', text: 'Sign in' })),
      h('li', {}, h('a', { href: '#/signup', text: 'Sign up' }))));
    return;
  }
  const out = h('button', { type: 'button', class: 'link-button', text: 'Sign out' });
  out.addEventListener('click', async () => {
    try {
      await signOut();
    } catch (e) {
      forget();
    }
    go('/signin');
  });
  replace(nav, h('ul', {},
    h('li', {}, h('a', { href: '#/', text: 'Home' })),
    isStaff(user) ? h('li', {}, h('a', { href: '#/instructor', text: 'Instructor' })) : null,
    isStaff(user) ? h('li', {}, h('a', { href: '#/studio', text: 'Studio' })) : null,
    h('li', {}, h('a', { href: '#/cohorts', text: 'Cohorts' })),
    user.role === 'admin' ? h('li', {}, h('a', { href: '#/audit', text: 'Audit log' })) : null,
    h('li', {}, h('a', { href: '#/account', text: 'Account' })),
    h('li', {}, h('a', { href: '#/contests', text: 'Contests' })),
    isStaff(user) ? null : h('li', {}, h('a', { href: '#/me/dashboard', text: 'Dashboard' })),
    h('li', { class: 'who' }, h('span', { class: 'visually-hidden', text: 'Signed in as ' }),
      user.displayName || user.username, h('span', { class: 'role', text: ` (${user.role})` })),
    h('li', {}, out)));
}

function markCurrentLink(path) {
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === `#${path}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function notFound() {
  document.title = 'Not found — ChangeTalk';
  replace(main, h('h1', { text: 'Page not found' }),
    h('p', {}, 'There is nothing at this address. ', h('a', { href: '#/', text: 'Go to your home page' }), '.'));
}

function showError(e, heading = 'Something went wrong', into = main) {
  document.title = `${heading} — ChangeTalk`;
  replace(into, h('h1', { text: heading }),
    h('p', { class: 'error', text: e && e.message ? e.message : String(e) }),
    h('p', {}, h('a', { href: '#/', text: 'Back to your home page' })));
}

let shownHash = location.hash;
// Each render draws into a container of its own, and only the latest render's container is in the page: a view
// still loading when the address changes (its data arrives later) then draws into a detached container, never
// over the next page. display: contents keeps the wrapper out of the layout.
let latest = null;

async function render() {
  // unsaved work in the view being left: ask first, and stay (the address put back) if the answer is no
  const question = location.hash !== shownHash ? unsavedQuestion() : null;
  if (question && !window.confirm(question)) {
    history.replaceState(null, '', shownHash || '#/');
    return;
  }
  forgetLeaveGuard();
  shownHash = location.hash;
  const container = h('div', { class: 'view' });
  latest = container; // from here on, a render still under way is stale
  main.removeAttribute('aria-busy'); // its busy mark too, whatever this render turns out to be
  const current = () => latest === container;
  const { path, search } = currentPath();
  const found = match(path);
  const user = currentUser();
  if (!found) return notFound();
  if (!found.options.public && !user) return go(`/signin?next=${encodeURIComponent(path)}`);
  if (found.options.public && user) return go('/');
  if (found.options.staff && !isStaff(user)) return go('/');
  markCurrentLink(path);
  main.setAttribute('aria-busy', 'true');
  try {
    const view = await found.load();
    if (!current()) return; // the address changed while the view's code loaded
    replace(main, container);
    const title = await view.render(container, found.params, search);
    if (!current()) return;
    document.title = `${title || 'ChangeTalk'} — ChangeTalk`;
  } catch (e) {
    if (!current()) return;
    if (e.status === 401) return go('/signin');
    replace(main, container);
    showError(e, e.status === 404 ? 'Not found' : 'Something went wrong', container);
  } finally {
    if (current()) main.removeAttribute('aria-busy');
  }
  if (!current()) return;
  if (!firstRender) {
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }
  firstRender = false;
}

// The skip link moves focus to the content without touching the address (which holds the route).
document.querySelector('.skip-link').addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});

window.addEventListener('ct:user', renderNav);
window.addEventListener('ct:signed-out', () => {
  if (currentUser()) {
    forget();
    alertMessage('Your session has ended. Please sign in again.');
    go('/signin');
  }
});
window.addEventListener('hashchange', render);
// closing or reloading the tab with unsaved work: the browser's own "leave site?" question
window.addEventListener('beforeunload', (ev) => {
  if (unsavedQuestion()) {
    ev.preventDefault();
    ev.returnValue = '';
  }
});

(async () => {
  try {
    await loadUser();
  } catch (e) {
    renderNav();
    showError(e, 'ChangeTalk is not available');
    return;
  }
  renderNav();
  render();
})();
