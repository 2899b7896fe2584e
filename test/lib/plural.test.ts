import { describe, expect, it } from 'vitest';
import { plural, pluralNoun } from '../../src/lib/plural.ts';

describe('plural', () => {
  it('agrees with the count', () => {
    expect([plural(0, 'role'), plural(1, 'role'), plural(2, 'role'), plural(12000, 'KPI'), plural(2, 'child', 'children')]).toEqual([
      '0 roles',
      '1 role',
      '2 roles',
      '12,000 KPIs',
      '2 children',
    ]);
  });
});

describe('pluralNoun', () => {
  it('gives the noun alone, for counts formatted another way', () => {
    expect([
      pluralNoun(1, 'point'),
      pluralNoun(0.5, 'point'),
      pluralNoun(2, 'hour'),
      pluralNoun(1, 'day', 'days'),
      pluralNoun(3, 'per cent', 'per cent'),
    ]).toEqual(['point', 'points', 'hours', 'day', 'per cent']);
  });
});
