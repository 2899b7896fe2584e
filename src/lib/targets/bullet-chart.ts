/**
 * A bullet chart of one checked value: the value as a bar against the target's mark, over the
 * bands of the scale that meet the target, are close to it and miss it, drawn the way the target
 * points (for "≤ 24 h" the good band is on the left). Pure geometry and words: the scorecard
 * element draws it as inline SVG, and its text alternative says the same in words.
 */
import type { Target } from '../schema.ts';
import { amberLimit, CLOSE_TOLERANCE, STATUS_LABEL, targetMax, targetValue, type Verdict } from './evaluate-target.ts';

export interface BulletBand {
  kind: 'good' | 'close' | 'miss';
  /** Share of the scale's width, from 0 to 1. */
  from: number;
  to: number;
}

export interface BulletChart {
  bands: BulletBand[];
  /** Where the value's bar ends and the target's mark stands (its range's two ends for "between"), from 0 to 1. */
  value: number;
  marks: number[];
  /** The chart in words, for its text alternative: "85 % against the target ≥ 80 %: met." */
  label: string;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The chart of `actual` (in the target's compared unit) against `target`, with the band a miss is
 * still close in: the document's amber band where it gives one, else the default tolerance.
 */
export function bulletChart(
  target: Target,
  actual: number,
  verdict: Verdict,
  words: { value: string; target: string },
  amber?: Target,
): BulletChart {
  // Values in the unit the target compares in: seconds for a duration.
  const goal = targetValue(target);
  const goalHigh = targetMax(target);
  const atMost = target.direction === 'at-most';
  const tolerance = Math.abs(goal) * CLOSE_TOLERANCE;
  const closeEdge = amber ? amberLimit(target, amber) : atMost ? goal + tolerance : goal - tolerance;
  const top = Math.max(goalHigh * 1.25, actual * 1.1, closeEdge * 1.1, target.kind === 'percent' && !atMost ? 100 : 0, 1e-9);
  const bottom = Math.min(0, actual, goal);
  const at = (n: number) => clamp((n - bottom) / (top - bottom));
  let bands: BulletBand[];
  if (target.direction === 'between') {
    const below = at(goal - tolerance);
    const above = at(goalHigh + Math.abs(goalHigh) * CLOSE_TOLERANCE);
    bands = [
      { kind: 'miss', from: 0, to: below },
      { kind: 'close', from: below, to: at(goal) },
      { kind: 'good', from: at(goal), to: at(goalHigh) },
      { kind: 'close', from: at(goalHigh), to: above },
      { kind: 'miss', from: above, to: 1 },
    ];
  } else if (atMost) {
    bands = [
      { kind: 'good', from: 0, to: at(goal) },
      { kind: 'close', from: at(goal), to: at(closeEdge) },
      { kind: 'miss', from: at(closeEdge), to: 1 },
    ];
  } else {
    bands = [
      { kind: 'miss', from: 0, to: at(closeEdge) },
      { kind: 'close', from: at(closeEdge), to: at(goal) },
      { kind: 'good', from: at(goal), to: 1 },
    ];
  }
  return {
    bands: bands.filter((b) => b.to > b.from),
    value: at(actual),
    marks: target.direction === 'between' ? [at(goal), at(goalHigh)] : [at(goal)],
    label: `${words.value} against the target ${words.target}: ${STATUS_LABEL[verdict.status].word.toLowerCase()}${amber ? ' (close means inside the amber band)' : ''}.`,
  };
}
