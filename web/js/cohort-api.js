// The routes for cohorts, sharing, reviews, comments, recoding, agreement, dashboards, imports and
// exports (docs/web-api.md, "Cohorts" to "Exports"): one place, so the views never spell a path themselves.
import { get, post, put, del, enc, query, postLines } from './api.js';

export const cohorts = {
  list: () => get('/api/cohorts'),
  create: (name) => post('/api/cohorts', { name }),
  get: (id) => get(`/api/cohorts/${enc(id)}`),
  addMember: (id, username) => post(`/api/cohorts/${enc(id)}/members`, { username }),
  removeMember: (id, userId) => del(`/api/cohorts/${enc(id)}/members/${enc(userId)}`),
  addInstructor: (id, username) => post(`/api/cohorts/${enc(id)}/instructors`, { username }),
  removeInstructor: (id, userId) => del(`/api/cohorts/${enc(id)}/instructors/${enc(userId)}`),
  leave: (id) => post(`/api/cohorts/${enc(id)}/leave`, {}),
  newInviteCode: (id) => post(`/api/cohorts/${enc(id)}/invite-code`, {}),
  join: (inviteCode) => post('/api/cohorts/join', { inviteCode }),
  sessions: (id) => get(`/api/cohorts/${enc(id)}/sessions`),
  sessionsExportUrl: (id, format) => `/api/cohorts/${enc(id)}/sessions/export${query({ format })}`,
  dashboard: (id, inactiveDays) => get(`/api/cohorts/${enc(id)}/dashboard${query({ inactiveDays })}`),
  dashboardExportUrl: (id, format) => `/api/cohorts/${enc(id)}/dashboard/export${query({ format })}`,
  agreement: (id) => get(`/api/cohorts/${enc(id)}/agreement`),
};

/** Admins: who granted or took back whose access (docs/web-api.md, "Audit log"). */
export const audit = {
  recent: (limit) => get(`/api/audit${query({ limit })}`),
};

export const me = {
  dashboard: (inactiveDays) => get(`/api/me/dashboard${query({ inactiveDays })}`),
  dashboardExportUrl: (format) => `/api/me/dashboard/export${query({ format })}`,
};

export const sessions = {
  review: (id, codes) => get(`/api/sessions/${enc(id)}/review${query({ codes })}`),
  shares: (id) => get(`/api/sessions/${enc(id)}/shares`),
  share: (id, cohortId) => post(`/api/sessions/${enc(id)}/shares`, { cohortId }),
  unshare: (id, cohortId) => del(`/api/sessions/${enc(id)}/shares/${enc(cohortId)}`),
  comments: (id) => get(`/api/sessions/${enc(id)}/comments`),
  comment: (id, turn, text, parentId) => post(`/api/sessions/${enc(id)}/comments`, parentId ? { turn, text, parentId } : { turn, text }),
  // version: the turn's review version the reviewer saw, so another instructor's newer review is a 409
  recode: (id, turn, codes, version) => put(`/api/sessions/${enc(id)}/turns/${enc(turn)}/codes`, { codes, version }),
  agree: (id, turn, version) => post(`/api/sessions/${enc(id)}/turns/${enc(turn)}/agree`, { version }),
  clearRecode: (id, turn) => del(`/api/sessions/${enc(id)}/turns/${enc(turn)}/codes`),
  exportUrl: (id, format) => `/api/sessions/${enc(id)}/export${query({ format })}`,
  xapiUrl: (id) => `/api/sessions/${enc(id)}/xapi`,
};

export const imports = {
  create: (body) => post('/api/imports', body),
  // the same, calling onProgress({coded, total}) as the server codes the turns; resolves to what create does
  createWithProgress: async (body, onProgress) => (await postLines('/api/imports', body, onProgress)).imported,
};

// Contested codes: a trainee's "I meant this as …", the instructors' queue and their answer.
export const contests = {
  create: (sessionId, turn, code, note) => post(`/api/sessions/${enc(sessionId)}/turns/${enc(turn)}/contest`, note ? { code, note } : { code }),
  list: () => get('/api/contests'),
  settle: (id, body) => post(`/api/contests/${enc(id)}/settle`, body),
  goldUrl: () => '/api/contests/gold',
};
