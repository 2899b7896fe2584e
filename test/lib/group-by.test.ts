import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/lib/group-by.ts';

describe('groupBy', () => {
  it('keeps first-seen order of keys and items, and leaves out null keys', () => {
    const groups = groupBy(['b1', 'a1', 'x', 'b2', 'a2'], (s) => (s.length === 2 ? s[0]! : null));
    expect([...groups.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
    ]);
  });
});
