import { describe, expect, it } from 'vitest';
import { filtersFrom, searchWith } from '../../../src/lib/handbook/filter-address.ts';

describe('filtersFrom', () => {
  it('reads each named filter, empty when absent, ignoring others', () => {
    expect(filtersFrom('?q=stand-ups+backend&kind=duration&utm=x', ['q', 'kind', 'target'])).toEqual({
      q: 'stand-ups backend',
      kind: 'duration',
      target: '',
    });
    expect(filtersFrom('', ['q'])).toEqual({ q: '' });
    expect(filtersFrom('?q=%E2%89%A5%2090%25', ['q'])).toEqual({ q: '≥ 90%' });
  });
});

describe('searchWith', () => {
  it('sets the filters, drops empty ones and keeps other parameters', () => {
    expect(searchWith('', { q: 'qa', kind: '' })).toBe('?q=qa');
    expect(searchWith('?q=qa&utm=x', { q: '  ', kind: 'duration' })).toBe('?utm=x&kind=duration');
    expect(searchWith('?q=qa', { q: '' })).toBe('');
  });

  it('round-trips any text a reader types', () => {
    const q = 'Stand-ups & sprint “reviews” ≥ 80% #1 a+b';
    expect(filtersFrom(searchWith('', { q }), ['q'])).toEqual({ q });
  });
});
