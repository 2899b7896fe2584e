import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/lib/schema.ts';
import { CLOSE_TOLERANCE, evaluate, readValue, summarise } from '../../../src/lib/targets/evaluate-target.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';

const target = (phrase: string): Target => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

// [target as the documents write it, typed value, reading shown, status, gap text]
const CASES: Array<[string, string, string, string, string]> = [
  // percent (80%, 90%, 60%, 30% in the seeds)
  ['80%', '85', '85 %', 'met', 'meets the target by 5 points'],
  ['80%', '85%', '85 %', 'met', 'meets the target by 5 points'],
  ['80%', '85 %', '85 %', 'met', 'meets the target by 5 points'],
  ['80%', '45/50', '90 %', 'met', 'meets the target by 10 points'],
  ['80%', '80', '80 %', 'met', 'exactly on target'],
  ['80%', '75', '75 %', 'close', '5 points short'],
  ['80%', '72', '72 %', 'close', '8 points short'],
  ['80%', '71.9', '71.9 %', 'not-met', '8.1 points short'],
  ['90%', '0.85', '85 %', 'close', '5 points short'],
  ['90%', '0.85%', '0.85 %', 'not-met', '89.15 points short'],
  ['60%', '0', '0 %', 'not-met', '60 points short'],
  ['30%', '100', '100 %', 'met', 'meets the target by 70 points'],
  ['80%', '79,5', '79.5 %', 'close', '0.5 points short'],
  ['80%', '40 / 40', '100 %', 'met', 'meets the target by 20 points'],
  // durations (1 second, 24hrs, 36hrs)
  ['1 second', '1.3', '1.3 s', 'not-met', '0.3 s over target'],
  ['1 second', '850 ms', '0.85 s', 'met', 'meets the target by 0.15 s'],
  ['1 second', '1.05 s', '1.05 s', 'close', '0.05 s over target'],
  ['1 second', '0', '0 s', 'met', 'meets the target by 1 s'],
  ['24hrs', '20', '20 h', 'met', 'meets the target by 4 h'],
  ['24hrs', '20h', '20 h', 'met', 'meets the target by 4 h'],
  ['24hrs', '20 hrs', '20 h', 'met', 'meets the target by 4 h'],
  ['24hrs', '1.5 days', '36 h', 'not-met', '12 h over target'],
  ['24hrs', '90 min', '1.5 h', 'met', 'meets the target by 22.5 h'],
  ['24hrs', '1 h 30 min', '1.5 h', 'met', 'meets the target by 22.5 h'],
  ['24hrs', '26', '26 h', 'close', '2 h over target'],
  ['24hrs', '24', '24 h', 'met', 'exactly on target'],
  ['36hrs', '2 days', '48 h', 'not-met', '12 h over target'],
  ['36hrs', '1 week', '168 h', 'not-met', '132 h over target'],
  ['under 2 days', '30 h', '1.25 d', 'met', 'meets the target by 0.75 d'],
  // counts (25k, 100k, 10, 15, 2, 30, 1)
  ['25k transactions', '23000', '23,000 transactions', 'close', '2,000 transactions short'],
  ['25k transactions', '25,000', '25,000 transactions', 'met', 'exactly on target'],
  ['25k transactions', '25k', '25,000 transactions', 'met', 'exactly on target'],
  ['25k transactions', '1.2M', '1,200,000 transactions', 'met', 'meets the target by 1,175,000 transactions'],
  ['100k API calls', '80k', '80,000 API calls', 'not-met', '20,000 API calls short'],
  ['10 new sample integrations', '9', '9 new sample integrations', 'close', '1 new sample integrations short'],
  ['15 technical partnerships', '16', '16 technical partnerships', 'met', 'meets the target by 1 technical partnerships'],
  ['1 developer events', '0', '0 developer events', 'not-met', '1 developer events short'],
  ['2 developer community channels', '2', '2 developer community channels', 'met', 'exactly on target'],
  // scores (7/10, 4/5, 3.5/5)
  ['7/10', '7.5', '7.5 / 10', 'met', 'meets the target by 0.5 points on the 10-point scale'],
  ['7/10', '7.5/10', '7.5 / 10', 'met', 'meets the target by 0.5 points on the 10-point scale'],
  ['7/10', '3.8/5', '7.6 / 10', 'met', 'meets the target by 0.6 points on the 10-point scale'],
  ['7/10', '6.5', '6.5 / 10', 'close', '0.5 points on the 10-point scale short'],
  ['4/5', '3', '3 / 5', 'not-met', '1 point on the 5-point scale short'],
  ['4/5', '8/10', '4 / 5', 'met', 'exactly on target'],
  ['3.5/5', '3.2', '3.2 / 5', 'close', '0.3 points on the 5-point scale short'],
  // explicit directions typed as custom targets
  ['≥ 90%', '91', '91 %', 'met', 'meets the target by 1 point'],
  ['at most 5%', '6', '6 %', 'not-met', '1 point over target'],
  ['no more than 3 incidents', '0', '0 incidents', 'met', 'meets the target by 3 incidents'],
];

describe('readValue and evaluate', () => {
  it.each(CASES)('target %s, typed "%s" → %s, %s, %s', (phrase, typed, text, status, gapText) => {
    const t = target(phrase);
    const reading = readValue(typed, t);
    if ('error' in reading) throw new Error(reading.error);
    expect(reading.text).toBe(text);
    const verdict = evaluate(t, reading.value);
    expect([verdict.status, verdict.gapText]).toEqual([status, gapText]);
  });
});

// [target, typed, the message shown beside the input]
const BAD: Array<[string, string, RegExp]> = [
  ['80%', '', /^Enter a value/],
  ['80%', '   ', /^Enter a value/],
  ['80%', 'abc', /^Type a percentage/],
  ['80%', 'eighty', /^Type a percentage/],
  ['80%', '150%', /runs from 0 to 100/],
  ['80%', '-5', /negative/],
  ['80%', 'Infinity', /too large/],
  ['80%', '1e309', /too large/],
  ['80%', '45/0', /must be more than 0/],
  ['80%', '60/50', /more than all of them/],
  ['80%', 'I think it was about 85 percent last quarter', /just the number/],
  ['24hrs', '-3h', /duration cannot be negative/],
  ['24hrs', '20 parsecs', /not a unit of time/],
  ['24hrs', 'soon', /Type a duration/],
  ['24hrs', '1e309', /too large/],
  ['25k transactions', '25q', /Type a number/],
  ['25k transactions', '99999999999999', /too large/],
  ['7/10', '11', /above its scale of 10/],
  ['7/10', '4/0', /scale after/],
  ['7/10', 'great', /Type a score/],
  ['4/5', '∞', /too large/],
];

describe('readValue on bad input', () => {
  it.each(BAD)('target %s, typed "%s" → message', (phrase, typed, message) => {
    const reading = readValue(typed, target(phrase));
    expect('error' in reading && reading.error).toMatch(message);
  });
});

describe('ambiguous forms are echoed with how they were read', () => {
  it('explains fractions and decimal commas', () => {
    expect(readValue('0.85', target('90%'))).toEqual({
      value: 85,
      text: '85 %',
      note: 'read 0.85 as a fraction; type 0.85% for less than one percent',
    });
    expect(readValue('1,5', target('24hrs'))).toMatchObject({ value: 5400, note: 'read the comma in “1,5” as a decimal point' });
    expect(readValue('3.8/5', target('7/10'))).toMatchObject({ note: 'rescaled from 3.8 / 5' });
  });
});

describe('evaluate', () => {
  it('counts an actual of 0 against an at-most target as met', () => {
    expect(evaluate(target('24hrs'), 0)).toMatchObject({ status: 'met', attainment: Infinity });
  });

  it('uses one tolerance for close', () => {
    expect(CLOSE_TOLERANCE).toBe(0.1);
    expect(evaluate(target('80%'), 72).status).toBe('close');
    expect(evaluate(target('80%'), 71.99).status).toBe('not-met');
    expect(evaluate(target('24hrs'), (24 / 0.9) * 3600).status).toBe('close');
  });
});

describe('summarise', () => {
  it('caps each attainment at 100 % so an overshoot cannot hide a miss', () => {
    const t = target('80%');
    const s = summarise([evaluate(t, 160), evaluate(t, 40)]);
    expect(s).toEqual({ entered: 2, met: 1, close: 0, meanAttainment: 0.75 });
    expect(summarise([])).toEqual({ entered: 0, met: 0, close: 0, meanAttainment: null });
  });
});
