import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/lib/schema.ts';
import { CLOSE_TOLERANCE, evaluate, readValue, summarise, summaryWords } from '../../../src/lib/targets/evaluate-target.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';

const target = (phrase: string): Target => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

// [target as the documents write it, typed value, reading shown, status, gap text]
const CASES: Array<[string, string, string, string, string]> = [
  // percent (80%, 90%, 60%, 30% in the seeds)
  ['80%', '85', '85 %', 'met', 'exceeds the target by 5 percentage points'],
  ['80%', '85%', '85 %', 'met', 'exceeds the target by 5 percentage points'],
  ['80%', '85 %', '85 %', 'met', 'exceeds the target by 5 percentage points'],
  ['80%', '45/50', '90 %', 'met', 'exceeds the target by 10 percentage points'],
  ['80%', '80', '80 %', 'met', 'exactly on target'],
  ['80%', '75', '75 %', 'close', '5 percentage points short of the target'],
  ['80%', '72', '72 %', 'close', '8 percentage points short of the target'],
  ['80%', '71.9', '71.9 %', 'not-met', '8.1 percentage points short of the target'],
  ['80%', '79.999', '79.999 %', 'close', '0.001 percentage points short of the target'],
  ['80%', '81', '81 %', 'met', 'exceeds the target by 1 percentage point'],
  ['90%', '0.85', '85 %', 'close', '5 percentage points short of the target'],
  ['90%', '0.85%', '0.85 %', 'not-met', '89.15 percentage points short of the target'],
  ['60%', '0', '0 %', 'not-met', '60 percentage points short of the target'],
  ['30%', '100', '100 %', 'met', 'exceeds the target by 70 percentage points'],
  ['80%', '79,5', '79.5 %', 'close', '0.5 percentage points short of the target'],
  ['80%', '40 / 40', '100 %', 'met', 'exceeds the target by 20 percentage points'],
  // strict bounds: exactly on the bound is not met
  ['> 90%', '90', '90 %', 'close', 'exactly on the limit, which the target (more than 90 %) excludes'],
  ['> 90%', '90.5', '90.5 %', 'met', 'exceeds the target by 0.5 percentage points'],
  ['more than 10 demos', '10', '10 demos', 'close', 'exactly on the limit, which the target (more than 10 demos) excludes'],
  ['more than 10 demos', '11', '11 demos', 'met', 'exceeds 10 demos by 1'],
  ['< 24h', '24', '24 h', 'close', 'exactly on the limit, which the target (less than 24 h) excludes'],
  ['< 24h', '23.5', '23.5 h', 'met', '0.5 h under the target'],
  ['under 2 days', '30 h', '1.25 d', 'met', '0.75 d under the target'],
  ['under 2 days', '2', '2 d', 'close', 'exactly on the limit, which the target (less than 2 d) excludes'],
  ['below 3%', '2.9', '2.9 %', 'met', '0.1 percentage points under the target'],
  ['below 3%', '3', '3 %', 'close', 'exactly on the limit, which the target (less than 3 %) excludes'],
  ['fewer than 5 bugs', '5', '5 bugs', 'close', 'exactly on the limit, which the target (less than 5 bugs) excludes'],
  ['at least 90%', '90', '90 %', 'met', 'exactly on target'],
  // durations (1 second, 24hrs, 36hrs)
  ['1 second', '1.3', '1.3 s', 'not-met', '0.3 s over the target'],
  ['1 second', '850 ms', '0.85 s', 'met', '0.15 s under the target'],
  ['1 second', '1.05 s', '1.05 s', 'close', '0.05 s over the target'],
  ['1 second', '0', '0 s', 'met', '1 s under the target'],
  ['24hrs', '20', '20 h', 'met', '4 h under the target'],
  ['24hrs', '20h', '20 h', 'met', '4 h under the target'],
  ['24hrs', '20 hrs', '20 h', 'met', '4 h under the target'],
  ['24hrs', '1.5 days', '36 h', 'not-met', '12 h over the target'],
  ['24hrs', '90 min', '1.5 h', 'met', '22.5 h under the target'],
  ['24hrs', '1 h 30 min', '1.5 h', 'met', '22.5 h under the target'],
  ['24hrs', '26', '26 h', 'close', '2 h over the target'],
  ['24hrs', '24', '24 h', 'met', 'exactly on target'],
  ['24hrs', '24.001', '24 h', 'close', '0.001 h over the target'],
  ['36hrs', '2 days', '48 h', 'not-met', '12 h over the target'],
  ['36hrs', '1 week', '168 h', 'not-met', '132 h over the target'],
  // counts (25k, 100k, 10, 15, 2, 30, 1): the gap names the target, so its noun always agrees
  ['25k transactions', '23000', '23,000 transactions', 'close', '2,000 short of 25,000 transactions'],
  ['25k transactions', '25,000', '25,000 transactions', 'met', 'exactly on target'],
  ['25k transactions', '25k', '25,000 transactions', 'met', 'exactly on target'],
  ['25k transactions', '1.2M', '1,200,000 transactions', 'met', 'exceeds 25,000 transactions by 1,175,000'],
  ['100k API calls', '80k', '80,000 API calls', 'not-met', '20,000 short of 100,000 API calls'],
  ['100k API calls', '99,999', '99,999 API calls', 'close', '1 short of 100,000 API calls'],
  ['10 new sample integrations', '9', '9 new sample integrations', 'close', '1 short of 10 new sample integrations'],
  ['15 technical partnerships', '16', '16 technical partnerships', 'met', 'exceeds 15 technical partnerships by 1'],
  ['1 developer events', '0', '0 developer events', 'not-met', '1 short of 1 developer events'],
  ['2 developer community channels', '2', '2 developer community channels', 'met', 'exactly on target'],
  ['no more than 3 incidents', '0', '0 incidents', 'met', '3 under the limit of 3 incidents'],
  ['no more than 3 incidents', '4', '4 incidents', 'not-met', '1 over the limit of 3 incidents'],
  ['5 incidents or fewer', '5', '5 incidents', 'met', 'exactly on target'],
  ['5 incidents or fewer', '6', '6 incidents', 'not-met', '1 over the limit of 5 incidents'],
  // zero
  ['0 incidents', '0', '0 incidents', 'met', 'exactly on target'],
  ['0 incidents', '1', '1 incidents', 'not-met', '1 over the limit of 0 incidents'],
  ['zero critical bugs', '2', '2 critical bugs', 'not-met', '2 over the limit of 0 critical bugs'],
  // scores (7/10, 4/5, 3.5/5)
  ['7/10', '7.5', '7.5 / 10', 'met', 'exceeds the target by 0.5 points on the 10-point scale'],
  ['7/10', '7.5/10', '7.5 / 10', 'met', 'exceeds the target by 0.5 points on the 10-point scale'],
  ['7/10', '3.8/5', '7.6 / 10', 'met', 'exceeds the target by 0.6 points on the 10-point scale'],
  ['7/10', '6.5', '6.5 / 10', 'close', '0.5 points on the 10-point scale short of the target'],
  ['4/5', '3', '3 / 5', 'not-met', '1 point on the 5-point scale short of the target'],
  ['4/5', '8/10', '4 / 5', 'met', 'exactly on target'],
  ['3.5/5', '3.2', '3.2 / 5', 'close', '0.3 points on the 5-point scale short of the target'],
  ['at least 4.5/5', '4.6', '4.6 / 5', 'met', 'exceeds the target by 0.1 points on the 5-point scale'],
  // explicit directions typed as custom targets
  ['≥ 90%', '91', '91 %', 'met', 'exceeds the target by 1 percentage point'],
  ['at most 5%', '6', '6 %', 'not-met', '1 percentage point over the target'],
  ['at most 5%', '5.4', '5.4 %', 'close', '0.4 percentage points over the target'],
  // money: the currency of the target, never converted
  ['under €4.50 per invoice', '€4.20', '€4.20', 'met', '€0.30 under the target'],
  ['under €4.50 per invoice', '4.5', '€4.50', 'close', 'exactly on the limit, which the target (less than €4.50) excludes'],
  ['under €4.50 per invoice', '4.80 EUR', '€4.80', 'close', '€0.30 over the target'],
  ['under €4.50 per invoice', '6', '€6', 'not-met', '€1.50 over the target'],
  ['under £1,500 per month', '£1,200', '£1,200', 'met', '£300 under the target'],
  ['under £1,500 per month', '1.6k', '£1,600', 'close', '£100 over the target'],
  ['$50k MRR', '$48k', '$48,000', 'close', '$2,000 short of the target'],
  ['$50k MRR', '62,500', '$62,500', 'met', 'exceeds the target by $12,500'],
  ['$50k MRR', '40000', '$40,000', 'not-met', '$10,000 short of the target'],
  ['at least $2M', 'USD 2.1M', '$2,100,000', 'met', 'exceeds the target by $100,000'],
  ['$0.80', '$0.79', '$0.79', 'close', '$0.01 short of the target'],
  ['50k EUR', '50k EUR', '€50,000', 'met', 'exactly on target'],
  // ranges: below, inside, above
  ['30–45 days', '30', '30 d', 'met', 'within the range'],
  ['30–45 days', '40', '40 d', 'met', 'within the range'],
  ['30–45 days', '45', '45 d', 'met', 'within the range'],
  ['30–45 days', '28', '28 d', 'close', '2 d below the range'],
  ['30–45 days', '20', '20 d', 'not-met', '10 d below the range'],
  ['30–45 days', '48', '48 d', 'close', '3 d above the range'],
  ['30–45 days', '60', '60 d', 'not-met', '15 d above the range'],
  ['3-5 months', '4', '4 mo', 'met', 'within the range'],
  ['3-5 months', '6', '6 mo', 'not-met', '1 mo above the range'],
  ['between 80 and 90%', '85', '85 %', 'met', 'within the range'],
  ['between 80 and 90%', '79', '79 %', 'close', '1 percentage point below the range'],
  ['between 80 and 90%', '100', '100 %', 'not-met', '10 percentage points above the range'],
  ['80–90 %', '90', '90 %', 'met', 'within the range'],
  ['between $3 and $5', '$6', '$6', 'not-met', '$1 above the range'],
  // relative change: the change itself, with its sign, or baseline → current
  ['reduce by 20% YoY', '-25%', '−25 %', 'met', '5 percentage points under the target'],
  ['reduce by 20% YoY', '−20%', '−20 %', 'met', 'exactly on target'],
  ['reduce by 20% YoY', '-18%', '−18 %', 'close', '2 percentage points over the target'],
  ['reduce by 20% YoY', '+5%', '+5 %', 'not-met', '25 percentage points over the target'],
  ['reduce by 20% YoY', '120 → 90', '−25 %', 'met', '5 percentage points under the target'],
  ['reduce by 20% YoY', '120 -> 100', '−16.67 %', 'not-met', '3.33 percentage points over the target'],
  ['increase by 15% QoQ', '+20%', '+20 %', 'met', 'exceeds the target by 5 percentage points'],
  ['increase by 15% QoQ', 'from 100 to 114', '+14 %', 'close', '1 percentage point short of the target'],
  ['increase by 15% QoQ', '-2%', '−2 %', 'not-met', '17 percentage points short of the target'],
  ['grow 2x', '+100%', '+100 %', 'met', 'exactly on target'],
  ['grow 2x', '50 → 90', '+80 %', 'not-met', '20 percentage points short of the target'],
  ['-5%', '-6%', '−6 %', 'met', '1 percentage point under the target'],
  // tolerance: the deviation either way
  ['within ±10% of commit', '+4%', '+4 %', 'met', 'within the range'],
  ['within ±10% of commit', '100 → 88', '−12 %', 'not-met', '2 percentage points below the range'],
  ['within ±10% of commit', '+11%', '+11 %', 'close', '1 percentage point above the range'],
  // multiples
  ['3x quota', '3.5x', '3.5×', 'met', 'exceeds the target by 0.5×'],
  ['3x quota', '2.8', '2.8×', 'close', '0.2× short of the target'],
  ['3x quota', '250/100', '2.5×', 'not-met', '0.5× short of the target'],
  ['2x the previous quarter', '2×', '2×', 'met', 'exactly on target'],
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
  ['under €4.50', '$4', /in EUR; type the amount in EUR/],
  ['under €4.50', 'cheap', /Type an amount/],
  ['reduce by 20% YoY', '18', /with its sign/],
  ['reduce by 20% YoY', '0 → 5', /baseline of 0/],
  ['reduce by 20% YoY', 'less', /Type the change/],
  ['3x quota', 'triple', /Type a multiple/],
  ['3x quota', '3/0', /Type a multiple/],
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
    expect(evaluate(target('24hrs'), 0)).toMatchObject({ status: 'met', attainment: 1 });
  });

  it('uses one tolerance for close: within 10 % of the target, either side', () => {
    expect(CLOSE_TOLERANCE).toBe(0.1);
    expect(evaluate(target('80%'), 72).status).toBe('close');
    expect(evaluate(target('80%'), 71.99).status).toBe('not-met');
    expect(evaluate(target('24hrs'), 26.4 * 3600).status).toBe('close');
    expect(evaluate(target('24hrs'), 26.5 * 3600).status).toBe('not-met');
    expect(evaluate(target('0 incidents'), 1).status).toBe('not-met');
  });
});

describe('summarise and summaryWords', () => {
  it('count every status, name the KPIs not met, count unreadable values apart from empty ones', () => {
    const t = target('80%');
    const s = summarise([
      { name: 'Quality', verdict: evaluate(t, 160) },
      { name: 'Absence', verdict: evaluate(t, 40) },
      { name: 'Accuracy', verdict: evaluate(t, 75) },
    ]);
    expect(s).toEqual({ entered: 3, met: 1, close: 1, notMet: 1, unreadable: 0, missed: ['Absence'] });
    expect(summaryWords(s, 5)).toBe('Of 3 KPIs checked, 1 is met, 1 is close and 1 is not met (Absence); 2 are not checked yet.');
    expect(summaryWords(summarise([{ name: 'Q', verdict: evaluate(t, 90) }], 1), 3)).toBe(
      'Of 1 KPI checked, 1 is met and 0 are not met; 1 value could not be read; 1 is not checked yet.',
    );
    expect(summaryWords(summarise([], 2), 2)).toBe('No KPI checked yet; 2 values could not be read.');
    expect(summaryWords(summarise([]), 4)).toBe('4 KPIs to check. Enter a value to see whether it meets the target.');
  });
});

describe('evaluate with an amber band', () => {
  it('says close inside the band up to its far end, and not met beyond it, whatever the default tolerance says', () => {
    const t = target('≥ 95%');
    const amber = target('90% - 95%');
    expect(evaluate(t, 91, amber).status).toBe('close');
    expect(evaluate(t, 89.9, amber).status).toBe('not-met');
    expect(evaluate(t, 89.9).status).toBe('close');
    const limit = target('≤ 50');
    expect(evaluate(limit, 150, target('51 - 150')).status).toBe('close');
    expect(evaluate(limit, 151, target('51 - 150')).status).toBe('not-met');
    expect(evaluate(limit, 54).status).toBe('close');
    expect(evaluate(t, 96, amber).status).toBe('met');
  });
});
