import { describe, expect, it } from 'vitest';
import { inRecord, kpiRecord, periodOf } from '../../../src/lib/read/kpi-record.ts';
import type { Target } from '../../../src/lib/schema.ts';
import { readTarget } from '../../../src/lib/targets/parse-target.ts';

const read = (phrase: string): Target | null => readTarget(phrase).target;

describe('kpiRecord', () => {
  it("reads a register row's owner, frequency, source, polarity and RAG bands from its kept columns", () => {
    const notes = [
      'Amber: 65% - 75%',
      'Red: < 65%',
      'KPI Owner: Service Desk Manager',
      'Frequency: Monthly',
      'Data source: ServiceNow',
      'Polarity: Higher is better',
    ];
    const record = kpiRecord(notes, 'First contact resolution', read('≥ 75%'), read);
    expect(record).toMatchObject({
      owner: 'Service Desk Manager',
      frequency: 'Monthly',
      period: 'month',
      dataSource: 'ServiceNow',
      polarity: 'Higher is better',
      bands: { amber: '65% - 75%', red: '< 65%' },
      amber: { kind: 'percent', direction: 'between', value: 65, max: 75 },
    });
    expect(notes.map((n) => inRecord(n, record))).toEqual([true, true, true, true, true, true]);
    expect(inRecord('Owner: someone else', record)).toBe(false);
  });

  it("takes a scorecard's threshold as the band up to the target, in the target's direction", () => {
    expect(kpiRecord(['Minimum acceptable: 8%'], 'Abandoned call rate', read('≤ 5%'), read).amber).toMatchObject({
      direction: 'at-most',
      value: 8,
    });
  });

  it('reads "amber 90–95 %" and "(monthly)" in the KPI’s own words', () => {
    const record = kpiRecord(undefined, 'Calls answered in 20 s (monthly): 95%, amber 90–95%', read('95%'), read);
    expect(record).toMatchObject({ frequency: 'monthly', period: 'month', bands: { amber: '90–95%' } });
    expect(record.amber).toMatchObject({ value: 90, max: 95 });
  });

  it('keeps no band that is in another unit or on the side the target is met', () => {
    expect(kpiRecord(['Amber: 2 days'], 'x', read('≥ 95%'), read).amber).toBeUndefined();
    expect(kpiRecord(['Amber: 96% - 99%'], 'x', read('≥ 95%'), read).amber).toBeUndefined();
    expect(kpiRecord(['Amber: n/a'], 'x', read('0'), read).amber).toBeUndefined();
  });

  it('names periods in English and as European registers write them', () => {
    expect(['Weekly', 'per quarter', 'jährlich', 'mensuel', 'Termly'].map(periodOf)).toEqual([
      'week',
      'quarter',
      'year',
      'month',
      undefined,
    ]);
  });
});
