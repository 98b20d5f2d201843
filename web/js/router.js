// Hash routes: '#/practice/abc' → the view registered for '/practice/:id' with {id: 'abc'}.
// Views are loaded on demand, so the first page downloads only what it shows.

const routes = [];

export function route(pattern, load, options = {}) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:([a-zA-Z]+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
  routes.push({ regex, names, load, options });
}

export function match(path) {
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m) {
      const params = {};
      r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); });
      return { ...r, params };
    }
  }
  return null;
}

export function currentPath() {
  const hash = location.hash.replace(/^#/, '');
  const [path, q = ''] = hash.split('?');
  return { path: path || '/', search: new URLSearchParams(q) };
}

// A view with unsaved work says so before it is left: guard() returns a question to confirm, or null.
let leaveGuard = null;
export function onLeave(guard) { leaveGuard = guard; }
export function unsavedQuestion() { return leaveGuard ? leaveGuard() : null; }
export function forgetLeaveGuard() { leaveGuard = null; }

export function go(path) {
  if (location.hash === `#${path}`) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = path;
}
