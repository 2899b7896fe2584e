import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/lib/schema.ts';
import { describeMeasure, formatNumber, formatQuantity, formatSeconds, formatTarget } from '../../../src/lib/targets/format-target.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';

const t = (phrase: string): Target => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

describe('formatTarget', () => {
  it.each([
    ['80%', '≥ 80 %', 'at least 80 percent'],
    ['24hrs', '≤ 24 h', 'at most 24 hours'],
    ['1 second', '≤ 1 s', 'at most 1 second'],
    ['7/10', '≥ 7 / 10', 'at least 7 out of 10'],
    ['3.5/5', '≥ 3.5 / 5', 'at least 3.5 out of 5'],
    ['25k transactions', '≥ 25,000 transactions', 'at least 25,000 transactions'],
    ['under 2 business days', '< 2 business d', 'less than 2 business days'],
    ['within 2 business days', '≤ 2 business d', 'at most 2 business days'],
    ['under €4.50 per invoice', '< €4.50', 'less than €4.50'],
    ['$50k MRR', '≥ $50,000', 'at least $50,000'],
    ['30–45 days', '30–45 d', 'between 30 days and 45 days'],
    ['between 80 and 90%', '80–90 %', 'between 80 percent and 90 percent'],
    ['Rep attrition: reduce by 20% YoY', '≤ −20 % YoY', 'down by at least 20 percent YoY'],
    ['increase by 15% QoQ', '≥ +15 % QoQ', 'up by at least 15 percent QoQ'],
    ['within ±10% of commit', '±10 % of commit', 'within 10 percent either way of commit'],
    ['3x quota', '≥ 3× quota', 'at least 3 times quota'],
    ['> 90%', '> 90 %', 'more than 90 percent'],
    ['0 incidents', '≤ 0 incidents', 'at most 0 incidents'],
    ['no more than 5% errors', '≤ 5 %', 'at most 5 percent'],
  ])('%s reads "%s" and "%s"', (phrase, text, words) => {
    expect(formatTarget(t(phrase))).toEqual({ text, words });
  });

  it('formats a bare count without a unit', () => {
    expect(formatQuantity({ kind: 'count', value: 1200, unit: '' })).toEqual({ text: '1,200', words: '1,200' });
  });
});

describe('formatNumber and formatSeconds', () => {
  it('groups thousands and trims decimals', () => {
    expect([formatNumber(25000), formatNumber(3.5), formatNumber(1 / 3)]).toEqual(['25,000', '3.5', '0.33']);
  });

  it('picks a readable unit', () => {
    expect([formatSeconds(21600), formatSeconds(129600), formatSeconds(90), formatSeconds(0.85), formatSeconds(0)]).toEqual([
      '6 h',
      '1.5 d',
      '1.5 min',
      '850 ms',
      '0 s',
    ]);
    expect([formatSeconds(0.0004), formatSeconds(-90)]).toEqual(['0.4 ms', '-1.5 min']);
  });
});

describe('describeMeasure', () => {
  it('says what the wording implies', () => {
    expect(describeMeasure({ kind: 'percent', direction: 'at-least', evidence: [] })).toBe('a percentage, higher is better');
    expect(describeMeasure({ kind: null, direction: 'at-most', evidence: [] })).toBe('lower is better');
    expect(describeMeasure({ kind: null, direction: null, evidence: [] })).toBeNull();
  });
});
