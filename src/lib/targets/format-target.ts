/** Formats a target as a badge that reads the same to everyone: "≥ 80 %", "≤ 24 h", "≥ 7 / 10". */
import { pluralNoun } from '../plural.ts';
import type { Direction, Measure, Target } from '../schema.ts';
import { kindNoun } from './kinds.ts';
import { DURATION_UNITS, durationByUnit, PERCENT_UNIT, SUBSECOND_UNIT } from './units.ts';

/** Numbers as people write them: grouped thousands, no trailing zeros. */
export const formatNumber = (n: number): string => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** The units formatSeconds picks from, longest first. */
const SHOWN_UNITS = DURATION_UNITS.filter((u) => u.showsSeconds).sort((a, b) => b.seconds - a.seconds);

/** A number of seconds in the largest unit that keeps it readable: "6 h", "1.5 d", "850 ms". */
export function formatSeconds(seconds: number): string {
  for (const u of SHOWN_UNITS) if (Math.abs(seconds) >= u.seconds) return `${formatNumber(seconds / u.seconds)} ${u.unit}`;
  return seconds === 0 ? `0 ${SHOWN_UNITS.at(-1)!.unit}` : `${formatNumber(seconds / SUBSECOND_UNIT.seconds)} ${SUBSECOND_UNIT.unit}`;
}

export interface TargetBadge {
  /** Compact form shown on screen: "≥ 80 %". */
  text: string;
  /** The same in words, for screen readers and print: "at least 80 percent". */
  words: string;
}

const SYMBOL: Record<Direction, string> = { 'at-least': '≥', 'at-most': '≤' };
const WORDS: Record<Direction, string> = { 'at-least': 'at least', 'at-most': 'at most' };
const BETTER: Record<Direction, string> = { 'at-least': 'higher is better', 'at-most': 'lower is better' };

/** The value and unit without direction: "80 %", "24 h", "7 / 10", "25,000 transactions". */
export function formatQuantity(t: Pick<Target, 'kind' | 'value' | 'unit' | 'outOf'>): { text: string; words: string } {
  const n = formatNumber(t.value);
  switch (t.kind) {
    case 'percent':
      return { text: `${n} ${PERCENT_UNIT.unit}`, words: `${n} ${pluralNoun(t.value, PERCENT_UNIT.one, PERCENT_UNIT.many)}` };
    case 'score':
      return { text: `${n} / ${formatNumber(t.outOf ?? 0)}`, words: `${n} out of ${formatNumber(t.outOf ?? 0)}` };
    case 'duration': {
      const u = durationByUnit(t.unit);
      return { text: `${n} ${t.unit}`, words: `${n} ${u ? pluralNoun(t.value, u.one, u.many) : t.unit}` };
    }
    case 'count':
      return { text: t.unit ? `${n} ${t.unit}` : n, words: t.unit ? `${n} ${t.unit}` : n };
  }
}

/** Builds the badge for a KPI's target. */
export function formatTarget(t: Target): TargetBadge {
  const q = formatQuantity(t);
  return { text: `${SYMBOL[t.direction]} ${q.text}`, words: `${WORDS[t.direction]} ${q.words}` };
}

/** Describes what a KPI without a number implies, e.g. "a percentage, higher is better". */
export function describeMeasure(m: Measure): string | null {
  if (!m.kind && !m.direction) return null;
  return [m.kind ? kindNoun(m.kind) : null, m.direction ? BETTER[m.direction] : null].filter(Boolean).join(', ');
}
