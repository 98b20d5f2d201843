// Who is signed in. Views read `currentUser()`; sign-in, sign-up and sign-out go through here so the
// CSRF token and the navigation stay in step.
import { get, post, setCsrfToken } from './api.js';

let user = null;

export function currentUser() {
  return user;
}

function accept(data) {
  user = data ? data.user : null;
  setCsrfToken(data ? data.csrfToken : null);
  window.dispatchEvent(new CustomEvent('ct:user', { detail: user }));
  return user;
}

/** Asks the server who we are; null when not signed in. */
export async function loadUser() {
  try {
    return accept(await get('/api/auth/me'));
  } catch (e) {
    if (e.status === 401) return accept(null);
    throw e;
  }
}

export async function signIn(username, password) {
  return accept(await post('/api/auth/login', { username, password }));
}

export async function signUp(inviteCode, username, password, displayName = '') {
  const body = { inviteCode, username, password };
  if (displayName) body.displayName = displayName;
  return accept(await post('/api/auth/signup', body));
}

/** Sets a new password with an admin's one-time code, and signs in. */
export async function resetPassword(username, code, newPassword) {
  return accept(await post('/api/auth/reset', { username, code, newPassword }));
}

export async function signOut() {
  try {
    await post('/api/auth/logout');
  } finally {
    accept(null);
  }
}

export function forget() {
  accept(null);
}

export const isStaff = (u = user) => !!u && (u.role === 'instructor' || u.role === 'admin');
