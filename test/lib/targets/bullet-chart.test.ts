import { describe, expect, it } from 'vitest';
import { bulletChart } from '../../../src/lib/targets/bullet-chart.ts';
import { evaluate } from '../../../src/lib/targets/evaluate-target.ts';
import { readTarget } from '../../../src/lib/targets/parse-target.ts';

const t = (phrase: string) => readTarget(phrase).target!;
const chart = (target: string, actual: number, amber?: string) => {
  const tg = t(target);
  const am = amber ? t(amber) : undefined;
  return bulletChart(tg, actual, evaluate(tg, actual, am), { value: String(actual), target }, am);
};

describe('bulletChart', () => {
  it('puts the good band past the target for "at least", with the close band before it and the value’s bar where it ends', () => {
    const c = chart('≥ 80%', 75);
    expect(c.bands.map((b) => b.kind)).toEqual(['miss', 'close', 'good']);
    expect(c.marks).toEqual([0.8]);
    expect(c.value).toBeCloseTo(0.75);
    expect(c.label).toBe('75 against the target ≥ 80%: close.');
  });

  it('puts the good band first for "at most", and draws the amber band the document gives', () => {
    const c = chart('≤ 20', 35, '21 - 40');
    expect(c.bands.map((b) => b.kind)).toEqual(['good', 'close', 'miss']);
    expect(c.bands[1]!.to).toBeCloseTo(40 / Math.max(25, 38.5, 44));
    expect(c.label).toBe('35 against the target ≤ 20: close (close means inside the amber band).');
  });

  it('marks both ends of a range and keeps every share between 0 and 1', () => {
    const c = chart('30–45 days', 60 * 86400);
    expect(c.marks).toHaveLength(2);
    for (const b of c.bands) {
      expect(b.from).toBeGreaterThanOrEqual(0);
      expect(b.to).toBeLessThanOrEqual(1);
    }
    expect(c.value).toBeLessThanOrEqual(1);
  });
});
