// A drill: one client statement at a time, an answer, the verdict with feedback and model answers, and
// mastery progress through the levels.
import { h, replace } from '../dom.js';
import { get, post, enc } from '../api.js';
import { announce } from '../announce.js';
import { LEVELS, categoryLabel } from '../labels.js';
import { words } from '../format.js';
import { traineeWords } from '../evidence.js';
import { codeList, flagList, toneBadge } from '../feedback.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';

function levelsStepper(progress, levels) {
  const current = progress.level;
  const index = LEVELS.indexOf(current);
  return h('ol', { class: 'levels', 'aria-label': 'Levels' }, LEVELS.map((lv, i) => {
    const done = progress.mastered || i < index;
    const info = Array.isArray(levels) ? levels.find((l) => l.name === lv || l.level === lv) : null;
    return h('li', { class: done ? 'done' : (lv === current ? 'current' : ''), 'aria-current': lv === current && !progress.mastered ? 'step' : null },
      h('span', { 'aria-hidden': 'true', text: done ? '✓ ' : (lv === current ? '▶ ' : '○ ') }),
      words(lv), done ? ' (mastered)' : (lv === current ? ' (current)' : ''),
      info && (info.items ?? info.count) ? h('span', { class: 'hint', text: ` · ${info.items ?? info.count} statements` }) : null);
  }));
}

function recentAttempts(progress, mastery) {
  const recent = progress.recent || [];
  const ok = recent.filter(Boolean).length;
  const rule = mastery ? ` Move up with ${mastery.required} of the last ${mastery.window}.` : '';
  return h('div', { class: 'recent' },
    h('p', {}, `Recent attempts at this level: ${ok} of ${recent.length} succeeded.${rule}`),
    recent.length ? h('ol', { class: 'attempt-dots', 'aria-label': 'Recent attempts, oldest first' }, recent.map((r, i) =>
      h('li', { class: r ? 'ok' : 'miss' }, h('span', { 'aria-hidden': 'true', text: r ? '✓' : '✗' }),
        h('span', { class: 'visually-hidden', text: `Attempt ${i + 1}: ${r ? 'success' : 'not yet'}` })))) : null);
}

function attemptResult(a, prompt) {
  const fb = a.feedback || {};
  const exemplars = a.exemplars || [];
  return h('section', { class: `attempt-result card ${a.success ? 'success' : 'miss'}`, 'aria-labelledby': 'attempt-heading' },
    h('h2', { id: 'attempt-heading' }, h('span', { 'aria-hidden': 'true', text: a.success ? '✓ ' : '✗ ' }),
      a.success ? 'Success' : 'Not yet', a.category ? [' ', toneBadge(a.category)] : null),
    prompt ? h('p', { class: 'context' }, 'The statement: ', h('q', { text: prompt.client })) : null,
    h('p', { class: 'label', text: 'Your answer, with the evidence marked:' }),
    traineeWords(a.text, a.codes, a.flags),
    codeList(a.text, a.codes),
    fb.did ? h('p', {}, h('strong', { text: 'What you did: ' }), fb.did) : null,
    fb.why ? h('p', {}, h('strong', { text: 'Why: ' }), fb.why) : null,
    flagList(a.flags, a.text),
    exemplars.length ? [h('h3', { text: 'Model answers' }), h('ul', { class: 'exemplars' }, exemplars.map((e) => h('li', {},
      h('blockquote', {}, h('p', { text: e.text })), e.why ? h('p', { class: 'why', text: e.why }) : null)))] : null);
}

export async function render(main, { id }) {
  const [drill, first] = await Promise.all([get(`/api/scenarios/${enc(id)}`), get(`/api/drills/${enc(id)}/progress`)]);
  let progress = first;
  const progressBox = h('section', { class: 'card drill-progress', 'aria-labelledby': 'mastery-heading' });
  const promptBox = h('section', { class: 'card drill-prompt', 'aria-labelledby': 'prompt-heading' });
  const resultBox = h('div', { class: 'result-box' });
  const errors = errorBox();
  const box = h('textarea', { id: 'drill-answer', name: 'text', rows: 3, maxlength: 2000, required: true });
  const form = h('form', { class: 'reply' }, errors,
    h('label', { for: 'drill-answer', text: 'Your answer' }), box,
    h('div', { class: 'reply-actions' }, h('button', { type: 'submit', class: 'primary', text: 'Check my answer' })));

  function draw() {
    replace(progressBox, h('h2', { id: 'mastery-heading', text: 'Mastery' }), levelsStepper(progress, drill.levels),
      progress.mastered ? h('p', { class: 'met', text: 'You have mastered this drill.' })
        : recentAttempts(progress, progress.window ? { window: progress.window, required: progress.required } : drill.mastery));
    const p = progress.prompt;
    if (!p || progress.mastered) {
      replace(promptBox, h('h2', { id: 'prompt-heading', text: 'Done' }), h('p', { text: 'Every level is mastered. Well done.' }));
      form.hidden = true;
      return;
    }
    replace(promptBox, h('h2', { id: 'prompt-heading', text: `Statement (${words(p.level)})` }),
      p.context ? h('p', { class: 'context', text: p.context }) : null,
      h('blockquote', { class: 'client-statement' }, h('p', { text: p.client })));
  }
  draw();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = box.value.trim();
    if (!text) { showFormError(errors, new Error('Write an answer first.')); box.focus(); return; }
    clearFormError(errors);
    await busy(form, async () => {
      try {
        const before = progress.level;
        const answered = progress.prompt;
        const answer = await post(`/api/drills/${enc(id)}/attempts`, { text });
        progress = answer.progress;
        replace(resultBox, attemptResult(answer.attempt, answered));
        box.value = '';
        draw();
        const moved = progress.level !== before ? ` You moved up to ${words(progress.level)}.` : '';
        announce(`${answer.attempt.success ? 'Success.' : 'Not yet.'}${moved} ${progress.prompt && !progress.mastered ? `Next statement: ${progress.prompt.client}` : ''}`);
      } catch (e) {
        showFormError(errors, e);
      }
    });
    box.focus();
  });
  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/', text: 'Home' }), ' › Drill'),
    h('h1', { text: drill.title }),
    drill.skill ? h('p', { class: 'session-meta', text: `Skill: ${categoryLabel(drill.skill)}` }) : null,
    drill.instructions ? h('p', { class: 'lede', text: drill.instructions }) : null,
    h('div', { class: 'drill-layout' }, h('div', {}, promptBox, form, resultBox), progressBox));
  return drill.title;
}
