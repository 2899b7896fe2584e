/**
 * The calculator's one evaluation module, used by the build and the browser alike: reads a typed
 * value against a target's kind, says met / close / not met, and by how much in the target's unit.
 */

import { pluralNoun } from '../plural.ts';
import { quote } from '../quote.ts';
import type { Target } from '../schema.ts';
import { formatNumber, formatQuantity } from './format-target.ts';
import { COUNT_SUFFIX_PATTERN, countMultiplier, DURATION_LAST_WORD_PATTERN, durationUnit, PERCENT_PATTERN } from './units.ts';

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
  /** actual ÷ target for at-least, target ÷ actual for at-most; 1 means exactly on target. */
  attainment: number;
  /** actual − target, in the target's own unit (seconds for durations). */
  gap: number;
  gapText: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\.\d+)`;
const MAX = 1e12;

/**
 * A number and the word after it, taken for a unit of time: a run of letters, or two where a
 * two-word unit ends in the second ("business days"), so that a word that is no unit can be named.
 */
const DURATION_PART = new RegExp(`${NUMBER}\\s*([a-z]+(?: ${DURATION_LAST_WORD_PATTERN})?)`, 'gi');
/** A number with an optional percent spelling; a number with an optional count suffix. */
const PERCENT_VALUE = new RegExp(`^(\\S+?)\\s*(${PERCENT_PATTERN})?$`, 'iu');
const COUNT_VALUE = new RegExp(`^(\\S+?)\\s*(${COUNT_SUFFIX_PATTERN})?$`, 'i');

/** Reads a number as typed: "25,000" groups thousands, any other comma is a decimal comma ("1,5"). */
function readNumber(s: string): { value: number; note?: string } | null {
  if (!new RegExp(`^${NUMBER}$`).test(s)) return null;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, '')) };
  if (s.includes(',')) return { value: Number(s.replace(',', '.')), note: `read the comma in ${quote(s)} as a decimal point` };
  return { value: Number(s) };
}

/** A value shown as the target's kind and unit show it: "85 %", "25,000 transactions". */
const shown = (target: Target, value: number): string => formatQuantity({ ...target, value }).text;

const tooBig = (v: number) => !Number.isFinite(v) || v > MAX;

/** Seconds in one of the target's units (3600 for a target in hours). */
const unitSeconds = (target: Target): number => (target.seconds ?? 0) / (target.value || 1) || 1;

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
  if (/^-/.test(s))
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
    case 'score': {
      const outOf = target.outOf ?? 10;
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

/** Describes a gap in the target's unit: "0.3 s", "2,000 transactions", "5 points". */
function gapAmount(gap: number, target: Target): string {
  const a = Math.abs(gap);
  switch (target.kind) {
    case 'percent':
      return `${formatNumber(a)} ${pluralNoun(a, 'point')}`;
    case 'score':
      return `${formatNumber(a)} ${pluralNoun(a, 'point')} on the ${formatNumber(target.outOf ?? 10)}-point scale`;
    case 'duration':
      return formatSecondsIn(a, target);
    case 'count':
      return shown(target, a);
  }
}

/** The target in the unit values are compared in: seconds for durations, the number otherwise. */
export const targetValue = (t: Target): number => (t.kind === 'duration' ? (t.seconds ?? t.value) : t.value);

/** Checks an actual value (as returned by readValue) against a target. */
export function evaluate(target: Target, actual: number): Verdict {
  const goal = targetValue(target);
  const atLeast = target.direction === 'at-least';
  const met = atLeast ? actual >= goal : actual <= goal;
  const attainment = atLeast ? (goal === 0 ? 1 : actual / goal) : actual === 0 ? (met ? Infinity : 0) : goal / actual;
  const status: Status = met ? 'met' : attainment >= 1 - CLOSE_TOLERANCE ? 'close' : 'not-met';
  const gap = actual - goal;
  let gapText: string;
  if (gap === 0) gapText = 'exactly on target';
  else if (met) gapText = `meets the target by ${gapAmount(gap, target)}`;
  else if (atLeast) gapText = `${gapAmount(gap, target)} short`;
  else gapText = `${gapAmount(gap, target)} over target`;
  return { status, attainment, gap, gapText };
}

export interface Summary {
  entered: number;
  met: number;
  close: number;
  /** Mean attainment with each KPI capped at 100 %, so one overshoot cannot hide a miss. */
  meanAttainment: number | null;
}

/** Sums up a role's verdicts. */
export function summarise(verdicts: readonly Verdict[]): Summary {
  const capped = verdicts.map((v) => Math.min(1, v.attainment));
  return {
    entered: verdicts.length,
    met: verdicts.filter((v) => v.status === 'met').length,
    close: verdicts.filter((v) => v.status === 'close').length,
    meanAttainment: verdicts.length ? capped.reduce((a, b) => a + b, 0) / verdicts.length : null,
  };
}
