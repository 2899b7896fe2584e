import { describe, expect, it } from 'vitest';
import { type Formula, formulaSchema } from '../../../src/lib/schema.ts';
import { computeFormula, evaluateFormula } from '../../../src/lib/targets/evaluate-formula.ts';
import { evaluate, readValue } from '../../../src/lib/targets/evaluate-target.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';
import { readGlossary } from '../../../src/loaders/read-glossary.ts';
import { ROOT } from '../helpers.ts';

const f = (op: Formula['op'], ids: string[]): Formula =>
  formulaSchema.parse({
    op,
    expression: op,
    result: 'percent',
    inputs: ids.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1), kind: 'count' })),
  });

describe('evaluateFormula', () => {
  it('computes each operation', () => {
    expect(evaluateFormula(f('percent-of', ['passed', 'run']), { passed: 45, run: 50 })).toEqual({ value: 90 });
    expect(evaluateFormula(f('mean', ['total', 'count']), { total: 432000, count: 20 })).toEqual({ value: 21600 });
    expect(
      evaluateFormula(f('net-percent', ['promoters', 'detractors', 'respondents']), { promoters: 30, detractors: 10, respondents: 50 }),
    ).toEqual({ value: 40 });
  });

  it('explains impossible inputs instead of returning Infinity or NaN', () => {
    expect(evaluateFormula(f('percent-of', ['passed', 'run']), { passed: 1, run: 0 })).toEqual({ error: 'Run must be more than 0.' });
    expect(evaluateFormula(f('percent-of', ['passed', 'run']), { passed: 60, run: 50 })).toEqual({ error: 'Passed cannot exceed run.' });
    expect(evaluateFormula(f('percent-of', ['passed', 'run']), { passed: -1, run: 5 })).toEqual({ error: 'Passed cannot be negative.' });
    expect(evaluateFormula(f('mean', ['total', 'count']), { total: Number.POSITIVE_INFINITY, count: 2 })).toEqual({
      error: 'Enter total.',
    });
    expect(
      evaluateFormula(f('net-percent', ['promoters', 'detractors', 'respondents']), { promoters: 30, detractors: 30, respondents: 50 }),
    ).toEqual({ error: 'Promoters and detractors cannot exceed respondents.' });
  });

  it('rejects a formula with the wrong number of inputs', () => {
    expect(() => f('net-percent', ['a', 'b'])).toThrow(/net-percent takes 3/);
  });
});

describe('the glossary in content/', () => {
  it('covers the measures the issue lists, each with a formula whose example computes', async () => {
    const entries = readGlossary(ROOT).map((g) => g.data);
    expect(entries.map((e) => e.term)).toEqual(
      expect.arrayContaining([
        'Average time to resolve',
        'Customer satisfaction',
        'Defect rate',
        'Lead conversion rate',
        'Net promoter score',
        'On-time delivery rate',
        'Quality assurance pass rate',
        'Resource utilisation',
      ]),
    );
    for (const e of entries) {
      expect(e.formula, e.term).not.toBeNull();
      expect(evaluateFormula(e.formula!, e.formula!.example ?? {}), e.term).toHaveProperty('value');
    }
  });
});

const targetOf = (phrase: string) => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

describe('computeFormula', () => {
  const mean = f('mean', ['total', 'count']);
  const meanOfDurations = {
    ...mean,
    result: 'duration' as const,
    inputs: [{ ...mean.inputs[0]!, kind: 'duration' as const }, mean.inputs[1]!],
  };

  it('computes only when every input is readable', () => {
    const passRate = f('percent-of', ['passed', 'run']);
    expect(computeFormula(passRate, ['45', ''], null)).toEqual({ message: '' });
    expect(computeFormula(passRate, ['45', 'many'], null)).toEqual({ message: expect.stringMatching(/^Run: /) });
    expect(computeFormula(passRate, ['2', '3'], null)).toEqual({ value: '66.67%' });
  });

  it('keeps a mean of durations in the target’s unit, so 120 hours over 5 issues is 24 h, not 24 s', () => {
    const target = targetOf('24hrs');
    const r = computeFormula(meanOfDurations, ['120', '5'], target);
    expect(r).toEqual({ value: '24 h' });
    const reading = readValue((r as { value: string }).value, target);
    expect(reading).toMatchObject({ value: 86400 });
    expect(evaluate(target, (reading as { value: number }).value)).toMatchObject({ status: 'met', gapText: 'exactly on target' });
  });

  it('keeps the unit typed, and asks for one when there is no duration target', () => {
    expect(computeFormula(meanOfDurations, ['90 min', '3'], targetOf('24hrs'))).toEqual({ value: '30 min' });
    expect(computeFormula(meanOfDurations, ['120', '5'], null)).toEqual({ message: expect.stringMatching(/add a unit of time/) });
    expect(computeFormula(meanOfDurations, ['2 days', '4'], null)).toEqual({ value: '12 h' });
  });

  it('runs every glossary formula with the unit of a target of its result kind, and the verdict reads the value back', async () => {
    const entries = readGlossary(ROOT);
    const targets = { percent: '80%', duration: '24hrs', score: '7/10', count: '10' } as const;
    for (const g of entries) {
      const formula = g.data.formula;
      if (!formula?.example) continue;
      // A fixed-scale score (NPS, out of 100) is only offered for targets on its scale.
      const target = targetOf(formula.scale ? `50/${formula.scale}` : targets[formula.result as keyof typeof targets]);
      const unit = target.kind === 'duration' ? 3600 : 1;
      const raw = formula.inputs.map((i) => String(i.kind === 'duration' ? formula.example![i.id]! / unit : formula.example![i.id]!));
      const r = computeFormula(formula, raw, target);
      expect(r, g.id).toHaveProperty('value');
      const expected = evaluateFormula(formula, formula.example);
      const reading = readValue((r as { value: string }).value, target);
      expect(
        'value' in reading && 'value' in expected && Math.abs(reading.value - expected.value) < 0.01,
        `${g.id}: ${JSON.stringify(r)}`,
      ).toBe(true);
    }
  });
});
