/**
 * The target grammar: finds the numeric target in a KPI's wording ("24hrs", "7/10", "25k",
 * "at least 90 %") and reads a phrase a user types as a custom target with the same rules.
 */
import { quote } from '../quote.ts';
import type { Direction, Target, TargetKind } from '../schema.ts';
import { defaultDirection } from './kinds.ts';
import { COUNT_SUFFIX_PATTERN, countMultiplier, DURATION_PATTERN, durationUnit, PERCENT_PATTERN } from './units.ts';

// The unit lookup and the default direction live with the unit and kind tables; callers import them from here too.
export { defaultDirection } from './kinds.ts';
export { durationUnit } from './units.ts';

/** A unit right after a number: the percent sign or word, a duration unit, a count suffix. */
const PERCENT_AFTER = new RegExp(`^\\s*${PERCENT_PATTERN}`, 'iu');
const DURATION_AFTER = new RegExp(`^\\s*(${DURATION_PATTERN})(?![\\p{L}\\d])`, 'iu');
const COUNT_SUFFIX_AFTER = new RegExp(`^\\s*(${COUNT_SUFFIX_PATTERN})(?![\\p{L}\\d])`, 'iu');

const AT_LEAST_BEFORE =
  /(?<![\p{L}])(?:at\s+least|no\s+less\s+than|not\s+less\s+than|minimum\s+of|minimum|min\.?|more\s+than|greater\s+than|higher\s+than|over|above|exceeding|≥|>=|>)\s*$/iu;
const AT_MOST_BEFORE =
  /(?<![\p{L}])(?:at\s+most|no\s+more\s+than|not\s+more\s+than|maximum\s+of|maximum|max\.?|less\s+than|fewer\s+than|lower\s+than|under|below|within|up\s+to|≤|<=|<)\s*$/iu;
const AT_LEAST_AFTER = /^\s*(?:\+|or\s+more|or\s+higher|or\s+above|or\s+greater|or\s+better|and\s+above|minimum|at\s+least)(?![\p{L}])/iu;
const AT_MOST_AFTER =
  /^\s*(?:or\s+less|or\s+lower|or\s+fewer|or\s+below|or\s+under|and\s+below|and\s+under|maximum|max|at\s+most)(?![\p{L}])/iu;

/** Words that end a counted noun phrase: prepositions, conjunctions and participles. */
const NOUN_STOP =
  /^(?:to|for|by|with|of|in|on|per|from|and|or|at|within|during|using|via|across|over|under|than|that|which|who|the|a|an)$/i;

/** A number not glued to a preceding letter or digit (so B2C and v2 are not quantities). */
const NUMBER_RE = /(?<![\p{L}\p{N}_.,/])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gu;

export interface FoundQuantity {
  kind: TargetKind;
  value: number;
  unit: string;
  outOf?: number;
  seconds?: number;
  /** 0-based start and end of the quantity itself (without direction words) in the text. */
  start: number;
  end: number;
}

export interface UnreadableNumber {
  /** The numeric phrase that could not be read, quoted in the warning. */
  phrase: string;
  start: number;
  reason: string;
}

const toNumber = (digits: string): number => Number(digits.replace(/,/g, ''));

/** Reads the counted noun after a count ("25k transactions generated" → "transactions"). */
function countedNoun(rest: string): string {
  const words: string[] = [];
  for (const m of rest.matchAll(/\s*([\p{L}][\p{L}'’-]*)|\s*(\S)/gu)) {
    const word = m[1];
    if (!word || NOUN_STOP.test(word) || (words.length > 0 && /[a-z]{3,}ed$/i.test(word))) break;
    words.push(word);
    if (words.length === 4) break;
  }
  return words.join(' ');
}

/** Reads the quantity that starts at `match`, or explains why it is not one. */
function readQuantity(text: string, digits: string, start: number): FoundQuantity | UnreadableNumber | null {
  const end = start + digits.length;
  const value = toNumber(digits);
  const rest = text.slice(end);

  const range = /^\s*(?:-|–|—|to)\s*\d/.exec(rest);
  if (range) {
    const phrase = /^\s*(?:-|–|—|to)\s*\d[\d.,]*\s*[\p{L}%]*/u.exec(rest)![0];
    return { phrase: digits + phrase, start, reason: 'ranges are not read as targets; state one number' };
  }
  const score = /^\s*(?:\/|out\s+of)\s*(\d+(?:\.\d+)?)(?![\p{L}\d])/iu.exec(rest);
  if (score) {
    const outOf = Number(score[1]);
    if (outOf <= 0 || value > outOf) {
      return { phrase: digits + score[0], start, reason: `a score must lie between 0 and its scale, ${score[1]}` };
    }
    return { kind: 'score', value, unit: `/${score[1]}`, outOf, start, end: end + score[0].length };
  }
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) return { kind: 'percent', value, unit: '%', start, end: end + percent[0].length };

  const duration = DURATION_AFTER.exec(rest);
  if (duration) {
    const unit = durationUnit(duration[1]!)!;
    return { kind: 'duration', value, unit: unit.unit, seconds: value * unit.seconds, start, end: end + duration[0].length };
  }
  const suffix = COUNT_SUFFIX_AFTER.exec(rest);
  if (suffix && (suffix[0].length === suffix[1]!.length || suffix[1]!.length > 2)) {
    const multiplier = countMultiplier(suffix[1]);
    const after = rest.slice(suffix[0].length);
    return { kind: 'count', value: value * multiplier, unit: countedNoun(after), start, end: end + suffix[0].length };
  }
  // Letters glued to the number that are no unit: ordinals are not quantities, the rest is unreadable.
  const glued = /^[\p{L}]+/u.exec(rest);
  if (glued) {
    if (/^(?:st|nd|rd|th)$/i.test(glued[0])) return null;
    return { phrase: digits + glued[0], start, reason: `${quote(glued[0])} is not a unit this handbook knows` };
  }
  // A year after "in/by/since…" is a date, not a quantity.
  if (/^(?:19|20)\d\d$/.test(digits) && /(?:in|by|since|until|before|after|during|from|of|©)\s*$/i.test(text.slice(0, start))) {
    return null;
  }
  return { kind: 'count', value, unit: countedNoun(rest), start, end };
}

/** Every readable quantity and every unreadable numeric phrase in `text`, in order. */
export function findQuantities(text: string): Array<FoundQuantity | UnreadableNumber> {
  const found: Array<FoundQuantity | UnreadableNumber> = [];
  let skipUntil = 0;
  for (const m of text.matchAll(NUMBER_RE)) {
    if (m.index! < skipUntil) continue;
    const q = readQuantity(text, m[1]!, m.index!);
    if (!q) continue;
    found.push(q);
    skipUntil = 'end' in q ? q.end : q.start + q.phrase.length;
  }
  return found;
}

export const isQuantity = (q: FoundQuantity | UnreadableNumber): q is FoundQuantity => 'kind' in q;

/** Builds a Target from a quantity, reading explicit direction words right before or after it. */
function toTarget(text: string, q: FoundQuantity): Target {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end);
  let start = q.start;
  let end = q.end;
  let direction: Direction | null = null;
  // Both lists are tried and the longer phrase wins, so "no more than" is not read as "more than".
  let best: RegExpExecArray | null = null;
  for (const [re, dir] of [
    [AT_LEAST_BEFORE, 'at-least'],
    [AT_MOST_BEFORE, 'at-most'],
  ] as const) {
    const m = re.exec(before);
    if (m && (!best || m.index < best.index)) {
      best = m;
      direction = dir;
      start = q.start - (before.length - m.index);
    }
  }
  for (const [re, dir] of [
    [AT_LEAST_AFTER, 'at-least'],
    [AT_MOST_AFTER, 'at-most'],
  ] as const) {
    const m = re.exec(after);
    if (m && !direction) {
      direction = dir;
      end = q.end + m[0].length;
    }
  }
  const target: Target = {
    raw: text.slice(start, end).trim(),
    kind: q.kind,
    value: q.value,
    unit: q.unit,
    direction: direction ?? defaultDirection(q.kind),
    directionSource: direction ? 'explicit' : 'inferred',
    column: start + 1 + (text.slice(start, end).length - text.slice(start, end).trimStart().length),
  };
  if (q.outOf !== undefined) target.outOf = q.outOf;
  if (q.seconds !== undefined) target.seconds = q.seconds;
  return target;
}

export interface TargetReading {
  target: Target | null;
  /** Set when the text holds a number but no readable target; the KPI keeps `target: null`. */
  unreadable: UnreadableNumber | null;
}

/**
 * Reads a KPI's target: the first readable quantity in its wording, which is the one it is
 * measured by ("95% of requests answered within 2 business days" → 95 %).
 */
export function readTarget(text: string): TargetReading {
  const found = findQuantities(text);
  const first = found.find(isQuantity);
  if (first) return { target: toTarget(text, first), unreadable: null };
  return { target: null, unreadable: found.find((q): q is UnreadableNumber => !isQuantity(q)) ?? null };
}

/**
 * Reads a target phrase typed by a user ("≥ 90%", "under 2 days", "4/5"). Column is dropped,
 * since the phrase has no source line. Returns an error message when it is not one target.
 */
export function parseTargetPhrase(phrase: string): { target: Target } | { error: string } {
  const trimmed = phrase.trim();
  if (!trimmed) return { error: 'Type a target, for example "≥ 90%", "under 2 days" or "4/5".' };
  const { target, unreadable } = readTarget(trimmed);
  if (!target) {
    return { error: unreadable ? `Cannot read ${quote(unreadable.phrase)}: ${unreadable.reason}.` : `No number in ${quote(trimmed)}.` };
  }
  const { column: _column, ...rest } = target;
  return { target: rest };
}
