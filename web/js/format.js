// Numbers, dates and words for display.

export function num(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/\.0+$/, '');
}

export function pct(value) {
  return value === null || value === undefined ? '—' : `${num(value)} %`;
}

export function signed(delta) {
  if (!delta) return '±0';
  return `${delta > 0 ? '+' : '−'}${num(Math.abs(delta), 2)}`;
}

export function when(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function day(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** 'plan_agreed' → 'Plan agreed'. */
export function words(name) {
  if (!name) return '';
  const s = String(name).replace(/[_-]+/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
