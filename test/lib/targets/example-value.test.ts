import { describe, expect, it } from 'vitest';
import { evaluate, readValue } from '../../../src/lib/targets/evaluate-target.ts';
import { exampleValue } from '../../../src/lib/targets/example-value.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';

const target = (phrase: string) => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

describe('exampleValue', () => {
  it.each([
    ['4/5', '4.2/5'],
    ['7/10', '7.6/10'],
    ['1 second', '0.8 s'],
    ['2 developer community channels', '3'],
    ['24hrs', '19 h'],
    ['80%', '85%'],
    ['under €4.50', '€3.60'],
    ['$50k MRR', '$55,000'],
    ['30–45 days', '38 d'],
    ['reduce by 20% YoY', '−25% or 120 → 90'],
    ['3x quota', '3.3x'],
    ['0 incidents', '0'],
  ])('suggests from %s: %s', (phrase, example) => {
    expect(exampleValue(target(phrase), null)).toBe(example);
  });

  it.each([
    '4/5',
    '7/10',
    '3.5/5',
    '1 second',
    '850 ms',
    '24hrs',
    '2 business days',
    '80%',
    '99.9%',
    '> 90%',
    'below 3%',
    '100%',
    '2 developer community channels',
    '1 developer events',
    'more than 10 demos',
    'fewer than 5 bugs',
    '0 incidents',
    '25k',
    'under €4.50',
    '$50k MRR',
    '$0.80',
    '30–45 days',
    'between 80 and 90%',
    'reduce by 20% YoY',
    'increase by 15% QoQ',
    'within ±10% of commit',
    '3x quota',
    'grow 2x',
  ])('suggests a value for %s that reads and meets it', (phrase) => {
    const t = target(phrase);
    const example = exampleValue(t, null).split(' or ')[0]!;
    const reading = readValue(example, t);
    if ('error' in reading) throw new Error(`${phrase}: "${example}": ${reading.error}`);
    expect(evaluate(t, reading.value).status, `${phrase}: ${example}`).toBe('met');
  });
});
