import { describe, expect, it } from 'vitest';
import { type Formula, formulaSchema } from '../../../src/lib/schema.ts';
import { evaluateFormula } from '../../../src/lib/targets/evaluate-formula.ts';
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
