// The playtest probe (issue 11): type a trainee line and see which client line would answer it at the chosen
// beat, and why — the response category, the kind of reply, the engine's reason, the words and topics read,
// and the lines that came closest. Plays nothing into the playtest; nothing is recorded.
import { h, replace } from '../dom.js';
import { post } from '../api.js';

export function probePanel({ text, beat, state }) {
  const input = h('textarea', { id: 'probe-say', rows: 2, 'aria-describedby': 'probe-hint' });
  const run = h('button', { type: 'button', id: 'probe-run', text: 'Which line would answer?' });
  const status = h('p', { id: 'probe-status', role: 'status', class: 'status' });
  const result = h('div', { id: 'probe-result', 'aria-live': 'polite' });
  run.addEventListener('click', async () => {
    const say = input.value.trim();
    if (!say) { status.textContent = 'Type a trainee line first.'; return; }
    status.textContent = 'Probing…';
    const body = { text: text(), say, state: state() };
    if (beat()) body.atBeat = beat();
    try {
      const r = await post('/api/studio/probe', body);
      status.textContent = '';
      const c = { ...(r.turn.client || {}), ...(r.reply || {}) };
      replace(result,
        h('dl', { class: 'probe-answer' },
          h('dt', { text: 'Read as' }), h('dd', { text: (r.turn.category || '').replace(/_/g, ' ') }),
          h('dt', { text: 'Reply' }), h('dd', {}, h('q', { text: c.text || '' }), ` (${c.move || 'beat'} · ${c.beat || ''} · ${c.talk || ''})`),
          h('dt', { text: 'Why' }), h('dd', { text: c.why || '' }),
          h('dt', { text: 'Words and topics read' }), h('dd', { text: (r.terms || []).join(', ') || '(none: only stop words)' }),
          h('dt', { text: 'State after' }), h('dd', { text: r.turn.state ? Object.entries(r.turn.state).map(([k, v]) => `${k} ${v}`).join(' · ') : '' })),
        (r.candidates || []).length ? h('table', { class: 'probe-candidates' },
          h('caption', { text: 'The lines closest to these words' }),
          h('thead', {}, h('tr', {}, ['Line', 'Relevance', 'Matched'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, r.candidates.map((x) => h('tr', {},
            h('td', { text: `${x.kind} ${x.id}` }), h('td', { text: String(x.coverage) }), h('td', { text: x.matched.join(', ') })))))
          : h('p', { class: 'hint', text: 'No line of this scenario shares a word or topic with it.' }));
    } catch (e) {
      status.textContent = `The probe cannot run: ${e.message}`;
    }
  });
  return h('details', { class: 'probe' },
    h('summary', { text: 'Probe: which line would answer this?' }),
    h('p', { class: 'hint', id: 'probe-hint', text: 'At the beat chosen in “Play from”, with the starting state above. Shows the line the client would say and why.' }),
    h('label', { for: 'probe-say', text: 'A trainee line' }), input, h('div', {}, run), status, result);
}
