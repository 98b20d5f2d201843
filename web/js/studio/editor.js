// The studio's code editor: CodeMirror 5 from its WebJar (one script and one style sheet, no build
// step), with a plain <textarea> if it cannot be loaded. Both offer the same small interface.
const CM = '/webjars/codemirror/5.65.16';

function loadCss(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const existing = document.querySelector(`script[src="${src}"]`);
    if (existing) { if (existing.dataset.loaded) resolve(); else { existing.addEventListener('load', resolve); existing.addEventListener('error', reject); } return; }
    const el = document.createElement('script');
    el.src = src;
    el.addEventListener('load', () => { el.dataset.loaded = '1'; resolve(); });
    el.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(el);
  });
}

async function loadCodeMirror() {
  if (window.CodeMirror && window.CodeMirror.modes.javascript) return window.CodeMirror;
  loadCss(`${CM}/lib/codemirror.css`);
  await loadScript(`${CM}/lib/codemirror.js`);
  await loadScript(`${CM}/mode/javascript/javascript.js`);
  try {
    loadCss(`${CM}/addon/hint/show-hint.css`);
    await loadScript(`${CM}/addon/hint/show-hint.js`);
  } catch (e) { /* the editor works without completion */ }
  return window.CodeMirror;
}

/**
 * Makes an editor in `host`, labelled `label`; `onChange()` is called on every edit. `help` (optional) gives
 * completion and hover help: {complete(text, offset) -> {from, list: [{text, displayText, doc}]}, explain(text,
 * offset) -> string | null, line: an element under the editor that shows the help for the key at the cursor}.
 */
export async function createEditor(host, label, onChange, help = null) {
  let CodeMirror = null;
  try {
    CodeMirror = await loadCodeMirror();
  } catch (e) {
    CodeMirror = null;
  }
  if (CodeMirror) {
    const cm = CodeMirror(host, {
      value: '',
      mode: { name: 'javascript', json: false },
      lineNumbers: true,
      gutters: ['problem-gutter', 'CodeMirror-linenumbers'],
      indentUnit: 2,
      tabSize: 2,
      lineWrapping: true,
      screenReaderLabel: label,
      extraKeys: { Tab: false, 'Shift-Tab': false }, // Tab leaves the editor (keyboard users are not trapped)
    });
    // The hidden input CodeMirror types into is the element with the label.
    const input = cm.getInputField();
    input.id = 'studio-editor-input';
    input.setAttribute('aria-label', label);
    input.setAttribute('aria-multiline', 'true');
    const scroller = cm.getScrollerElement();
    scroller.setAttribute('tabindex', '-1');
    let marks = [];
    cm.on('change', () => onChange());
    if (help && CodeMirror.showHint) {
      cm.setOption('hintOptions', {
        completeSingle: false,
        hint: (ed) => {
          const cursor = ed.getCursor();
          const r = help.complete(ed.getValue(), ed.indexFromPos(cursor));
          if (!r || !r.list.length) return null;
          const data = { list: r.list, from: ed.posFromIndex(r.from), to: cursor };
          CodeMirror.on(data, 'select', (c) => { if (c.doc) help.line.textContent = c.doc; });
          return data;
        },
      });
      cm.setOption('extraKeys', { ...cm.getOption('extraKeys'), 'Ctrl-Space': 'autocomplete' });
      // the key at the cursor is explained under the editor (keyboard users), the key under the pointer in a tooltip
      cm.on('cursorActivity', () => {
        const text = help.explain(cm.getValue(), cm.indexFromPos(cm.getCursor()));
        if (text) help.line.textContent = text;
      });
      const tip = document.createElement('div');
      tip.className = 'schema-tip';
      tip.id = 'schema-tip';
      tip.setAttribute('role', 'tooltip');
      tip.hidden = true;
      host.append(tip);
      const wrapper = cm.getWrapperElement();
      wrapper.addEventListener('mousemove', (ev) => {
        const pos = cm.coordsChar({ left: ev.clientX, top: ev.clientY }, 'window');
        const text = help.explain(cm.getValue(), cm.indexFromPos(pos));
        if (!text) { tip.hidden = true; return; }
        tip.textContent = text;
        tip.hidden = false;
        const box = host.getBoundingClientRect();
        tip.style.left = `${Math.max(0, ev.clientX - box.left + 12)}px`;
        tip.style.top = `${ev.clientY - box.top + 16}px`;
      });
      wrapper.addEventListener('mouseleave', () => { tip.hidden = true; });
    }
    return {
      kind: 'codemirror',
      getValue: () => cm.getValue(),
      setValue: (v) => { cm.setValue(v); cm.clearHistory(); },
      goto: (line, column = 1) => {
        cm.focus();
        cm.setCursor({ line: Math.max(0, line - 1), ch: Math.max(0, column - 1) });
        cm.scrollIntoView(null, 80);
      },
      cursorLine: () => cm.getCursor().line + 1,
      markProblems: (problems) => {
        marks.forEach((m) => m.clear());
        marks = [];
        cm.clearGutter('problem-gutter');
        for (let l = 0; l < cm.lineCount(); l += 1) { cm.removeLineClass(l, 'background', 'line-error'); cm.removeLineClass(l, 'background', 'line-warning'); }
        for (const p of problems) {
          const l = Math.max(0, (p.line || 1) - 1);
          if (l >= cm.lineCount()) continue;
          const error = p.severity !== 'warning';
          cm.addLineClass(l, 'background', error ? 'line-error' : 'line-warning');
          const marker = document.createElement('span');
          marker.className = `gutter-mark ${error ? 'error' : 'warning'}`;
          marker.textContent = error ? '✖' : '!';
          marker.title = `${error ? 'Error' : 'Warning'}: ${p.message}`;
          cm.setGutterMarker(l, 'problem-gutter', marker);
          const ch = Math.max(0, (p.column || 1) - 1);
          const lineText = cm.getLine(l) || '';
          const endCh = Math.min(lineText.length, ch + Math.max(1, (/^[\w'"-]+/.exec(lineText.slice(ch)) || [''])[0].length));
          if (endCh > ch) marks.push(cm.markText({ line: l, ch }, { line: l, ch: endCh }, { className: error ? 'mark-error' : 'mark-warning', title: p.message }));
        }
      },
      refresh: () => cm.refresh(),
    };
  }
  // Fallback: a plain text area with the line numbers in a gutter beside it.
  const gutter = document.createElement('pre');
  gutter.className = 'plain-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  const ta = document.createElement('textarea');
  ta.id = 'studio-editor-input';
  ta.className = 'plain-editor';
  ta.spellcheck = false;
  ta.setAttribute('aria-label', label);
  ta.rows = 28;
  const wrap = document.createElement('div');
  wrap.className = 'plain-wrap';
  wrap.append(gutter, ta);
  host.append(wrap);
  const numbers = () => { gutter.textContent = ta.value.split('\n').map((_, i) => i + 1).join('\n'); };
  ta.addEventListener('input', () => { numbers(); onChange(); });
  ta.addEventListener('scroll', () => { gutter.scrollTop = ta.scrollTop; });
  return {
    kind: 'textarea',
    getValue: () => ta.value,
    setValue: (v) => { ta.value = v; numbers(); },
    goto: (line, column = 1) => {
      const lines = ta.value.split('\n');
      let pos = 0;
      for (let i = 0; i < Math.min(line - 1, lines.length); i += 1) pos += lines[i].length + 1;
      pos += column - 1;
      ta.focus();
      ta.setSelectionRange(pos, pos);
    },
    cursorLine: () => ta.value.slice(0, ta.selectionStart).split('\n').length,
    markProblems: () => {},
    refresh: () => {},
  };
}
