/**
 * The example a value input suggests, built from the KPI's own target so that it reads as the
 * target does and typing it gives a verdict, never an error: "4.2/5" for a 4/5 score, "0.8 s" for
 * a one-second limit, "3" for a count of 2, "€4.05" under €4.50, "−25% or 120 → 90" for a cut of 20 %.
 */
import type { Target, TargetKind } from '../schema.ts';
import { formatMoney, formatNumber, formatSigned } from './format-target.ts';

/** Two significant figures, so an example is a number someone would type. */
const nice = (n: number): number => (n === 0 ? 0 : Number(n.toPrecision(2)));

/** A value on the good side of the target, or the middle of a range. */
function goodValue(t: Target): number {
  if (t.direction === 'between') return nice((t.value + (t.max ?? t.value)) / 2);
  const up = t.direction === 'at-least';
  const v = t.value;
  switch (t.kind) {
    case 'percent':
      return up ? nice(Math.min(100, v + Math.max(0.1, Math.min(5, (100 - v) / 2)))) : nice(v * 0.8);
    case 'score':
      return up ? nice(v + ((t.outOf ?? 10) - v) / 5) : nice(v * 0.8);
    case 'count': {
      const step = Math.max(1, Math.round(v * 0.1));
      return up ? v + step : Math.max(0, v - step);
    }
    case 'change':
      return nice(v * 1.25) || (up ? 5 : -5);
    default:
      return up ? nice(v * 1.1) || 1 : nice(v * 0.8);
  }
}

/** The placeholder for a KPI's value input: "e.g. 4.2/5". */
export function exampleValue(target: Target | null, kind: TargetKind | null): string {
  if (!target)
    return { percent: '85%', duration: '20h', count: '25', score: '7.5', currency: '1200', change: '−5%', ratio: '2x' }[kind ?? 'percent'];
  const v = goodValue(target);
  switch (target.kind) {
    case 'percent':
      return `${formatNumber(v)}%`;
    case 'score':
      return `${formatNumber(v)}/${formatNumber(target.outOf ?? 10)}`;
    case 'duration':
      return `${formatNumber(v)} ${target.unit}`;
    case 'count':
      return formatNumber(v);
    case 'currency':
      return formatMoney(v, target.currency ?? target.unit);
    case 'change': {
      const baseline = 120;
      return `${formatSigned(v)}% or ${baseline} → ${formatNumber(nice(baseline * (1 + v / 100)))}`;
    }
    case 'ratio':
      return `${formatNumber(v)}x`;
  }
}
