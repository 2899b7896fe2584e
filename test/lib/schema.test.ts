import { describe, expect, it } from 'vitest';
import { targetSchema } from '../../src/lib/schema.ts';
import { parseTargetPhrase } from '../../src/lib/targets/parse-target.ts';

const base = { raw: 'x', value: 7, unit: '', direction: 'at-least', directionSource: 'explicit' } as const;

describe('targetSchema, one shape per kind', () => {
  it.each([
    ['score', 'outOf'],
    ['duration', 'seconds'],
    ['currency', 'currency'],
  ])('rejects a %s without its %s', (kind, field) => {
    const result = targetSchema.safeParse({ ...base, kind });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('drops a field another kind owns, so a percent never carries a scale', () => {
    const parsed = targetSchema.parse({ ...base, kind: 'percent', outOf: 10 });
    expect(parsed).not.toHaveProperty('outOf');
  });

  it.each(['7/10', '24hrs', 'under €4.50', '30–45 days', 'reduce by 20% YoY', '3x quota', '95%', '25k'])(
    'every target the reader makes passes the schema: %s',
    (phrase) => {
      const read = parseTargetPhrase(phrase);
      if (!('target' in read)) throw new Error(`${phrase}: ${read.error}`);
      expect(targetSchema.parse(read.target)).toEqual(read.target);
    },
  );
});
