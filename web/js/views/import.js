// Import a transcript of a real or role-played session (Counselor:/Client: lines, CSV or JSON Lines, the
// formats of the `code` command): pasted or from a file, coded by the server and opened in the review view.
import { h, replace, field, select } from '../dom.js';
import { imports, cohorts } from '../cohort-api.js';
import { get } from '../api.js';
import { currentUser } from '../session.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';
import { go } from '../router.js';

const LIMIT = 256 * 1024;
const FORMATS = [
  { value: 'txt', label: 'Plain lines (Counselor: … / Client: …)' },
  { value: 'csv', label: 'CSV (conversation,speaker,text)' },
  { value: 'jsonl', label: 'JSON Lines (conversation, speaker, text)' },
];

function guessFormat(name, text) {
  if (/\.jsonl?$/i.test(name) || /^\s*\{/.test(text)) return 'jsonl';
  if (/\.csv$/i.test(name)) return 'csv';
  return 'txt';
}

export async function render(main) {
  const title = field('Title', 'input', { id: 'import-title', name: 'title', maxlength: 200, autocomplete: 'off' }, 'Optional, for example “Role-play with Sam, week 3”.');
  const format = select('Format', FORMATS, { id: 'import-format', name: 'format' });
  const file = field('Upload a file', 'input', { id: 'import-file', name: 'file', type: 'file', accept: '.txt,.csv,.jsonl,.json,text/plain,text/csv' }, 'Up to 256 KiB. Or paste the transcript below.');
  const text = field('Transcript', 'textarea', { id: 'import-text', name: 'text', rows: 12, spellcheck: 'false', class: 'transcript-input' },
    'One utterance a line: “Counselor: …” or “Client: …”.');
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'status' });
  // an instructor's import can be one of her trainees' sessions, and shared with her cohorts at once
  const me = currentUser();
  const staff = me && (me.role === 'instructor' || me.role === 'admin');
  const [trainees, myCohorts] = await Promise.all([
    staff ? get('/api/users').then((l) => l.filter((u) => u.role === 'trainee')).catch(() => []) : [],
    cohorts.list().catch(() => [])]);
  const owner = staff ? select('Whose session is this?', [{ value: '', label: 'Mine' }].concat(trainees.map((u) => ({
    value: u.id, label: u.displayName && u.displayName !== u.username ? `${u.displayName} (${u.username})` : u.username }))),
  { id: 'import-owner', name: 'owner' }) : null;
  const shareBoxes = myCohorts.map((c) => {
    const box = h('input', { type: 'checkbox', id: `share-${c.id}`, value: c.id, name: 'shareWith' });
    return { box, wrap: h('div', { class: 'switch-field' }, box, h('label', { for: `share-${c.id}`, text: c.name })) };
  });
  const share = shareBoxes.length ? h('fieldset', { class: 'share-with' }, h('legend', { text: 'Share with a cohort (optional)' }),
    h('p', { class: 'hint', text: 'A cohort\u2019s instructors see every finished session of its members; sharing adds its members.' }),
    shareBoxes.map((x) => x.wrap)) : null;
  file.input.addEventListener('change', async () => {
    clearFormError(errors);
    const f = file.input.files && file.input.files[0];
    if (!f) return;
    if (f.size > LIMIT) { showFormError(errors, new Error(`file: ${f.name} is larger than 256 KiB.`)); return; }
    const content = await f.text();
    text.input.value = content;
    format.input.value = guessFormat(f.name, content);
    if (!title.input.value) title.input.value = f.name.replace(/\.[^.]+$/, '');
    status.textContent = `Read ${f.name}; format: ${FORMATS.find((x) => x.value === format.input.value).label}.`;
  });
  const form = h('form', { class: 'stack', 'aria-labelledby': 'import-heading' }, errors, title.wrap, owner ? owner.wrap : null, share, format.wrap, file.wrap, text.wrap,
    h('button', { type: 'submit', class: 'primary', text: 'Code the transcript' }), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    const body = { format: format.input.value, text: text.input.value };
    if (!body.text.trim()) { showFormError(errors, new Error('text: paste a transcript or choose a file.')); text.input.focus(); return; }
    if (new Blob([body.text]).size > LIMIT) { showFormError(errors, new Error('text: the transcript is larger than 256 KiB.')); return; }
    if (title.input.value.trim()) body.title = title.input.value.trim();
    if (owner && owner.input.value) body.owner = owner.input.value;
    const chosen = shareBoxes.filter((x) => x.box.checked).map((x) => x.box.value);
    if (chosen.length) body.shareWith = chosen;
    // a long transcript takes seconds to code: the bar fills as the server codes the turns (until its first
    // report, while the transcript is sent and read, it shows only that work is going on)
    const working = h('progress', { class: 'import-progress', 'aria-label': 'Turns coded' });
    const said = h('span', { text: ' Sending the transcript\u2026' });
    replace(status, working, said);
    let lastPercent = -1;
    const onProgress = ({ coded, total }) => {
      working.max = total;
      working.value = coded;
      const percent = total ? Math.floor((coded * 100) / total) : 100;
      // the words change every tenth (a screen reader hears the status; a hundred updates would drown it)
      if (Math.floor(percent / 10) !== Math.floor(lastPercent / 10)) {
        said.textContent = ` Coded ${coded.toLocaleString()} of ${total.toLocaleString()} turns (${percent}%)\u2026`;
      }
      lastPercent = percent;
    };
    await busy(form, async () => {
      try {
        const created = await imports.createWithProgress(body, onProgress);
        replace(status);
        go(`/review/${encodeURIComponent(created.id)}`);
      } catch (e) {
        replace(status);
        showFormError(errors, e);
        text.input.focus();
      }
    });
  });
  replace(main,
    h('h1', { text: 'Import a transcript' }),
    h('p', { class: 'lede', text: 'Get a real or role-played session coded and summarised like a practice session, then share it with a cohort for comments. Nothing is saved unless the whole transcript reads correctly.' }),
    h('section', { class: 'card', 'aria-labelledby': 'import-heading' }, h('h2', { id: 'import-heading', text: 'Your transcript' }), form),
    h('section', { class: 'card', 'aria-labelledby': 'formats-heading' }, h('h2', { id: 'formats-heading', text: 'Formats' }),
      h('dl', {},
        h('dt', { text: 'Plain lines' }), h('dd', {}, h('code', { text: 'Counselor: What brings you in today?' }), h('br'), h('code', { text: 'Client: My wife thinks I drink too much.' })),
        h('dt', { text: 'CSV' }), h('dd', {}, h('code', { text: 'conversation,speaker,text' }), h('br'), h('code', { text: 's1,counselor,"What brings you in today?"' })),
        h('dt', { text: 'JSON Lines' }), h('dd', {}, h('code', { text: '{"conversation": "s1", "speaker": "counselor", "text": "What brings you in today?"}' })),
        h('dt', { text: 'Speakers' }), h('dd', { text: 'counselor, counsellor, therapist or clinician; and client (any case).' }))));
  return 'Import a transcript';
}
