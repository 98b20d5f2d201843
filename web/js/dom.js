// Building DOM nodes. Every string becomes a text node (never HTML), so text that came from a user or
// a scenario file can never run as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') el.textContent = String(value);
    else if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes, strings (as text), numbers, arrays; null/false are skipped. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h('p', {class: 'x'}, 'text', h('em', {}, 'more')). */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let idCounter = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form field: returns {wrap, input}. */
export function field(label, tag, attrs = {}, hint = null) {
  const id = attrs.id || uid('f');
  const hintId = hint ? `${id}-hint` : null;
  const input = h(tag, { ...attrs, id, 'aria-describedby': hintId });
  const wrap = h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null,
    input);
  return { wrap, input };
}

/** A <select> with options [{value, label}] (strings allowed). */
export function select(label, options, attrs = {}) {
  const f = field(label, 'select', attrs);
  for (const o of options) {
    const opt = typeof o === 'string' ? { value: o, label: o } : o;
    f.input.append(h('option', { value: opt.value, text: opt.label }));
  }
  return f;
}

/** A table that may scroll sideways on a narrow screen: a labelled region the keyboard can reach and scroll. */
export function tableWrap(label, table) {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}
