// The review view of a session (practice or imported): the whole transcript with each counselor turn's
// codes, the client's talk type and the state line; the summary against the thresholds, from the
// automatic or the instructor codes; threaded comments on each turn; and, for an instructor, recoding a
// turn with the automatic code kept beside it. The owner shares the session with a cohort here.
import { h, replace, uid } from '../dom.js';
import { cohorts, sessions } from '../cohort-api.js';
import { currentUser } from '../session.js';
import { num, when, words } from '../format.js';
import { CODES, code, codeLabel, talkLabel } from '../labels.js';
import { traineeWords } from '../evidence.js';
import { toneBadge } from '../feedback.js';
import { announce } from '../announce.js';
import { errorBox, showFormError, clearFormError, busy } from '../form-errors.js';
import { exportLinks } from '../exports.js';
import { scoresTable, countsTable, openDetailsForPrint } from './report.js';

const RECODABLE = Object.keys(CODES).filter((k) => k !== 'NO_CODE');
// Nothing ticked is sent as NO_CODE (the server wants 1 to 10 codes).
const person = (u) => (u ? (u.displayName || u.username) : 'Someone');

/** The instructor's codes for a turn, whatever the server calls the field. */
function humanCodes(t) {
  return t.human || null;
}

const autoCodes = (t) => (t.auto && t.auto.codes) || [];

// Below this the coder says it is unsure, as the practice feedback does (FeedbackWriter.UNSURE, docs/coder.md "Confidence").
const UNSURE = 0.6;

/** How sure the coder is of one code: "82 % sure", marked when below UNSURE; nothing for a person's code (no confidence). */
function sureness(c) {
  if (typeof c.confidence !== 'number') return null;
  const pct = Math.round(c.confidence * 100);
  const unsure = c.confidence < UNSURE;
  return h('span', { class: unsure ? 'sureness unsure' : 'sureness', title: unsure
    ? 'The coder is unsure of this code: read the words yourself and recode if it is wrong.'
    : 'How often the rule behind this code was right on the gold set.' },
  unsure ? h('span', { class: 'unsure-mark', 'aria-hidden': 'true', text: '? ' }) : null,
  `${pct} % sure`, unsure ? h('span', { class: 'visually-hidden', text: ' (unsure)' }) : null);
}

/** A turn's codes as chips; {sure: true} for the coder's codes, which say how sure it is (a person's code does not). */
function codeChips(codes, cls, { sure: showSure = false } = {}) {
  if (!codes || !codes.length) return h('span', { class: `chips ${cls}`, text: 'No code' });
  codes = codes.filter((c) => c.code !== 'NO_CODE' || codes.length === 1);
  return h('span', { class: `chips ${cls}` }, codes.map((c) => {
    const sure = showSure ? sureness(c) : null;
    return h('span', { class: `tag code-${code(c.code).group}${sure && c.confidence < UNSURE ? ' tag-unsure' : ''}` },
      h('abbr', { title: code(c.code).label, text: code(c.code).abbr }), ' ', codeLabel(c), c.reflection ? ` (${c.reflection})` : '',
      sure ? ' · ' : '', sure);
  }));
}

/** "Automatic codes (main code 72 % sure)": the turn's primary confidence, the number the client's reaction used. */
function autoHeading(t) {
  const conf = t.auto && t.auto.confidence;
  if (typeof conf !== 'number') return 'Automatic codes';
  return `Automatic codes (main code ${Math.round(conf * 100)} % sure${conf < UNSURE ? ', unsure' : ''})`;
}

function stateLine(st) {
  if (!st) return null;
  return h('p', { class: 'state-line' }, h('span', { class: 'visually-hidden', text: 'Client state after this response: ' }),
    `Engagement ${num(st.engagement, 2)} · Discord ${num(st.discord, 2)} · Importance ${num(st.importance, 2)} · Confidence ${num(st.confidence, 2)} · Stage: ${words(st.stage)}`);
}

// ---- comments ----

function commentForm(id, turn, parentId, onDone, label) {
  const fieldId = uid('comment');
  const errors = errorBox();
  const box = h('textarea', { id: fieldId, name: 'comment', required: true, maxlength: 2000, rows: 2, class: 'comment-text' });
  const form = h('form', { class: 'comment-form' }, errors,
    h('div', { class: 'field' }, h('label', { for: fieldId, text: label }), box),
    h('button', { type: 'submit', class: 'secondary', text: parentId ? 'Post the reply' : 'Post the comment' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    if (!box.value.trim()) { showFormError(errors, new Error('text: write something first.')); return; }
    await busy(form, async () => {
      try {
        await sessions.comment(id, turn, box.value.trim(), parentId);
        form.reset();
        announce('Comment posted.');
        await onDone();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return form;
}

function thread(id, turn, comments, parentId, reload, canComment) {
  const mine = comments.filter((c) => (c.parentId || null) === (parentId || null));
  if (!mine.length) return null;
  return h('ul', { class: 'comments' }, mine.map((c) => {
    const replySlot = h('div', {});
    const reply = canComment ? h('button', { type: 'button', class: 'link-button reply-button', 'aria-expanded': 'false' }, 'Reply',
      h('span', { class: 'visually-hidden', text: ` to ${person(c.author)}` })) : null;
    if (reply) reply.addEventListener('click', () => {
      const open = reply.getAttribute('aria-expanded') === 'true';
      reply.setAttribute('aria-expanded', String(!open));
      if (open) replySlot.replaceChildren();
      else {
        replace(replySlot, commentForm(id, turn, c.id, reload, `Your reply to ${person(c.author)}`));
        replySlot.querySelector('textarea').focus();
      }
    });
    return h('li', { class: 'comment', 'data-comment': c.id },
      h('p', { class: 'comment-head' }, h('strong', { text: person(c.author) }),
        c.author && c.author.role ? h('span', { class: 'role', text: ` (${c.author.role})` }) : null, ` · ${when(c.createdAt)}`),
      h('p', { class: 'comment-body', text: c.text }),
      reply, replySlot,
      thread(id, turn, comments, c.id, reload, canComment));
  }));
}

// ---- recoding ----

function recodeForm(id, t, reload) {
  const current = humanCodes(t);
  const start = (current && current.codes) || autoCodes(t);
  const chosen = new Set(start.map((c) => c.code));
  const q = start.find((c) => c.code === 'QUESTION');
  const legendId = uid('recode');
  const errors = errorBox();
  const boxes = RECODABLE.map((k) => {
    const cid = uid('rc');
    return h('div', { class: 'check' }, h('input', { type: 'checkbox', id: cid, name: 'code', value: k, checked: chosen.has(k) }),
      h('label', { for: cid }, `${code(k).label} `, h('abbr', { title: code(k).label, text: `(${code(k).abbr})` })));
  });
  const radioName = uid('qtype');
  const qType = h('fieldset', { class: 'radios' }, h('legend', { text: 'If a question: open or closed' }),
    ['open', 'closed'].map((v) => {
      const rid = uid('rq');
      return h('span', { class: 'radio' }, h('input', { type: 'radio', id: rid, name: radioName, value: v, checked: (q ? q.question : 'open') === v }),
        h('label', { for: rid, text: words(v) }));
    }));
  const form = h('form', { class: 'recode-form', 'aria-labelledby': legendId }, errors,
    h('fieldset', { class: 'checks' }, h('legend', { id: legendId, text: `Your codes for response ${t.number}` }),
      h('p', { class: 'hint', text: 'Simple or complex: choose the reflection code. No box ticked means “no code”.' }), boxes),
    qType,
    h('div', { class: 'reply-actions' },
      h('button', { type: 'submit', class: 'primary', text: 'Save my codes' }),
      current ? h('button', { type: 'button', class: 'secondary clear-recode', text: 'Go back to the automatic codes' }) : null));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFormError(errors);
    // the first code is the human primary (docs/web-api.md): keep the turn's current primary first when still ticked
    const primary = (current && current.primary) || (t.auto && t.auto.primary);
    const picked = [...form.querySelectorAll('input[name=code]:checked')].map((i) => i.value)
      .sort((a, b) => (b === primary) - (a === primary));
    const qt = (form.querySelector(`input[name="${radioName}"]:checked`) || {}).value || 'open';
    const codes = (picked.length ? picked : ['NO_CODE']).map((k) => ({
      code: k,
      question: k === 'QUESTION' ? qt : null,
      reflection: k === 'SIMPLE_REFLECTION' ? 'simple' : (k === 'COMPLEX_REFLECTION' ? 'complex' : null),
    }));
    await busy(form, async () => {
      try {
        await sessions.recode(id, t.number, codes, reviewVersion(t));
        announce(`Saved your codes for response ${t.number}.`);
        await reload();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  const clear = form.querySelector('.clear-recode');
  if (clear) clear.addEventListener('click', async () => {
    clearFormError(errors);
    await busy(form, async () => {
      try {
        await sessions.clearRecode(id, t.number);
        announce(`Response ${t.number} is back to the automatic codes.`);
        await reload();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return form;
}

// ---- the transcript ----

const reviewVersion = (t) => (t.review && t.review.version) || 0;

/** Each turn's review status: not reviewed yet, confirmed ("agreed") or recoded, and by whom. */
function reviewStatus(t) {
  const r = t.review || { status: 'unreviewed' };
  const text = { unreviewed: 'Not reviewed yet', agreed: 'Automatic codes confirmed', recoded: 'Recoded' }[r.status] || r.status;
  return h('p', { class: `review-status review-${r.status}`, 'data-test': 'review-status' },
    h('strong', { text: 'Review: ' }), text, r.by ? ` by ${person(r.by)}` : '', r.at ? ` (${when(r.at)})` : '');
}

/** One click: the automatic codes are right. Counts in the agreement like a recode does. */
function agreeButton(id, t, reload) {
  const b = h('button', { type: 'button', class: 'secondary agree-button', 'data-test': 'agree' }, 'Agree',
    h('span', { class: 'visually-hidden', text: ` with the automatic codes of response ${t.number}` }));
  const errors = errorBox();
  b.addEventListener('click', async () => {
    clearFormError(errors);
    await busy(b, async () => {
      try {
        await sessions.agree(id, t.number, reviewVersion(t));
        announce(`Confirmed the automatic codes of response ${t.number}.`);
        await reload();
      } catch (e) {
        showFormError(errors, e);
      }
    });
  });
  return h('span', { class: 'agree' }, b, errors);
}

function turnItem(id, t, name, comments, opts, reload) {
  const human = humanCodes(t);
  const mine = comments.filter((c) => Number(c.turn) === Number(t.number));
  const recodeSlot = h('div', {});
  let recodeButton = null;
  if (opts.canRecode) {
    recodeButton = h('button', { type: 'button', class: 'secondary recode-button', 'aria-expanded': 'false' }, 'Recode',
      h('span', { class: 'visually-hidden', text: ` response ${t.number}` }));
    recodeButton.addEventListener('click', () => {
      const open = recodeButton.getAttribute('aria-expanded') === 'true';
      recodeButton.setAttribute('aria-expanded', String(!open));
      if (open) recodeSlot.replaceChildren();
      else {
        replace(recodeSlot, recodeForm(id, t, reload));
        recodeSlot.querySelector('input').focus();
      }
    });
  }
  return h('li', { class: 'review-turn', 'data-turn': t.number },
    h('h3', {}, `Response ${t.number} `, t.category ? toneBadge(t.category) : null),
    h('p', { class: 'speaker', text: 'Counselor:' }),
    traineeWords(t.trainee, autoCodes(t), []),
    h('dl', { class: 'code-pair' },
      h('dt', { text: autoHeading(t) }), h('dd', {}, codeChips(autoCodes(t), 'auto-codes', { sure: true })),
      human ? [h('dt', { text: `Instructor codes${human.by ? ` (${person(human.by)})` : ''}` }),
        h('dd', {}, codeChips(human.codes, 'human-codes'),
          sameCodes(autoCodes(t), human.codes) ? ' agrees' : h('strong', { class: 'differs' }, h('span', { 'aria-hidden': 'true', text: ' ≠ ' }), 'differs'))] : null),
    reviewStatus(t),
    opts.canRecode && !(t.review && t.review.status === 'agreed') ? agreeButton(id, t, reload) : null,
    recodeButton, recodeSlot,
    t.client ? h('p', { class: 'client-reply' }, h('strong', { text: `${name}: ` }), t.client.text,
      t.client.talk ? h('span', { class: `talk-badge talk-${t.client.talk}`, text: talkLabel(t.client.talk) }) : null) : null,
    stateLine(t.state),
    h('section', { class: 'turn-comments', 'aria-label': `Comments on response ${t.number}` },
      h('h4', { text: mine.length ? `Comments (${mine.length})` : 'Comments' }),
      thread(id, t.number, mine, null, reload, opts.canComment) || h('p', { class: 'hint', text: 'No comments yet.' }),
      opts.canComment ? commentForm(id, t.number, null, reload, `Comment on response ${t.number}`) : null));
}

function sameCodes(a = [], b = []) {
  const key = (xs) => (xs || []).map((c) => `${c.code}:${c.question || ''}`).sort().join(',');
  return key(a) === key(b);
}

// ---- the summary, automatic or instructor ----

function summarySection(id, firstReport, hasHuman, mode) {
  const body = h('div', {});
  const draw = (report) => replace(body,
    h('p', { class: `band band-${report.summary.band || 'below'}` }, h('strong', { text: 'Overall: ' }),
      { good: 'good — every good threshold met', fair: 'fair — every fair threshold met', below: 'below the fair thresholds' }[report.summary.band] || report.summary.band),
    scoresTable(report.summary || {}, report.thresholds),
    h('details', { class: 'chart-data' }, h('summary', { text: 'MITI counts' }), countsTable((report.summary || {}).counts)));
  draw(firstReport);
  const name = uid('codes-from');
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const radios = h('fieldset', { class: 'radios no-print' }, h('legend', { text: 'Summary from' }),
    [['human', 'Instructor codes (automatic where not recoded)'], ['auto', 'Automatic codes only']].map(([v, label]) => {
      const rid = uid('src');
      const input = h('input', { type: 'radio', id: rid, name, value: v, checked: v === mode });
      input.addEventListener('change', async () => {
        try {
          draw((await sessions.review(id, v)).report);
          status.textContent = `Summary now from the ${v === 'auto' ? 'automatic' : 'instructor'} codes.`;
        } catch (e) {
          status.textContent = `The summary could not be loaded: ${e.message}`;
        }
      });
      return h('span', { class: 'radio' }, input, h('label', { for: rid, text: label }));
    }));
  return h('section', { class: 'card', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading', text: 'Summary against the thresholds' }), radios, status,
    hasHuman ? null : h('p', { class: 'hint', text: 'No turn has been recoded by an instructor yet.' }), body);
}

// ---- sharing (the owner) ----

async function sharePanel(id) {
  const body = h('div', {});
  const status = h('p', { role: 'status', class: 'status' });
  async function load() {
    let [mine, shares] = await Promise.all([cohorts.list(), sessions.shares(id)]);
    const shared = new Set((shares || []).map((x) => String(x.cohortId)));
    // a trainee shares with the cohorts she is in; an instructor her own sessions with the cohorts she runs
    if (!mine.length) {
      replace(body, h('p', {}, 'You are not in a cohort yet. ', h('a', { href: '#/cohorts', text: 'Join one' }), ' to share this session.'));
      return;
    }
    replace(body, h('ul', { class: 'plain share-list' }, mine.map((c) => {
      const on = shared.has(String(c.id));
      const button = h('button', { type: 'button', class: on ? 'secondary' : 'primary', 'data-cohort': c.name },
        on ? 'Withdraw' : 'Share', h('span', { class: 'visually-hidden', text: ` ${on ? 'from' : 'with'} ${c.name}` }));
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          if (on) await sessions.unshare(id, c.id); else await sessions.share(id, c.id);
          status.textContent = on ? `Withdrawn from ${c.name}.` : `Shared with ${c.name}.`;
          await load();
        } catch (e) {
          status.textContent = `Error: ${e.message}`;
          button.disabled = false;
        }
      });
      return h('li', { class: 'share-row', 'data-cohort': c.name },
        h('span', { class: on ? 'met' : 'plain-text' }, h('span', { 'aria-hidden': 'true', text: on ? '✓ ' : '○ ' }), c.name,
          on ? ' — shared: its members see it too' : (c.myRole === 'member' ? ' — not shared: only its instructors see it' : ' — not shared')),
        ' ', button);
    })));
  }
  await load().catch((e) => replace(body, h('p', { text: `Sharing is not available: ${e.message}` })));
  return h('section', { class: 'card no-print', 'aria-labelledby': 'share-heading' },
    h('h2', { id: 'share-heading', text: 'Share with a cohort' }),
    h('p', { class: 'hint who-sees', text: 'Who sees this session: you, your own instructor, and the instructors of every cohort you are in '
      + '(they see all your finished sessions). Sharing with a cohort adds its members, who can then read it and comment. Withdraw it at any time.' }),
    body, status);
}

// ---- the page ----

function sessionComments(id, comments, canComment, reload) {
  const mine = comments.filter((c) => Number(c.turn) === 0);
  return h('section', { class: 'card turn-comments session-comments', 'aria-labelledby': 'session-comments-heading', 'data-turn': 0 },
    h('h2', { id: 'session-comments-heading', text: 'Comments on the whole session' }),
    thread(id, 0, mine, null, reload, canComment) || h('p', { class: 'hint', text: 'No comments yet.' }),
    canComment ? commentForm(id, 0, null, reload, 'Comment on the whole session') : null);
}

export async function render(main, { id }) {
  const user = currentUser();
  let mode = 'human';
  const draw = async () => {
    const review = await sessions.review(id, mode);
    const session = review.session || {};
    const owner = session.owner || null;
    const isOwner = owner && String(owner.id) === String(user.id);
    const opts = { canRecode: !!review.canRecode, canComment: !!review.canComment };
    const turns = review.turns || [];
    const comments = review.comments || [];
    const hasHuman = turns.some((t) => humanCodes(t));
    const title = session.title || 'Session';
    const scroll = window.scrollY;
    const printButton = h('button', { type: 'button', class: 'secondary no-print', text: 'Print the review' });
    printButton.addEventListener('click', () => window.print());
    const summary = summarySection(id, review.report || { summary: {} }, hasHuman, mode);
    summary.addEventListener('change', (ev) => { if (ev.target.type === 'radio') mode = ev.target.value; });
    replace(main,
      h('p', { class: 'breadcrumb no-print' }, h('a', { href: '#/cohorts', text: 'Cohorts' }), ' › Review'),
      h('h1', { text: `Review: ${title}` }),
      h('p', { class: 'session-meta' },
        owner ? `Trainee: ${person(owner)}. ` : '',
        session.kind === 'imported' ? 'Imported transcript. ' : '',
        `Started ${when(session.startedAt)}. Finished ${when(session.finishedAt)}.`),
      h('div', { class: 'reply-actions no-print' }, printButton,
        exportLinks('Export this session', [
          { label: 'CSV', href: sessions.exportUrl(id, 'csv') },
          { label: 'JSON', href: sessions.exportUrl(id, 'json') },
          { label: 'xAPI', href: sessions.xapiUrl(id) }])),
      isOwner ? await sharePanel(id) : null,
      summary,
      h('section', { class: 'card transcript-review', 'aria-labelledby': 'transcript-heading' },
        h('h2', { id: 'transcript-heading', text: 'The transcript' }),
        opts.canRecode ? h('p', { class: 'hint no-print', text: 'You can recode any response: your codes are kept beside the automatic ones, and the agreement report compares them.' }) : null,
        review.opening ? h('p', { class: 'client-reply opening' }, h('strong', { text: 'Client: ' }), review.opening.text,
          review.opening.talk ? h('span', { class: `talk-badge talk-${review.opening.talk}`, text: talkLabel(review.opening.talk) }) : null) : null,
        h('ol', { class: 'review' }, turns.map((t) => turnItem(id, t, 'Client', comments, opts, redraw)))),
      sessionComments(id, comments, opts.canComment, redraw));
    window.scrollTo(0, scroll);
    return `Review: ${title}`;
  };
  async function redraw() {
    const focusedTurn = document.activeElement && document.activeElement.closest && document.activeElement.closest('[data-turn]');
    const n = focusedTurn ? focusedTurn.getAttribute('data-turn') : null;
    await draw();
    if (n !== null) {
      const heading = main.querySelector(`[data-turn="${n}"] h3, [data-turn="${n}"] h2`);
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: true }); }
    }
  }
  window.addEventListener('beforeprint', openDetailsForPrint);
  return draw();
}
