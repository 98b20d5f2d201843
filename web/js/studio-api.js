// The studio routes of docs/web-api.md (instructors and admins).
import { get, post, put, del, query, enc } from './api.js';

export const studio = {
  list: () => get('/api/studio/scenarios'),
  schema: () => get('/api/studio/schema'),
  load: (id) => get(`/api/studio/scenarios/${enc(id)}`),
  template: (kind, stage, id) => get(`/api/studio/template${query({ kind, stage: kind === 'conversation' ? stage : '', id })}`),
  validate: (text, id) => post('/api/studio/validate', id ? { text, id } : { text }),
  playtest: (body) => post('/api/studio/playtest', body),
  test: (text, planText) => post('/api/studio/test', { text, planText }),
  save: (id, text, baseVersion, draft) => put(`/api/studio/scenarios/${enc(id)}`, { text, baseVersion, draft: !!draft }),
  deleted: () => get('/api/studio/deleted'),
  uses: (id) => get(`/api/studio/scenarios/${enc(id)}/uses`),
  rename: (id, to, baseVersion) => post(`/api/studio/scenarios/${enc(id)}/rename`, { to, baseVersion }),
  remove: (id, version) => del(`/api/studio/scenarios/${enc(id)}${query({ version })}`),
  savePlan: (id, text) => put(`/api/studio/scenarios/${enc(id)}/plan`, { text }),
  versions: (id) => get(`/api/studio/scenarios/${enc(id)}/versions`),
  version: (id, number) => get(`/api/studio/scenarios/${enc(id)}/versions/${enc(number)}`),
  planVersions: (id) => get(`/api/studio/scenarios/${enc(id)}/plan/versions`),
  planVersion: (id, number) => get(`/api/studio/scenarios/${enc(id)}/plan/versions/${enc(number)}`),
};
