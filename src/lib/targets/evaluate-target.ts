/**
 * The calculator's one evaluation module, used by the build and the browser alike: reads a typed
 * value against a target's kind, says met / close / not met, and by how much in the target's unit.
 */

import { plural, pluralNoun } from '../plural.ts';
import { quote } from '../quote.ts';
import type { Target } from '../schema.ts';
import { formatMoney, formatNumber, formatQuantity, formatSigned } from './format-target.ts';
import {
  COUNT_SUFFIX_PATTERN,
  CURRENCY_SYMBOL_PATTERN,
  countMultiplier,
  DURATION_LAST_WORD_PATTERN,
  durationByUnit,
  durationUnit,
  PERCENT_PATTERN,
  tableCurrency,
} from './units.ts';

/** Within this share of the target a miss counts as "close"; the one place to change it. */
export const CLOSE_TOLERANCE = 0.1;

export type Reading = { value: number; text: string; note?: string } | { error: string };
export type Status = 'met' | 'close' | 'not-met';

/** How each status reads: an icon and a word, so the status never rests on colour alone. */
export const STATUS_LABEL: Record<Status, { icon: string; word: string }> = {
  met: { icon: '✓', word: 'Met' },
  close: { icon: '≈', word: 'Close' },
  'not-met': { icon: '✗', word: 'Not met' },
};

export interface Verdict {
  status: Status;
  /** How far towards the target, from 0 to 1 or above; 1 means met (shown as a meter). */
  attainment: number;
  /**
   * actual − target, in the target's own unit (seconds for durations); for a range, the distance
   * past the nearer end (negative below, positive above, 0 inside). Its sign agrees with the verdict.
   */
  gap: number;
  gapText: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\.\d+)`;
const MAX = 1e12;

/**
 * A number and the word after it, taken for a unit of time: a run of letters, or two where a
 * two-word unit ends in the second ("business days"), so that a word that is no unit can be named.
 */
const DURATION_PART = new RegExp(`${NUMBER}\\s*(\\p{L}+(?: ${DURATION_LAST_WORD_PATTERN})?)`, 'giu');
/** A number with an optional percent spelling; a number with an optional count suffix. */
const PERCENT_VALUE = new RegExp(`^(\\S+?)\\s*(${PERCENT_PATTERN})?$`, 'iu');
const COUNT_VALUE = new RegExp(`^(\\S+?)\\s*(${COUNT_SUFFIX_PATTERN})?$`, 'i');
/** An amount of money: an optional symbol or code, the number, an optional suffix and code. */
const MONEY_VALUE = new RegExp(
  `^(?:(${CURRENCY_SYMBOL_PATTERN})|([A-Za-z]{3})\\s*)?\\s*([\\d.,]+)\\s*(${COUNT_SUFFIX_PATTERN})?\\s*([A-Za-z]{3})?$`,
  'iu',
);
/** A change typed as baseline and current value: "120 → 96", "120 -> 96", "from 120 to 96". */
const CHANGE_PAIR = /^(?:from\s+)?(\S+?)\s*(?:→|->|=>|\bto\b)\s*(\S+)$/i;

/** Reads a number as typed: "25,000" groups thousands, any other comma is a decimal comma ("1,5"). */
function readNumber(s: string): { value: number; note?: string } | null {
  if (!new RegExp(`^${NUMBER}$`).test(s)) return null;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, '')) };
  if (s.includes(',')) return { value: Number(s.replace(',', '.')), note: `read the comma in ${quote(s)} as a decimal point` };
  return { value: Number(s) };
}

/**
 * A value shown as the target's kind and unit show it ("85 %", "25,000 transactions"), with every
 * digit typed: a value rounded to the target's own number would contradict its verdict.
 */
const shown = (target: Target, value: number): string => formatQuantity({ ...target, value }, true).text;

const tooBig = (v: number) => !Number.isFinite(v) || v > MAX;

/** Seconds in one of the target's units (3600 for a target in hours). */
export const unitSeconds = (target: Target): number =>
  durationByUnit(target.unit)?.seconds ?? (target.kind === 'duration' && target.value ? target.seconds / target.value : 1);

/** Duration text to seconds: "20" (target's unit), "20h", "1.5 days", "90 min", "1 h 30 min". */
function readDuration(s: string, target: Target): Reading {
  const bare = readNumber(s);
  if (bare)
    return {
      value: bare.value * unitSeconds(target),
      text: `${formatNumber(bare.value)} ${target.unit}`,
      ...(bare.note ? { note: bare.note } : {}),
    };
  const parts = [...s.matchAll(DURATION_PART)];
  if (
    !parts.length ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== s.replace(/\s/g, '')
  )
    return { error: 'Type a duration such as 20, 20h, 1.5 days, 90 min or 1 h 30 min.' };
  let seconds = 0;
  for (const p of parts) {
    const unit = durationUnit(p[2]!);
    const n = readNumber(p[1]!);
    if (!unit || !n) return { error: `${quote(p[2]!)} is not a unit of time; use ms, s, min, h, days or weeks.` };
    seconds += n.value * unit.seconds;
  }
  return { value: seconds, text: formatSecondsIn(seconds, target) };
}

/** Shows seconds in the target's own unit, e.g. 5400 s against a target in hours → "1.5 h". */
function formatSecondsIn(seconds: number, target: Target): string {
  return `${formatNumber(seconds / unitSeconds(target))} ${target.unit}`;
}

/** Reads what a user typed against a target's kind; never throws. */
export function readValue(input: string, target: Target): Reading {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return { error: 'Enter a value.' };
  if (/^[-−]/.test(s) && target.kind !== 'change')
    return {
      error: target.kind === 'duration' ? 'A duration cannot be negative.' : 'A negative value cannot be checked against this target.',
    };
  if (/infinity|∞|e\d/i.test(s)) return { error: 'That number is too large to check.' };
  if (s.length > 40) return { error: 'Type just the number, for example 85 or 85%.' };
  switch (target.kind) {
    case 'percent': {
      const frac = /^(\S+)\s*\/\s*(\S+)$/.exec(s);
      if (frac) {
        const a = readNumber(frac[1]!);
        const b = readNumber(frac[2]!);
        if (!a || !b) return { error: 'Type a share as done/total, for example 45/50.' };
        if (b.value === 0) return { error: 'The total after “/” must be more than 0.' };
        if (a.value > b.value) return { error: `${frac[1]} of ${frac[2]} is more than all of them.` };
        const v = (a.value / b.value) * 100;
        return { value: v, text: shown(target, v), note: `${frac[1]} of ${frac[2]}` };
      }
      const m = PERCENT_VALUE.exec(s);
      const n = m ? readNumber(m[1]!) : null;
      if (!n) return { error: 'Type a percentage such as 85, 85% or 45/50.' };
      let v = n.value;
      let note = n.note;
      if (!m![2] && v > 0 && v < 1) {
        v *= 100;
        note = `read ${s} as a fraction; type ${s}% for less than one percent`;
      }
      if (tooBig(v)) return { error: 'That number is too large to check.' };
      if (v > 100) return { error: 'A percentage runs from 0 to 100.' };
      return { value: v, text: shown(target, v), ...(note ? { note } : {}) };
    }
    case 'duration': {
      const r = readDuration(s, target);
      if ('value' in r && tooBig(r.value)) return { error: 'That number is too large to check.' };
      return r;
    }
    case 'count': {
      const m = COUNT_VALUE.exec(s);
      const n = m ? readNumber(m[1]!) : null;
      if (!n) return { error: 'Type a number such as 25000, 25,000, 25k or 1.2M.' };
      const v = n.value * countMultiplier(m![2]);
      if (tooBig(v)) return { error: 'That number is too large to check.' };
      return { value: v, text: shown(target, v), ...(n.note ? { note: n.note } : {}) };
    }
    case 'currency': {
      const m = MONEY_VALUE.exec(s);
      const n = m ? readNumber(m[3]!) : null;
      if (!m || !n) return { error: `Type an amount such as ${formatMoney(12.5, target.currency)}, 12.50 or 25k.` };
      const written = m[1] ?? m[2] ?? m[5];
      const code = target.currency;
      // A bare "$" typed against a target in any dollar (AUD, CAD…) or peso is that currency, as the document wrote it.
      const dollar = written === '$' && /dollar|peso/i.test(tableCurrency(code)?.one ?? '');
      // A code is compared as typed, a symbol through the table ("€" is EUR).
      const typed = /^[A-Za-z]{3}$/.test(written ?? '') ? written!.toUpperCase() : written ? tableCurrency(written)?.code : undefined;
      if (written && !dollar && typed !== code) {
        return { error: `This target is in ${code}; type the amount in ${code}. Currencies are not converted.` };
      }
      const v = n.value * countMultiplier(m[4]);
      if (tooBig(v)) return { error: 'That number is too large to check.' };
      return { value: v, text: formatMoney(v, code), ...(n.note ? { note: n.note } : {}) };
    }
    case 'change': {
      const pair = CHANGE_PAIR.exec(s);
      if (pair) {
        const a = readNumber(pair[1]!.replace(/[^\d.,]/g, ''));
        const b = readNumber(pair[2]!.replace(/[^\d.,]/g, ''));
        if (!a || !b) return { error: 'Type the baseline and the current value as 120 → 96, or the change as −20%.' };
        if (a.value === 0) return { error: 'A change from a baseline of 0 has no percentage; type the change itself.' };
        const v = ((b.value - a.value) / a.value) * 100;
        return { value: v, text: `${formatSigned(round(v))} %`, note: `from ${pair[1]} to ${pair[2]}` };
      }
      const m = /^([-−+])?\s*([\d.,]+)\s*(?:%|percent|pct)?$/i.exec(s);
      const n = m ? readNumber(m[2]!) : null;
      if (!m || !n) return { error: 'Type the change as −20% or +15%, or the baseline and the current value as 120 → 96.' };
      // A bare 18 against "reduce by 20%" could mean either way: a wrong sign would turn the verdict around.
      if (!m[1] && n.value !== 0) return { error: `Type the change with its sign: −${m[2]}% for a fall, +${m[2]}% for a rise.` };
      const v = (m[1] === '+' || !m[1] ? 1 : -1) * n.value;
      if (tooBig(Math.abs(v))) return { error: 'That number is too large to check.' };
      return { value: v, text: `${formatSigned(v)} %`, ...(n.note ? { note: n.note } : {}) };
    }
    case 'ratio': {
      const frac = /^(\S+)\s*\/\s*(\S+)$/.exec(s);
      if (frac) {
        const a = readNumber(frac[1]!);
        const b = readNumber(frac[2]!);
        if (!a || !b || b.value === 0) return { error: 'Type a multiple such as 2.5 or 2.5x, or achieved / baseline.' };
        const v = a.value / b.value;
        return { value: v, text: `${formatNumber(v)}×`, note: `${frac[1]} ÷ ${frac[2]}` };
      }
      const m = /^(\S+?)\s*[x×]?$/i.exec(s);
      const n = m ? readNumber(m[1]!) : null;
      if (!n) return { error: 'Type a multiple such as 2.5 or 2.5x, or achieved / baseline.' };
      if (tooBig(n.value)) return { error: 'That number is too large to check.' };
      return { value: n.value, text: `${formatNumber(n.value)}×`, ...(n.note ? { note: n.note } : {}) };
    }
    case 'score': {
      const { outOf } = target;
      const m = /^(\S+?)(?:\s*\/\s*(\S+))?$/.exec(s);
      const n = m ? readNumber(m[1]!) : null;
      const scale = m?.[2] ? readNumber(m[2]) : { value: outOf };
      if (!n || !scale) return { error: `Type a score such as 7.5 or 7.5/${formatNumber(outOf)}.` };
      if (scale.value <= 0) return { error: 'The scale after “/” must be more than 0.' };
      if (n.value > scale.value) return { error: `A score cannot be above its scale of ${formatNumber(scale.value)}.` };
      const v = (n.value / scale.value) * outOf;
      const rescaled = scale.value !== outOf;
      return {
        value: v,
        text: `${formatNumber(v)} / ${formatNumber(outOf)}`,
        ...(rescaled ? { note: `rescaled from ${formatNumber(n.value)} / ${formatNumber(scale.value)}` } : {}),
      };
    }
  }
}

/** Rounds for display only. */
const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * A number with just enough decimals that it is not shown as 0 when it is not 0, so that a value
 * a hair below the target never reads "0 points short".
 */
export function preciseNumber(n: number): string {
  for (let digits = 2; digits <= 10; digits++) {
    const shownValue = n.toLocaleString('en', { maximumFractionDigits: digits });
    if (n === 0 || Number(shownValue.replace(/,/g, '')) !== 0) return shownValue;
  }
  return n.toLocaleString('en', { maximumSignificantDigits: 3 });
}

/** An amount in the target's unit, as a gap: "0.3 s", "2 percentage points", "€1.20", "0.5×". */
function gapAmount(amount: number, target: Target): string {
  const a = Math.abs(amount);
  const n = preciseNumber(a);
  switch (target.kind) {
    case 'percent':
    case 'change':
      return `${n} percentage ${pluralNoun(a, 'point')}`;
    case 'score':
      return `${n} ${pluralNoun(a, 'point')} on the ${formatNumber(target.outOf)}-point scale`;
    case 'duration':
      return `${preciseNumber(a / unitSeconds(target))} ${target.unit}`;
    case 'count':
      return n;
    case 'currency':
      // Less than a cent shows as a plain number, so that it never reads "€0.00".
      return a > 0 && a < 0.005 ? `${n} ${target.currency}` : formatMoney(a, target.currency);
    case 'ratio':
      return `${n}×`;
  }
}

/** The target in the unit values are compared in: seconds for durations, the number otherwise. */
export const targetValue = (t: Target): number => (t.kind === 'duration' ? t.seconds : t.value);
/** A range's high end in the same unit. */
export const targetMax = (t: Target): number => (t.kind === 'duration' ? (t.maxSeconds ?? t.seconds) : (t.max ?? t.value));

/** How far from a target ("at least" or "at most") its amber band reaches: the band's far end, in the compared unit. */
export const amberLimit = (target: Target, amber: Target): number =>
  target.direction === 'at-most' ? targetMax(amber) : targetValue(amber);

/** The target as the gap text names it: "100,000 API calls", "24 h", "−20 %". */
const named = (t: Target, value: number): string => formatQuantity({ ...t, value: t.kind === 'duration' ? t.value : value }).text;

/** How close a miss must be to count as "close": CLOSE_TOLERANCE of the bound, and never for a bound of 0. */
const closeEnough = (miss: number, bound: number) => Math.abs(miss) <= CLOSE_TOLERANCE * Math.abs(bound);

/**
 * Whether a miss is "close": inside the document's amber band (up to its far end from the target),
 * else within CLOSE_TOLERANCE of the bound.
 */
function isClose(target: Target, actual: number, gap: number, bound: number, amber: Target | undefined): boolean {
  if (!amber || target.direction === 'between') return closeEnough(gap, bound);
  const far = amberLimit(target, amber);
  return target.direction === 'at-least' ? actual >= far : actual <= far;
}

/**
 * Checks an actual value (as returned by readValue) against a target; `amber`, the KPI's amber
 * band when its document gives one (KpiRecord.amber), says how far a miss may be and still be close.
 */
export function evaluate(target: Target, actual: number, amber?: Target): Verdict {
  const goal = targetValue(target);
  if (target.direction === 'between') {
    const high = targetMax(target);
    const width = Math.max(high - goal, Math.abs(goal), Math.abs(high), 1e-9);
    if (actual < goal) {
      const gap = actual - goal;
      return {
        status: closeEnough(gap, goal || width) ? 'close' : 'not-met',
        attainment: Math.max(0, 1 + gap / width),
        gap,
        gapText: `${gapAmount(gap, target)} below the range`,
      };
    }
    if (actual > high) {
      const gap = actual - high;
      return {
        status: closeEnough(gap, high || width) ? 'close' : 'not-met',
        attainment: Math.max(0, 1 - gap / width),
        gap,
        gapText: `${gapAmount(gap, target)} above the range`,
      };
    }
    return { status: 'met', attainment: 1, gap: 0, gapText: 'within the range' };
  }
  const atLeast = target.direction === 'at-least';
  const gap = actual - goal;
  const met = target.strict ? (atLeast ? gap > 0 : gap < 0) : atLeast ? gap >= 0 : gap <= 0;
  const attainment = met
    ? atLeast && goal > 0
      ? actual / goal
      : !atLeast && actual > 0 && goal > 0
        ? goal / actual
        : 1
    : Math.max(0, 1 - Math.abs(gap) / Math.max(Math.abs(goal), 1e-9));
  const status: Status = met ? 'met' : isClose(target, actual, gap, goal, amber) ? 'close' : 'not-met';
  // A count names its target, so that its noun never has to agree with the gap ("1 short of 100,000 API calls").
  const word = target.kind === 'count' ? (atLeast ? ` ${named(target, goal)}` : ` the limit of ${named(target, goal)}`) : ' the target';
  let gapText: string;
  if (gap === 0)
    gapText = met
      ? 'exactly on target'
      : `exactly on the limit, which the target (${atLeast ? 'more' : 'less'} than ${named(target, goal)}) excludes`;
  else if (met) gapText = atLeast ? `exceeds${word} by ${gapAmount(gap, target)}` : `${gapAmount(gap, target)} under${word}`;
  else gapText = atLeast ? `${gapAmount(gap, target)} short of${word}` : `${gapAmount(gap, target)} over${word}`;
  return { status, attainment, gap, gapText };
}

export interface Summary {
  entered: number;
  met: number;
  close: number;
  notMet: number;
  /** Values typed that could not be read ("abc", 17 done of 15 due): counted apart from KPIs left empty. */
  unreadable: number;
  /** The KPIs not met, by name, in order. */
  missed: string[];
}

/** Counts a role's verdicts by status, naming the KPIs not met; `unreadable` values are counted apart. */
export function summarise(checked: ReadonlyArray<{ name: string; verdict: Verdict }>, unreadable = 0): Summary {
  const by = (status: Status) => checked.filter((c) => c.verdict.status === status);
  return {
    entered: checked.length,
    met: by('met').length,
    close: by('close').length,
    notMet: by('not-met').length,
    unreadable,
    missed: by('not-met').map((c) => c.name),
  };
}

/**
 * The summary in plain words: "Of 5 KPIs checked, 2 are met, 1 is close and 2 are not met
 * (Quality score, Absence rate); 1 value could not be read; 1 is not checked yet."
 */
export function summaryWords(s: Summary, total: number): string {
  if (!s.entered && !s.unreadable) return `${plural(total, 'KPI')} to check. Enter a value to see whether it meets the target.`;
  const is = (n: number) => `${n} ${pluralNoun(n, 'is', 'are')}`;
  const missed = s.missed.length ? ` (${s.missed.join(', ')})` : '';
  const parts = [`${is(s.met)} met`, ...(s.close ? [`${is(s.close)} close`] : []), `${is(s.notMet)} not met${missed}`];
  const last = parts.pop()!;
  const checked = s.entered
    ? `Of ${plural(s.entered, 'KPI')} checked, ${parts.length ? `${parts.join(', ')} and ${last}` : last}`
    : 'No KPI checked yet';
  const unreadable = s.unreadable ? `; ${plural(s.unreadable, 'value')} could not be read` : '';
  const empty = total - s.entered - s.unreadable;
  return `${checked}${unreadable}${empty > 0 ? `; ${is(empty)} not checked yet` : ''}.`;
}
