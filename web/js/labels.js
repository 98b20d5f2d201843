// Names and groups for MITI codes, response categories, flags, talk types and stages.
import { words } from './format.js';

export const CODES = {
  SIMPLE_REFLECTION: { label: 'Simple reflection', abbr: 'SR', group: 'reflection' },
  COMPLEX_REFLECTION: { label: 'Complex reflection', abbr: 'CR', group: 'reflection' },
  QUESTION: { label: 'Question', abbr: 'Q', group: 'question' },
  AFFIRM: { label: 'Affirm', abbr: 'AF', group: 'adherent' },
  SEEKING_COLLABORATION: { label: 'Seeking collaboration', abbr: 'SEEK', group: 'adherent' },
  EMPHASIZE_AUTONOMY: { label: 'Emphasizing autonomy', abbr: 'AUTO', group: 'adherent' },
  GIVING_INFORMATION: { label: 'Giving information', abbr: 'GI', group: 'neutral' },
  PERSUADE_WITH_PERMISSION: { label: 'Persuade with permission', abbr: 'PWP', group: 'neutral' },
  PERSUADE: { label: 'Persuade', abbr: 'PERS', group: 'nonadherent' },
  CONFRONT: { label: 'Confront', abbr: 'CON', group: 'nonadherent' },
  NO_CODE: { label: 'No code', abbr: '—', group: 'neutral' },
};

export const GROUPS = {
  reflection: 'Reflection',
  question: 'Question',
  adherent: 'MI-adherent',
  nonadherent: 'MI-non-adherent',
  neutral: 'Neutral',
};

export function code(name) {
  const key = String(name || 'NO_CODE').toUpperCase();
  return CODES[key] || { label: words(key), abbr: key.slice(0, 4), group: 'neutral' };
}

/** 'Question (open)' / 'Complex reflection'. */
export function codeLabel(c) {
  const base = code(c.code).label;
  if (c.question) return `${base} (${c.question})`;
  return base;
}

const NON_ADHERENT_CATEGORIES = new Set(['persuade', 'confront']);
const ADHERENT_CATEGORIES = new Set(['complex_reflection', 'simple_reflection', 'open_question', 'affirm',
  'autonomy', 'collaboration', 'information_with_permission', 'persuade_with_permission']);

/** 'good' (MI-consistent), 'bad' (MI-inconsistent) or 'plain' for a response category. */
export function categoryTone(category) {
  if (NON_ADHERENT_CATEGORIES.has(category)) return 'bad';
  if (ADHERENT_CATEGORIES.has(category)) return 'good';
  return 'plain';
}

export const categoryLabel = (c) => words(c);

export const FLAGS = {
  stigmatizing_label: 'Stigmatising label',
  labelling: 'Labelling',
  righting_reflex: 'Righting reflex',
  abstinence_only: 'Abstinence as the only goal',
};
export const flagLabel = (kind) => FLAGS[String(kind).toLowerCase()] || words(kind);

export const TALK = {
  change: 'Change talk',
  sustain: 'Sustain talk',
  neutral: 'Neutral',
  discord: 'Discord',
};
export const talkLabel = (t) => TALK[t] || words(t);

export const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'];
export const KINDS = ['conversation', 'drill'];
export const BEHAVIOURS = ['alcohol', 'opioids', 'stimulants', 'cannabis', 'tobacco', 'vaping',
  'benzodiazepines', 'polysubstance', 'gambling', 'other'];
export const LEVELS = ['beginner', 'intermediate', 'advanced'];

export const MEASURES = [
  { key: 'engagement', label: 'Engagement', better: 'up', hint: 'how much the client is with you' },
  { key: 'discord', label: 'Discord', better: 'down', hint: 'friction in the relationship' },
  { key: 'importance', label: 'Importance', better: 'up', hint: 'how important change feels to them (ruler 0–10)' },
  { key: 'confidence', label: 'Confidence', better: 'up', hint: 'how confident they are they could change (ruler 0–10)' },
];

/** The ending as text, whether the server sends a string or {kind, beat, turn}. */
export function endingLabel(ending) {
  if (!ending) return null;
  const kind = typeof ending === 'string' ? ending : ending.kind;
  if (!kind || kind === 'none') return null;
  return {
    plan_agreed: 'The client chose a plan',
    stage_moved: 'The client moved on a stage',
    disengaged: 'The client disengaged',
    natural_close: 'The conversation came to a natural close',
  }[kind] || words(kind);
}
