// The scenario studio (instructors and admins): open a scenario or start from a template, edit its
// lenient JSON with the validator's errors and warnings as you type, see the map of the beats, playtest
// the unsaved text beside the editor, run its test plan, save (atomically, with versions), import and
// export. Every piece of text from the file or the server is inserted as text.
import { h, replace, field, select } from '../dom.js';
import { studio } from '../studio-api.js';
import { probePanel } from '../studio/probe.js';
import { createEditor } from '../studio/editor.js';
import { drawMap } from '../studio/map.js';
import { parseLenient, scenarioGraph } from '../studio/lenient.js';
import { completions, helpAt } from '../studio/schema-help.js';
import { announce } from '../announce.js';
import { when } from '../format.js';
import { onLeave } from '../router.js';

const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'];
const MEASURES = ['engagement', 'discord', 'importance', 'confidence'];
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Line diff (longest common subsequence): [{op: ' ' | '+' | '-', text}]. */
export function diffLines(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) for (let j = m - 1; j >= 0; j -= 1) t[i][j] = x[i] === y[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) { out.push({ op: ' ', text: x[i] }); i += 1; j += 1; } else if (t[i + 1][j] >= t[i][j + 1]) { out.push({ op: '-', text: x[i] }); i += 1; } else { out.push({ op: '+', text: y[j] }); j += 1; }
  }
  while (i < n) out.push({ op: '-', text: x[i++] });
  while (j < m) out.push({ op: '+', text: y[j++] });
  return out;
}

function button(text, attrs = {}) {
  return h('button', { type: 'button', ...attrs, text });
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function render(main, params, search) {
  const st = { id: null, baseVersion: null, status: null, problems: [], map: null, validated: '', timer: null, seq: 0,
    play: null, responses: [], playSeq: 0, savedText: null, savedPlan: '' };

  // ---- open / template / import ----
  let list = [];
  let listError = null;
  try { list = await studio.list(); } catch (e) { if (e.status === 401 || e.status === 403) throw e; listError = e; }
  const pick = select('Scenario', [{ value: '', label: '— choose —' }, ...list.map((x) => ({ value: x.id, label: `${x.id}${x.status === 'draft' ? ' (draft)' : ''}${x.valid === false ? ' — has errors' : ''}` }))], { id: 'studio-open' });
  const openBtn = button('Open', { id: 'studio-open-button' });
  const kind = select('Kind', [{ value: 'conversation', label: 'Conversation' }, { value: 'drill', label: 'Drill' }], { id: 'tpl-kind' });
  const stage = select('Stage', STAGES.map((x) => ({ value: x, label: x })), { id: 'tpl-stage' });
  stage.input.value = 'contemplation';
  const newId = field('New scenario id', 'input', { id: 'tpl-id', autocomplete: 'off', spellcheck: 'false' }, 'Lower-case words joined by hyphens, e.g. sam-vaping-precontemplation.');
  const tplBtn = button('Start from the template', { id: 'tpl-button' });
  const importFile = field('Import a scenario file', 'input', { id: 'studio-import', type: 'file', accept: '.json,application/json,text/plain' });
  const exportBtn = button('Export the file', { id: 'studio-export' });
  const openStatus = h('p', { role: 'status', class: 'status', id: 'studio-open-status' });
  // deleted scenarios keep their versions: one can be brought back into the editor and saved again
  const deletedPick = select('Deleted scenario', [], { id: 'studio-deleted' });
  const bringBackBtn = button('Bring it back into the editor', { id: 'studio-bring-back' });
  const deletedStack = h('div', { class: 'stack', hidden: true }, deletedPick.wrap, bringBackBtn);
  if (listError) openStatus.textContent = `The scenarios could not be listed: ${listError.message}`;
  kind.input.addEventListener('change', () => { stage.wrap.hidden = kind.input.value !== 'conversation'; });

  // ---- editor + problems ----
  const heading = h('h2', { id: 'editor-heading', text: 'Editor' });
  const fileName = h('p', { class: 'file-name', id: 'studio-file' }, 'No file open.');
  const renameBtn = button('Rename\u2026', { id: 'studio-rename', disabled: true });
  const deleteBtn = button('Delete\u2026', { id: 'studio-delete', disabled: true });
  const manageStatus = h('p', { id: 'studio-manage-status', role: 'status', class: 'status' });
  const dialog = h('dialog', { id: 'studio-dialog', 'aria-labelledby': 'studio-dialog-title' });
  const editorHost = h('div', { class: 'editor-host', id: 'studio-editor' });
  const problemsSummary = h('p', { id: 'problems-summary', class: 'problems-summary', 'aria-live': 'polite' });
  const problemsList = h('ul', { id: 'problems', class: 'problems' });

  // ---- map ----
  const mapHost = h('div', { id: 'studio-map' }, h('p', { class: 'hint', text: 'The map appears when the file reads as a conversation.' }));

  // ---- playtest ----
  const fromBeat = select('Play from', [{ value: '', label: 'the start' }], { id: 'play-from' });
  const playLevel = select('Drill level', ['beginner', 'intermediate', 'advanced'].map((x) => ({ value: x, label: x })), { id: 'play-level' });
  playLevel.wrap.hidden = true;
  const stateInputs = {};
  const stateFields = MEASURES.map((m) => {
    const f = field(m[0].toUpperCase() + m.slice(1), 'input', { id: `play-${m}`, type: 'number', min: 0, max: 10, step: 0.5, inputmode: 'decimal' });
    stateInputs[m] = f.input;
    return f.wrap;
  });
  const playStage = select('Stage', [{ value: '', label: '(from the file)' }, ...STAGES.map((x) => ({ value: x, label: x }))], { id: 'play-stage' });
  stateInputs.stage = playStage.input;
  const stateFieldset = h('fieldset', { class: 'play-start-state' }, h('legend', { text: 'Starting state (blank: from the file)' }), stateFields, playStage.wrap);
  const startBtn = button('Start the playtest', { id: 'play-start', class: 'primary' });
  const say = field('Your response', 'textarea', { id: 'play-say', rows: 2 });
  const sayBtn = button('Say it', { id: 'play-send' });
  const undoBtn = button('Take back the last response', { id: 'play-undo' });
  const transcript = h('ol', { id: 'play-transcript', class: 'play-transcript' });
  const playState = h('div', { id: 'play-state', class: 'play-state' });
  const playStatus = h('p', { id: 'play-status', role: 'status', class: 'status' });

  // ---- test plan ----
  const planText = field('Test plan (lenient JSON, like <id>.test.json)', 'textarea', { id: 'plan-text', rows: 8, spellcheck: 'false', class: 'code-input' });
  const runBtn = button('Run the test plan', { id: 'plan-run' });
  const planSaveBtn = button('Save the test plan', { id: 'plan-save' });
  const planSaveStatus = h('div', { id: 'plan-save-status', role: 'status' });
  const planResults = h('div', { id: 'plan-results', 'aria-live': 'polite' });
  const runAllBtn = button('Run every scenario\u2019s test plan', { id: 'plan-run-all' });
  const runAllProgress = h('progress', { id: 'plan-all-progress', value: 0, max: 1, hidden: true, 'aria-label': 'Test plans run' });
  const runAllStatus = h('p', { id: 'plan-all-status', role: 'status', class: 'status' });
  const runAllResults = h('ul', { id: 'plan-all-results', class: 'plain' });
  const planVersionsHost = h('div', { id: 'plan-versions' });
  const planVersionView = h('div', { id: 'plan-version-view', 'aria-live': 'polite' });

  // ---- save / versions ----
  const saveBtn = button('Save and publish', { id: 'studio-save', class: 'primary' });
  const draftBtn = button('Save as draft', { id: 'studio-draft' });
  const saveStatus = h('div', { id: 'save-status', role: 'status' });
  const versionsHost = h('div', { id: 'studio-versions' });
  const versionView = h('div', { id: 'version-view' });

  // completion and hover help from scenarios/schema.json; without it the editor still works
  let schema = null;
  try { schema = await studio.schema(); } catch (e) { schema = null; }
  const helpLine = h('p', { id: 'schema-help', class: 'hint schema-help' },
    schema ? 'Ctrl+Space suggests the keys and values that fit where the cursor is; the key at the cursor is explained here.' : '');
  const editor = await createEditor(editorHost, 'Scenario file (lenient JSON)', () => schedule(), schema ? {
    complete: (text, offset) => completions(schema, text, offset),
    explain: (text, offset) => helpAt(schema, text, offset),
    line: helpLine,
  } : null);
  // leaving with unsaved changes (another page, or closing the tab) asks first
  const dirty = () => (st.savedText !== null && editor.getValue() !== st.savedText) || planText.input.value !== st.savedPlan;
  onLeave(() => (dirty() ? `Your changes to ${st.id || 'this scenario'} are not saved. Leave the studio and lose them?` : null));

  function docId() {
    try {
      const { value } = parseLenient(editor.getValue());
      if (value && typeof value.id === 'string' && ID_RE.test(value.id)) return value.id;
    } catch (e) { /* not readable yet */ }
    return null;
  }

  function showProblems(problems) {
    st.problems = problems;
    const errors = problems.filter((p) => p.severity !== 'warning');
    const warnings = problems.filter((p) => p.severity === 'warning');
    problemsSummary.textContent = problems.length
      ? `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`
      : 'No errors or warnings.';
    problemsSummary.className = `problems-summary ${errors.length ? 'has-errors' : 'ok'}`;
    replace(problemsList, problems.map((p) => {
      const sev = p.severity === 'warning' ? 'Warning' : 'Error';
      const b = h('button', { type: 'button', class: `problem ${p.severity === 'warning' ? 'warning' : 'error'}`, 'data-line': p.line, 'data-column': p.column },
        h('span', { class: 'sev', 'aria-hidden': 'true', text: p.severity === 'warning' ? '! ' : '✖ ' }),
        h('strong', { text: `${sev}` }), ` line ${p.line}, column ${p.column}: `, p.message);
      b.addEventListener('click', () => editor.goto(p.line, p.column));
      return h('li', {}, b);
    }));
    editor.markProblems(problems);
    draftBtn.textContent = 'Save as draft';
    saveBtn.disabled = errors.length > 0;
    saveBtn.title = errors.length ? 'Fix the errors first, or save as a draft' : '';
  }

  function showMap(map) {
    st.map = map;
    if (!map) {
      replace(mapHost, h('p', { class: 'hint', text: 'No map: the file does not read as a conversation yet (or it is a drill).' }));
    } else {
      replace(mapHost, drawMap(map, (b) => {
        if (b.line) editor.goto(b.line, b.column || 1);
        announce(`Beat ${b.id}, line ${b.line}.`);
      }, { fitting: st.mapFits !== false, onZoom: (fits) => { st.mapFits = fits; } }));
    }
    const current = fromBeat.input.value;
    replace(fromBeat.input, h('option', { value: '', text: 'the start' }), ...((map && map.beats) || []).map((b) => h('option', { value: b.id, text: b.id })));
    if (map && map.beats.some((b) => b.id === current)) fromBeat.input.value = current;
  }

  /** A map drawn from the browser's own reading, used when the server does not send one. */
  function localMap(text) {
    try {
      const { value, lines } = parseLenient(text);
      if (!value || value.kind !== 'conversation') return null;
      const g = scenarioGraph(value, lines);
      return { start: g.start, beats: g.nodes, transitions: g.edges.map((e) => ({ from: e.from, to: e.to, labels: e.label === 'fallback' ? [] : [e.label], fallback: e.label === 'fallback' })) };
    } catch (e) {
      return null;
    }
  }

  function noteKind(text) {
    let kindNow = null;
    try { kindNow = parseLenient(text).value.kind; } catch (e) { kindNow = null; }
    const drill = kindNow === 'drill';
    if (drill !== st.drill) { st.play = null; st.responses = []; replace(transcript); replace(playState); playStatus.textContent = ''; }
    st.drill = drill;
    playLevel.wrap.hidden = !drill;
    fromBeat.wrap.hidden = drill;
    stateFieldset.hidden = drill;
  }

  async function validateNow() {
    const text = editor.getValue();
    noteKind(text);
    if (!text.trim() && !st.id) {
      // nothing open (after a delete): no syntax error to report about an empty editor
      st.seq += 1;
      showProblems([]);
      showMap(null);
      problemsSummary.textContent = '';
      return;
    }
    st.seq += 1;
    const seq = st.seq;
    try {
      const r = await studio.validate(text, st.id || undefined);
      if (seq !== st.seq) return;
      st.validated = text;
      showProblems(r.problems || []);
      showMap(r.map || (r.problems && r.problems.some((p) => p.severity !== 'warning' && /syntax|expected|unexpected/i.test(p.message)) ? null : localMap(text)));
      if (st.play && !(r.problems || []).some((p) => p.severity !== 'warning')) replay();
    } catch (e) {
      if (seq !== st.seq) return;
      // The server could not validate: fall back to reading the syntax here.
      try {
        parseLenient(text);
        showProblems([]);
      } catch (pe) {
        showProblems([{ line: pe.line || 1, column: pe.column || 1, severity: 'error', message: pe.message }]);
      }
      showMap(localMap(text));
      problemsSummary.textContent += ` (The server's validator could not be reached: ${e.message})`;
    }
  }

  function schedule() {
    clearTimeout(st.timer);
    st.timer = setTimeout(validateNow, 350);
  }

  function setFile(id, text, version, status, plan) {
    st.id = id;
    st.baseVersion = version;
    st.status = status;
    st.savedText = text; // as opened: a template or an import counts as changed only once edited
    editor.setValue(text);
    replace(fileName, 'File: ', h('code', { text: `${id || '(new)'}.json` }), status ? ` (${status})` : ' (not saved yet)');
    planText.input.value = plan || '';
    st.savedPlan = planText.input.value;
    replace(planResults);
    replace(planSaveStatus);
    renameBtn.disabled = !(id && status);
    deleteBtn.disabled = !(id && status);
    replace(versionView);
    replace(planVersionView);
    st.play = null;
    st.responses = [];
    replace(transcript);
    replace(playState);
    playStatus.textContent = '';
    validateNow();
    loadVersions();
    loadPlanVersions();
  }

  async function openScenario(id) {
    const r = await studio.load(id);
    setFile(r.id, r.text, r.version, r.status, r.planText);
    openStatus.textContent = `Opened ${r.id}.`;
  }

  openBtn.addEventListener('click', async () => {
    if (!pick.input.value) { openStatus.textContent = 'Choose a scenario first.'; return; }
    try { await openScenario(pick.input.value); } catch (e) { openStatus.textContent = `Could not open it: ${e.message}`; }
  });
  tplBtn.addEventListener('click', async () => {
    const id = newId.input.value.trim();
    if (id && !ID_RE.test(id)) { openStatus.textContent = 'The id must be lower-case words joined by hyphens.'; newId.input.focus(); return; }
    try {
      const r = await studio.template(kind.input.value, stage.input.value, id || undefined);
      const exists = list.find((x) => x.id === r.id);
      setFile(r.id, r.text, exists ? exists.version : null, null, '');
      openStatus.textContent = `Started ${r.id} from the ${kind.input.value} template.`;
    } catch (e) { openStatus.textContent = `Could not start from the template: ${e.message}`; }
  });
  importFile.input.addEventListener('change', async () => {
    const f = importFile.input.files && importFile.input.files[0];
    if (!f) return;
    const text = await f.text();
    let id = f.name.replace(/\.json$/i, '');
    try { const v = parseLenient(text).value; if (v && typeof v.id === 'string') id = v.id; } catch (e) { /* keep the file name */ }
    let version = null;
    try { version = (await studio.load(id)).version; } catch (e) { version = null; }
    setFile(id, text, version, null, '');
    st.savedText = ''; // an imported file is not saved anywhere yet
    openStatus.textContent = `Imported ${f.name}; not saved yet.`;
  });
  exportBtn.addEventListener('click', () => {
    const id = st.id || docId() || 'scenario';
    download(`${id}.json`, editor.getValue());
    openStatus.textContent = `Exported ${id}.json.`;
  });

  // ---- playtest ----
  function startState() {
    const out = {};
    for (const m of MEASURES) if (stateInputs[m].value !== '') out[m] = Number(stateInputs[m].value);
    if (stateInputs.stage.value) out.stage = stateInputs.stage.value;
    return out;
  }

  function stateTable(state) {
    if (!state) return null;
    return h('dl', { class: 'state-list' }, [...MEASURES, 'stage'].map((m) => [h('dt', { text: m }), h('dd', { class: `state-${m}`, text: state[m] === undefined ? '—' : String(typeof state[m] === 'number' ? Math.round(state[m] * 100) / 100 : state[m]) })]));
  }

  function showDrill(r) {
    const items = [];
    for (const a of r.attempts || []) {
      items.push(h('li', { class: 'client', 'data-item': a.itemId }, h('strong', { text: `Client (${a.level}): ` }), a.client));
      items.push(h('li', { class: `trainee ${a.success ? 'pass' : 'fail'}` }, h('strong', { text: 'You: ' }), a.text,
        h('span', { class: 'category', text: ` — ${a.success ? 'counts' : 'does not count'} (${(a.category || '').replace(/_/g, ' ')})` }),
        a.feedback && a.feedback.why ? h('div', { class: 'hint', text: a.feedback.why }) : null));
    }
    if (r.prompt) {
      items.push(h('li', { class: 'client next', 'data-item': r.prompt.itemId }, h('strong', { text: `Client (${r.prompt.level}): ` }), r.prompt.text || r.prompt.client,
        r.prompt.context ? h('div', { class: 'hint', text: r.prompt.context }) : null));
    }
    replace(transcript, items);
    const counted = (r.recent || []).filter(Boolean).length;
    replace(playState, h('h4', { text: 'Level now' }), h('dl', { class: 'state-list' },
      h('dt', { text: 'level' }), h('dd', { class: 'state-level', text: r.mastered ? 'mastered' : r.level }),
      h('dt', { text: 'counted' }), h('dd', { class: 'state-recent', text: `${counted} of the last ${(r.recent || []).length} (${r.required} of ${r.window} moves up)` })));
    playStatus.textContent = r.mastered ? 'Mastered: every level is done.' : `Level ${r.level}; ${r.played} response${r.played === 1 ? '' : 's'} played.`;
  }

  function showPlay(r) {
    if (r.kind === 'drill') { showDrill(r); return; }
    const items = [];
    if (r.opening) items.push(h('li', { class: 'client' }, h('strong', { text: `Client (${r.opening.beat}): ` }), r.opening.text));
    for (const t of r.turns || []) {
      items.push(h('li', { class: 'trainee' }, h('strong', { text: 'You: ' }), t.trainee, h('span', { class: 'category', text: ` — ${t.category || t.primary || ''}` }),
        t.feedback && t.feedback.did ? h('div', { class: 'hint', text: t.feedback.did }) : null));
      if (t.client) items.push(h('li', { class: 'client', 'data-beat': t.client.beat }, h('strong', { text: `Client (${t.client.beat}): ` }), t.client.text));
      if (t.ending) items.push(h('li', { class: 'ending', text: `The conversation ended: ${t.ending.kind}.` }));
    }
    replace(transcript, items);
    replace(playState, h('h4', { text: 'State now' }), stateTable(r.state));
    const last = (r.turns || []).length ? r.turns[r.turns.length - 1].client : r.opening;
    playStatus.textContent = r.ending ? `Ended: ${r.ending.kind}.` : `At beat ${last ? last.beat : '?'}; ${r.played} response${r.played === 1 ? '' : 's'} played.`;
    if (r.start && r.start.state) {
      for (const m of MEASURES) if (stateInputs[m].value === '') stateInputs[m].placeholder = String(r.start.state[m]);
    }
  }

  async function replay() {
    st.playSeq += 1;
    const seq = st.playSeq;
    const body = st.drill ? { text: editor.getValue(), responses: st.responses, level: playLevel.input.value }
      : { text: editor.getValue(), responses: st.responses, state: startState() };
    if (!st.drill && fromBeat.input.value) body.fromBeat = fromBeat.input.value;
    try {
      const r = await studio.playtest(body);
      if (seq !== st.playSeq) return;
      st.play = r;
      showPlay(r);
    } catch (e) {
      if (seq !== st.playSeq) return;
      playStatus.textContent = `The playtest cannot run: ${e.message}`;
    }
  }

  startBtn.addEventListener('click', () => { st.responses = []; st.play = {}; replay(); });
  sayBtn.addEventListener('click', () => {
    const text = say.input.value.trim();
    if (!text) { say.input.focus(); return; }
    if (!st.play) st.play = {};
    st.responses.push(text);
    say.input.value = '';
    replay();
  });
  undoBtn.addEventListener('click', () => { if (st.responses.length) { st.responses.pop(); replay(); } });
  for (const el of [...Object.values(stateInputs), fromBeat.input, playLevel.input]) el.addEventListener('change', () => { if (st.play) replay(); });

  // ---- test plan ----
  // every saved scenario's plan, one after another, with a progress bar: a long run shows how far it is
  runAllBtn.addEventListener('click', async () => {
    runAllBtn.disabled = true;
    replace(runAllResults);
    const ids = list.map((x) => x.id);
    runAllProgress.max = Math.max(1, ids.length);
    runAllProgress.value = 0;
    runAllProgress.hidden = false;
    let failed = 0;
    let run = 0;
    for (const [i, id] of ids.entries()) {
      runAllStatus.textContent = `Running ${i + 1} of ${ids.length}: ${id}\u2026`;
      try {
        const f = await studio.load(id);
        if (f.planText && f.planText.trim()) {
          const r = await studio.test(f.text, f.planText);
          run += 1;
          if (!r.passed) failed += 1;
          runAllResults.append(h('li', { class: r.passed ? 'pass' : 'fail', 'data-scenario': id }, h('strong', { text: r.passed ? 'passes' : 'fails' }), ` — ${id}`));
        }
      } catch (e) {
        failed += 1;
        runAllResults.append(h('li', { class: 'fail', 'data-scenario': id }, h('strong', { text: 'cannot run' }), ` — ${id}: ${e.message}`));
      }
      runAllProgress.value = i + 1;
    }
    runAllStatus.textContent = `Ran ${run} test plan${run === 1 ? '' : 's'}: ${failed ? `${failed} fail` : 'every one passes'}.`;
    runAllBtn.disabled = false;
  });

  runBtn.addEventListener('click', async () => {
    replace(planResults, h('p', { text: 'Running…' }));
    if (!planText.input.value.trim()) { replace(planResults, h('p', { class: 'error', text: 'There is no test plan: write one above.' })); return; }
    let plan = null;
    try { plan = parseLenient(planText.input.value).value; } catch (e) { plan = null; }
    try {
      const r = await studio.test(editor.getValue(), planText.input.value);
      const out = [h('p', { class: r.passed ? 'pass' : 'fail', id: 'plan-verdict', text: r.passed ? '✔ Every path passes.' : '✖ Some steps fail.' })];
      for (const p of r.problems || []) out.push(h('p', { class: 'error', text: `Plan line ${p.line}, column ${p.column}: ${p.message}` }));
      for (const path of r.paths || []) {
        const planPath = plan && Array.isArray(plan.paths) ? plan.paths.find((x) => x && x.name === path.name) : null;
        const steps = planPath && Array.isArray(planPath.steps) ? planPath.steps : [];
        const failed = (n) => (path.failures || []).filter((f) => new RegExp(`step ${n}\\b`).test(f));
        out.push(h('section', { class: 'plan-path', 'data-path': path.name },
          h('h4', {}, h('span', { 'aria-hidden': 'true', text: path.passed ? '✔ ' : '✖ ' }), `${path.name}: ${path.passed ? 'passes' : 'fails'}`),
          steps.length ? h('ol', {}, steps.map((step, i) => {
            const f = failed(i + 1);
            return h('li', { class: f.length ? 'fail' : 'pass' }, h('strong', { text: f.length ? 'fails' : 'passes' }), ` — “${step && step.say ? step.say : ''}”`, f.map((m) => h('div', { class: 'failure', text: m })));
          })) : null,
          (path.failures || []).filter((f) => !/step \d+/.test(f)).map((m) => h('p', { class: 'failure', text: m }))));
      }
      replace(planResults, out);
    } catch (e) {
      replace(planResults, h('p', { class: 'error', text: `The test plan cannot run: ${e.message}` }));
    }
  });

  // ---- test plan: save beside the published scenario ----
  function selectLine(ta, line, column) {
    const lines = ta.value.split('\n');
    let pos = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i += 1) pos += lines[i].length + 1;
    ta.focus();
    ta.setSelectionRange(pos + Math.max(0, column - 1), pos + (lines[line - 1] || '').length);
  }
  planSaveBtn.addEventListener('click', async () => {
    if (!st.id || !st.status) { replace(planSaveStatus, h('p', { class: 'error', text: 'Save and publish the scenario first: a test plan is saved beside it.' })); return; }
    if (!planText.input.value.trim()) { replace(planSaveStatus, h('p', { class: 'error', text: 'There is no test plan: write one above.' })); return; }
    try {
      const text = planText.input.value;
      const r = await studio.savePlan(st.id, text);
      st.savedPlan = text;
      replace(planSaveStatus, h('p', { class: 'status', text: `Saved the test plan of ${st.id} (plan version ${r.number}). Run every scenario\u2019s plan below to see it with the others.` }));
      loadPlanVersions();
    } catch (e) {
      const p = e.data && Array.isArray(e.data.problems) ? e.data.problems[0] : null;
      replace(planSaveStatus, h('p', { class: 'error', id: 'plan-save-error' }, h('strong', { text: 'Not saved: ' }),
        p ? `plan line ${p.line}, column ${p.column}: ${p.message}` : e.message));
      if (p) selectLine(planText.input, p.line, p.column);
    }
  });

  // ---- rename / delete: asked first, with what they touch ----
  async function refreshList() {
    try { list = await studio.list(); } catch (e) { return; }
    const keep = pick.input.value;
    replace(pick.input, h('option', { value: '', text: '\u2014 choose \u2014' }), list.map((x) => h('option', { value: x.id, text: `${x.id}${x.status === 'draft' ? ' (draft)' : ''}${x.valid === false ? ' \u2014 has errors' : ''}` })));
    if (list.some((x) => x.id === keep)) pick.input.value = keep;
    await refreshDeleted();
  }

  async function refreshDeleted() {
    let gone = [];
    try { gone = await studio.deleted(); } catch (e) { gone = []; }
    replace(deletedPick.input, gone.map((x) => h('option', { value: x.id, text: `${x.id} (${plural(x.versions, 'version')})` })));
    deletedStack.hidden = gone.length === 0;
  }

  /** The newest kept version of a deleted scenario, in the editor: saving it brings the scenario back. */
  async function bringBack(id) {
    try {
      const vs = await studio.versions(id);
      const v = await studio.version(id, vs[0].number);
      setFile(id, v.text, null, null, '');
      st.savedText = ''; // in the editor, not in the library: leaving asks first
      manageStatus.textContent = `Version ${vs[0].number} of ${id} is in the editor: save it to bring ${id} back.`;
    } catch (e) { manageStatus.textContent = `Could not bring ${id} back: ${e.message}`; }
  }
  bringBackBtn.addEventListener('click', () => { if (deletedPick.input.value) bringBack(deletedPick.input.value); });

  function plural(n, one, many = `${one}s`) { return `${n} ${n === 1 ? one : many}`; }

  function ask(title, lines, extra, confirmLabel, action) {
    const error = h('p', { class: 'error', id: 'studio-dialog-error', 'aria-live': 'assertive' });
    const ok = button(confirmLabel, { id: 'studio-dialog-confirm', class: 'primary' });
    const cancel = button('Cancel', { id: 'studio-dialog-cancel' });
    replace(dialog, h('h2', { id: 'studio-dialog-title', text: title }), lines.map((t) => h('p', { text: t })), extra, error,
      h('div', { class: 'studio-actions' }, ok, ' ', cancel));
    cancel.addEventListener('click', () => dialog.close());
    ok.addEventListener('click', async () => {
      ok.disabled = true;
      try { await action(); dialog.close(); } catch (e) { error.textContent = e.message; } finally { ok.disabled = false; }
    });
    dialog.showModal();
    (extra ? extra.querySelector('input') : cancel).focus();
  }

  function unsavedFirst() {
    if (!dirty()) return false;
    manageStatus.textContent = `Save your changes to ${st.id} first (or reload it): renaming or deleting works on what is saved.`;
    return true;
  }

  renameBtn.addEventListener('click', async () => {
    if (!st.id || unsavedFirst()) return;
    let uses;
    try { uses = await studio.uses(st.id); } catch (e) { manageStatus.textContent = e.message; return; }
    const to = field('New id', 'input', { id: 'rename-to', autocomplete: 'off', spellcheck: 'false', value: st.id }, 'Lower-case words joined by hyphens.');
    const from = st.id;
    ask(`Rename ${from}`, [
      'The scenario, its draft and its test plan move to the new id, and the id inside them changes (nothing else in the text does). Its versions move with it.',
      uses.finishedSessions + uses.unfinishedSessions + uses.drillProgress
        ? `${plural(uses.finishedSessions + uses.unfinishedSessions, 'practice session')} and ${plural(uses.drillProgress, 'trainee\u2019s place', 'trainees\u2019 places')} in it follow it to the new id; unfinished sessions go on.`
        : 'No trainee has practised it yet.'],
    to.wrap, 'Rename', async () => {
      const id = to.input.value.trim();
      if (!ID_RE.test(id)) throw new Error('The new id must be lower-case words joined by hyphens, e.g. sam-vaping-precontemplation.');
      const r = await studio.rename(from, id, st.baseVersion);
      await refreshList();
      await openScenario(r.id);
      pick.input.value = r.id;
      manageStatus.textContent = `Renamed ${from} to ${r.id}; its versions and sessions moved with it.`;
    });
  });

  deleteBtn.addEventListener('click', async () => {
    if (!st.id || unsavedFirst()) return;
    let uses;
    try { uses = await studio.uses(st.id); } catch (e) { manageStatus.textContent = e.message; return; }
    const id = st.id;
    ask(`Delete ${id}?`, [
      'It leaves the library: trainees can no longer start it, and its test plan goes with it. Every saved version is kept, so it can be brought back.',
      uses.finishedSessions + uses.unfinishedSessions
        ? `${plural(uses.finishedSessions, 'finished session')} stay readable, with their reports.${uses.unfinishedSessions ? ` ${plural(uses.unfinishedSessions, 'unfinished session')} can no longer go on.` : ''}`
        : 'No trainee has practised it yet.'],
    null, 'Delete it', async () => {
      const r = await studio.remove(id, st.baseVersion);
      await refreshList();
      setFile(null, '', null, null, '');
      replace(fileName, 'No file open.');
      const back = button('Bring it back into the editor', { id: 'studio-undelete' });
      back.addEventListener('click', () => bringBack(id));
      replace(manageStatus, `Deleted ${id}; its ${plural(r.versionsKept, 'version')} are kept. `, back);
    });
  });

  // ---- save / versions ----
  async function save(draft) {
    const id = docId() || st.id;
    if (!id) { replace(saveStatus, h('p', { class: 'error', text: 'The file needs an id before it can be saved.' })); return; }
    const hasErrors = st.problems.some((p) => p.severity !== 'warning');
    if (!draft && hasErrors) { replace(saveStatus, h('p', { class: 'error', text: 'The file has errors: fix them, or save it as a draft (drafts are not offered to trainees).' })); return; }
    try {
      const r = await studio.save(id, editor.getValue(), id === st.id ? st.baseVersion : (list.find((x) => x.id === id) || {}).version || null, draft);
      st.id = r.id || id;
      st.baseVersion = r.version;
      st.status = r.status;
      st.savedText = editor.getValue();
      renameBtn.disabled = false;
      deleteBtn.disabled = false;
      refreshList();
      replace(fileName, 'File: ', h('code', { text: `${st.id}.json` }), ` (${r.status})`);
      replace(saveStatus, h('p', { class: 'status', text: r.status === 'draft' ? `Saved ${st.id} as a draft (not offered to trainees).` : `Saved and published ${st.id}: trainees can practise it now.` }));
      loadVersions();
    } catch (e) {
      if (e.status === 409) {
        const reload = button('Load the newer version (your changes will be replaced)', { id: 'stale-reload' });
        reload.addEventListener('click', () => openScenario(st.id));
        replace(saveStatus, h('div', { class: 'form-error', role: 'alert' }, h('p', {}, h('strong', { text: 'Not saved: ' }), 'someone else saved this scenario after you opened it, so your save would overwrite theirs. Export your text to keep it, then load their version.'), reload));
      } else {
        replace(saveStatus, h('p', { class: 'error', text: `Not saved: ${e.message}` }));
      }
    }
  }
  saveBtn.addEventListener('click', () => save(false));
  draftBtn.addEventListener('click', () => save(true));

  async function loadVersions() {
    if (!st.id) { replace(versionsHost); return; }
    let versions = [];
    try { versions = await studio.versions(st.id); } catch (e) { versions = []; }
    if (!versions.length) { replace(versionsHost, h('p', { class: 'hint', text: 'No saved versions yet.' })); return; }
    replace(versionsHost, h('ol', { class: 'versions', reversed: true }, versions.map((v) => {
      const view = button('View', { 'aria-label': `View version ${v.number}` });
      const diff = button('Diff with the editor', { 'aria-label': `Diff version ${v.number} with the editor` });
      const restore = button('Restore', { 'aria-label': `Restore version ${v.number}` });
      view.addEventListener('click', async () => {
        const r = await studio.version(st.id, v.number);
        replace(versionView, h('h4', { text: `Version ${v.number}` }), h('pre', { class: 'version-text', tabindex: 0, text: r.text }));
      });
      diff.addEventListener('click', async () => {
        const r = await studio.version(st.id, v.number);
        const d = diffLines(r.text, editor.getValue());
        replace(versionView, h('h4', { text: `Version ${v.number} → the editor (− removed, + added)` }),
          h('pre', { class: 'diff', tabindex: 0 }, d.map((x) => h('span', { class: x.op === '+' ? 'ins' : x.op === '-' ? 'del' : 'same', text: `${x.op} ${x.text}\n` }))));
      });
      restore.addEventListener('click', async () => {
        const r = await studio.version(st.id, v.number);
        editor.setValue(r.text);
        validateNow();
        replace(saveStatus, h('p', { class: 'status', text: `Version ${v.number} is in the editor: save to make it current.` }));
      });
      return h('li', { 'data-version': v.number }, `#${v.number} · ${when(v.savedAt)} · ${v.status}${v.valid === false ? ' (has errors)' : ''}${v.savedBy ? ` · ${v.savedBy.username || v.savedBy.displayName || ''}` : ''} `, view, ' ', diff, ' ', restore);
    })));
  }

  // every saved test plan is kept too: view one, or put it back in the plan box to run or save again
  async function loadPlanVersions() {
    if (!st.id || !st.status) { replace(planVersionsHost); return; }
    let versions = [];
    try { versions = await studio.planVersions(st.id); } catch (e) { versions = []; }
    if (!versions.length) { replace(planVersionsHost, h('p', { class: 'hint', text: 'No saved test plans yet.' })); return; }
    replace(planVersionsHost, h('ol', { class: 'versions', reversed: true }, versions.map((v) => {
      const view = button('View', { 'aria-label': `View test plan version ${v.number}` });
      const restore = button('Restore', { 'aria-label': `Restore test plan version ${v.number}` });
      view.addEventListener('click', async () => {
        const r = await studio.planVersion(st.id, v.number);
        replace(planVersionView, h('h4', { text: `Test plan version ${v.number}` }), h('pre', { class: 'version-text', tabindex: 0, text: r.text }));
      });
      restore.addEventListener('click', async () => {
        const r = await studio.planVersion(st.id, v.number);
        planText.input.value = r.text;
        replace(planSaveStatus, h('p', { class: 'status', text: `Test plan version ${v.number} is in the plan box: run it, or save it to make it current.` }));
      });
      return h('li', { 'data-plan-version': v.number }, `#${v.number} · ${when(v.savedAt)}${v.savedBy ? ` · ${v.savedBy.username || ''}` : ''} `, view, ' ', restore);
    })));
  }

  replace(main,
    h('h1', { text: 'Scenario studio' }),
    h('p', { class: 'lede', text: 'Write and test scenarios: errors show as you type, the map shows where the conversation can go, and the playtest never touches anyone’s record.' }),
    h('section', { class: 'card studio-open', 'aria-labelledby': 'open-heading' },
      h('h2', { id: 'open-heading', text: 'Open or start a scenario' }),
      h('div', { class: 'studio-row' }, h('div', { class: 'stack' }, pick.wrap, openBtn),
        h('div', { class: 'stack' }, kind.wrap, stage.wrap, newId.wrap, tplBtn),
        h('div', { class: 'stack' }, importFile.wrap, exportBtn), deletedStack),
      openStatus),
    h('div', { class: 'studio-grid' },
      h('section', { class: 'card studio-editor', 'aria-labelledby': 'editor-heading' }, heading, fileName,
        h('div', { class: 'studio-manage' }, renameBtn, ' ', deleteBtn), manageStatus, dialog, editorHost, helpLine,
        h('h3', { id: 'problems-heading', text: 'Errors and warnings' }), problemsSummary, problemsList,
        h('div', { class: 'studio-actions' }, saveBtn, ' ', draftBtn), saveStatus),
      h('section', { class: 'card studio-play', 'aria-labelledby': 'play-heading' },
        h('h2', { id: 'play-heading', text: 'Playtest' }),
        h('p', { class: 'hint', text: 'Plays the text in the editor. After an edit your responses are played again and you keep your place. Nothing is recorded.' }),
        fromBeat.wrap, playLevel.wrap, stateFieldset,
        startBtn, transcript, say.wrap, h('div', {}, sayBtn, ' ', undoBtn), playStatus, playState,
        probePanel({ text: () => editor.getValue(), beat: () => fromBeat.input.value, state: startState }))),
    h('section', { class: 'card studio-map-card', 'aria-labelledby': 'map-heading' }, h('h2', { id: 'map-heading', text: 'Map' }), mapHost),
    h('section', { class: 'card', 'aria-labelledby': 'plan-heading' }, h('h2', { id: 'plan-heading', text: 'Test plan' }), planText.wrap,
      h('div', { class: 'studio-actions' }, runBtn, ' ', planSaveBtn), planSaveStatus, planResults,
      h('h3', { text: 'Saved test plans' }), planVersionsHost, planVersionView,
      h('h3', { text: 'Every scenario' }), runAllBtn, runAllProgress, runAllStatus, runAllResults),
    h('section', { class: 'card', 'aria-labelledby': 'versions-heading' }, h('h2', { id: 'versions-heading', text: 'Versions' }), versionsHost, versionView));
  editor.refresh();

  refreshDeleted();
  const want = search && search.get('id');
  if (want) { pick.input.value = want; try { await openScenario(want); } catch (e) { openStatus.textContent = e.message; } }
  return 'Scenario studio';
}
