/** Targets as organisations write them, read by the one target grammar (parse-target.ts). */
import { describe, expect, it } from 'vitest';
import { readTarget } from '../../../src/lib/targets/parse-target.ts';

const read = (text: string) => readTarget(text).target;

describe('numbers that are not targets', () => {
  it.each([
    'closed by 30.09.2025',
    'reported by 30/09/2025',
    'due 2025-09-30',
    'By working day 5',
    'in week 3',
    'ISO 27001 certified',
    'Tier 2 escalation desk',
    'Band 7 nurse',
    'valid from 12/2025',
  ])('%s has no target', (text) => {
    expect(read(text)).toBeNull();
  });

  it('still reads the quantity after such a name', () => {
    expect(read('Tier 2 tickets: 90%')).toMatchObject({ kind: 'percent', value: 90 });
    expect(read('Level 3 support within 4 hours')).toMatchObject({ kind: 'duration', seconds: 4 * 3600 });
    expect(read('7.5/10 in the annual survey')).toMatchObject({ kind: 'score', value: 7.5, outOf: 10 });
  });
});

describe('zero written in words', () => {
  it('reads "None", "Nil" and "no critical non-conformances" as at most zero', () => {
    for (const text of ['none', 'Nil.', 'Health & safety audit – no critical non-conformances', 'No overdue actions']) {
      expect(read(text)).toMatchObject({ value: 0, direction: 'at-most' });
    }
  });

  it('reads no zero where the words say no target is set', () => {
    for (const text of ['No target', 'no target set', 'Reported monthly – no formal target', 'no data yet', 'Nothing']) {
      expect(read(text)).toBeNull();
    }
  });
});

describe('signs, money and parts of a KPI line', () => {
  it('reads "+35 or higher" and "at least +20" as levels, and refuses an unbounded "+5"', () => {
    expect(read('+35 or higher')).toMatchObject({ value: 35, direction: 'at-least' });
    expect(read('eNPS of at least +20')).toMatchObject({ value: 20, direction: 'at-least' });
    expect(readTarget('+5 headcount')).toMatchObject({ target: null, unreadable: { phrase: '+5' } });
    expect(readTarget('+35', { signedLevel: true }).target).toMatchObject({ value: 35 });
  });

  it('reads a currency symbol spaced from the amount or after it', () => {
    expect(read('≤ € 1,250,000 per quarter')).toMatchObject({ kind: 'currency', currency: 'EUR', value: 1250000, direction: 'at-most' });
    expect(read('2,450,000 £')).toMatchObject({ kind: 'currency', currency: 'GBP', value: 2450000 });
    expect(read('25k hours')).toMatchObject({ kind: 'duration', value: 25000, seconds: 25000 * 3600 });
  });

  it('reads the target after a spaced dash, and outside the parentheses that qualify a name', () => {
    expect(read('Critical security patches applied within 14 days of release – 95%')).toMatchObject({ kind: 'percent', value: 95 });
    expect(read('Aged stock (over 26 weeks): less than 5% of stockholding')).toMatchObject({ value: 5, direction: 'at-most' });
  });

  it('reads units in other languages', () => {
    expect(read('≤ 24 Stunden')).toMatchObject({ seconds: 24 * 3600, direction: 'at-most' });
    expect(read('2 Arbeitstage')).toMatchObject({ unit: 'business d' });
    expect(read('5 jours')).toMatchObject({ unit: 'd' });
  });
});
