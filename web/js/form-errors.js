// A form's error box: one place per form that says what went wrong, read out when it appears.
import { h, replace } from './dom.js';

export function errorBox() {
  return h('div', { class: 'form-error', role: 'alert', hidden: true });
}

export function showFormError(box, e) {
  const message = e && e.message ? e.message : String(e);
  replace(box, h('p', {}, h('strong', { text: 'Error: ' }), message));
  box.hidden = false;
}

export function clearFormError(box) {
  box.hidden = true;
  box.replaceChildren();
}

/** Disables a form's buttons while `work` runs. */
export async function busy(form, work) {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => { b.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}
