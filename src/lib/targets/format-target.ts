/** Formats a target as a badge that reads the same to everyone: "≥ 80 %", "≤ 24 h", "≥ 7 / 10". */
import type { Direction, Measure, Target } from '../schema.ts';

const UNIT_WORDS: Record<string, [string, string]> = {
  ms: ['millisecond', 'milliseconds'],
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  'business d': ['business day', 'business days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  yr: ['year', 'years'],
};

/** Numbers as people write them: grouped thousands, no trailing zeros. */
export const formatNumber = (n: number): string => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** A number of seconds in the largest unit that keeps it readable: "6 h", "1.5 d", "850 ms". */
export function formatSeconds(seconds: number): string {
  const units: Array<[string, number]> = [
    ['d', 86400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return `${formatNumber(seconds / size)} ${unit}`;
  return seconds === 0 ? '0 s' : `${formatNumber(seconds * 1000)} ms`;
}

export interface TargetBadge {
  /** Compact form shown on screen: "≥ 80 %". */
  text: string;
  /** The same in words, for screen readers and print: "at least 80 percent". */
  words: string;
}

const SYMBOL: Record<Direction, string> = { 'at-least': '≥', 'at-most': '≤' };
const WORDS: Record<Direction, string> = { 'at-least': 'at least', 'at-most': 'at most' };

/** The value and unit without direction: "80 %", "24 h", "7 / 10", "25,000 transactions". */
export function formatQuantity(t: Pick<Target, 'kind' | 'value' | 'unit' | 'outOf'>): { text: string; words: string } {
  const n = formatNumber(t.value);
  switch (t.kind) {
    case 'percent':
      return { text: `${n} %`, words: `${n} percent` };
    case 'score':
      return { text: `${n} / ${formatNumber(t.outOf ?? 0)}`, words: `${n} out of ${formatNumber(t.outOf ?? 0)}` };
    case 'duration': {
      const [one, many] = UNIT_WORDS[t.unit] ?? [t.unit, t.unit];
      return { text: `${n} ${t.unit}`, words: `${n} ${t.value === 1 ? one : many}` };
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

const KIND_WORDS = { percent: 'a percentage', duration: 'a duration', count: 'a count', score: 'a score' } as const;

/** Describes what a KPI without a number implies, e.g. "a percentage, higher is better". */
export function describeMeasure(m: Measure): string | null {
  if (!m.kind && !m.direction) return null;
  const better = m.direction === 'at-most' ? 'lower is better' : m.direction === 'at-least' ? 'higher is better' : null;
  return [m.kind ? KIND_WORDS[m.kind] : null, better].filter(Boolean).join(', ');
}
