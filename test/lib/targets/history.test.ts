import { describe, expect, it } from 'vitest';
import { parseHistory, periodKey, previousValue, recordValue, series } from '../../../src/lib/targets/history.ts';

describe('history', () => {
  it('names the period a day falls in, sortable as text', () => {
    const d = new Date(2026, 11, 7);
    expect((['day', 'week', 'month', 'quarter', 'year'] as const).map((p) => periodKey(p, d))).toEqual([
      '2026-12-07',
      '2026-W50',
      '2026-12',
      '2026-Q4',
      '2026',
    ]);
    // 1 January 2027 is a Friday: it belongs to ISO week 53 of 2026.
    expect(periodKey('week', new Date(2027, 0, 1))).toBe('2026-W53');
  });

  it('keeps one value per KPI and period, removes it when emptied, and finds the period before', () => {
    let h = recordValue({}, 1, '2026-11', ' 72 ');
    h = recordValue(h, 1, '2026-12', '85');
    h = recordValue(h, 2, '2026-12', '3');
    expect(series(h, 1)).toEqual([
      { key: '2026-11', value: '72' },
      { key: '2026-12', value: '85' },
    ]);
    expect(previousValue(h, 1, '2026-12')).toEqual({ key: '2026-11', value: '72' });
    expect(previousValue(h, 1, '2026-11')).toBeNull();
    expect(recordValue(h, 2, '2026-12', '')).toEqual({ 1: { '2026-11': '72', '2026-12': '85' } });
  });

  it('reads stored history, dropping what is not a map of maps of strings', () => {
    expect(parseHistory('{"1":{"2026-11":"72","bad":3},"2":[1],"3":"x"}')).toEqual({ 1: { '2026-11': '72' } });
    expect(parseHistory('not json')).toEqual({});
    expect(parseHistory(null)).toEqual({});
  });
});
