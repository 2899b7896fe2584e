/** Formats a target as a badge that reads the same to everyone: "≥ 80 %", "≤ 24 h", "≥ 7 / 10". */
import { pluralNoun } from '../plural.ts';
import type { Direction, Measure, Target, TargetOf } from '../schema.ts';
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

type Bound = Exclude<Direction, 'between'>;
const SYMBOL: Record<Bound, [inclusive: string, strict: string]> = { 'at-least': ['≥', '>'], 'at-most': ['≤', '<'] };
const WORDS: Record<Bound, [inclusive: string, strict: string]> = {
  'at-least': ['at least', 'more than'],
  'at-most': ['at most', 'less than'],
};
const BETTER: Record<Bound, string> = { 'at-least': 'higher is better', 'at-most': 'lower is better' };

/** An amount of money as people write it: "€4.50", "$50,000", "CHF 12". */
export function formatMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(value);
  } catch {
    return `${formatNumber(value)} ${currency}`;
  }
}

/** A signed number with a true minus sign: "−20", "+15", "0". */
export const formatSigned = (n: number): string => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');

/** The value and unit without direction: "80 %", "24 h", "7 / 10", "25,000 transactions", "€4.50", "−20 %", "3×". */
/** What formatQuantity needs of a target: its number, unit and kind, with a score's scale and money's currency. */
export type Quantity = Pick<Target, 'value' | 'unit'> &
  (
    | { kind: Exclude<Target['kind'], 'score' | 'currency'> }
    | Pick<TargetOf<'score'>, 'kind' | 'outOf'>
    | Pick<TargetOf<'currency'>, 'kind' | 'currency'>
  );

export function formatQuantity(
  t: Quantity,
  /** Shows every digit of the number, never rounded: a typed value "79.999" must not read "80". */
  exact = false,
): {
  text: string;
  words: string;
} {
  const n = exact ? t.value.toLocaleString('en', { maximumFractionDigits: 10 }) : formatNumber(t.value);
  switch (t.kind) {
    case 'percent':
      return { text: `${n} ${PERCENT_UNIT.unit}`, words: `${n} ${pluralNoun(t.value, PERCENT_UNIT.one, PERCENT_UNIT.many)}` };
    case 'score':
      return { text: `${n} / ${formatNumber(t.outOf)}`, words: `${n} out of ${formatNumber(t.outOf)}` };
    case 'duration': {
      const u = durationByUnit(t.unit);
      return { text: `${n} ${t.unit}`, words: `${n} ${u ? pluralNoun(t.value, u.one, u.many) : t.unit}` };
    }
    case 'count':
      return { text: t.unit ? `${n} ${t.unit}` : n, words: t.unit ? `${n} ${t.unit}` : n };
    case 'currency': {
      const money = formatMoney(t.value, t.currency);
      return { text: money, words: money };
    }
    case 'change':
      return { text: `${formatSigned(t.value)} ${PERCENT_UNIT.unit}`, words: `${formatSigned(t.value)} ${PERCENT_UNIT.many}` };
    case 'ratio':
      return { text: `${n}×`, words: `${n} ${pluralNoun(t.value, 'time', 'times')}` };
  }
}

/** Builds the badge for a KPI's target: "≥ 80 %", "< 24 h", "30–45 d", "≤ −20 % YoY", "≥ 3× quota". */
export function formatTarget(t: Target): TargetBadge {
  const q = formatQuantity(t);
  const reference = t.kind === 'ratio' || t.kind === 'change' ? t.reference : undefined;
  const tail = [t.kind === 'change' ? t.period : undefined, reference ? (t.kind === 'ratio' ? reference : `of ${reference}`) : undefined]
    .filter(Boolean)
    .join(' ');
  const withTail = (s: string) => (tail ? `${s} ${tail}` : s);
  if (t.direction === 'between') {
    const high = formatQuantity({ ...t, value: t.max ?? t.value });
    if (t.kind === 'change' && t.max === -t.value) {
      return { text: withTail(`±${formatNumber(t.max)} %`), words: withTail(`within ${formatNumber(t.max)} percent either way`) };
    }
    const lowText = t.kind === 'currency' || t.kind === 'change' ? q.text : formatNumber(t.value);
    return { text: withTail(`${lowText}–${high.text}`), words: withTail(`between ${q.words} and ${high.words}`) };
  }
  const strict = t.strict ? 1 : 0;
  if (t.kind === 'change') {
    const size = formatNumber(Math.abs(t.value));
    const down = t.value < 0;
    // A cut of "at most −20 %" is a fall of at least 20: the size's bound is the other way round.
    const sizeBound: Bound = down === (t.direction === 'at-most') ? 'at-least' : 'at-most';
    const bound = WORDS[sizeBound][strict];
    return {
      text: withTail(`${SYMBOL[t.direction][strict]} ${q.text}`),
      words: withTail(`${down ? 'down' : 'up'} by ${bound} ${size} percent`),
    };
  }
  return { text: withTail(`${SYMBOL[t.direction][strict]} ${q.text}`), words: withTail(`${WORDS[t.direction][strict]} ${q.words}`) };
}

/** Describes what a KPI without a number implies, e.g. "a percentage, higher is better". */
export function describeMeasure(m: Measure): string | null {
  if (!m.kind && !m.direction) return null;
  const better = m.direction && m.direction !== 'between' ? BETTER[m.direction] : null;
  return [m.kind ? kindNoun(m.kind) : null, better].filter(Boolean).join(', ');
}
