// The studio routes of docs/web-api.md (instructors and admins).
import { get, post, put, query, enc } from './api.js';

export const studio = {
  list: () => get('/api/studio/scenarios'),
  load: (id) => get(`/api/studio/scenarios/${enc(id)}`),
  template: (kind, stage, id) => get(`/api/studio/template${query({ kind, stage: kind === 'conversation' ? stage : '', id })}`),
  validate: (text, id) => post('/api/studio/validate', id ? { text, id } : { text }),
  playtest: (body) => post('/api/studio/playtest', body),
  test: (text, planText) => post('/api/studio/test', { text, planText }),
  save: (id, text, baseVersion, draft) => put(`/api/studio/scenarios/${enc(id)}`, { text, baseVersion, draft: !!draft }),
  versions: (id) => get(`/api/studio/scenarios/${enc(id)}/versions`),
  version: (id, number) => get(`/api/studio/scenarios/${enc(id)}/versions/${enc(number)}`),
};
