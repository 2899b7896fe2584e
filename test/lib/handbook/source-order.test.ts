import { describe, expect, it } from 'vitest';
import { bySource } from '../../../src/lib/handbook/source-order.ts';

describe('bySource', () => {
  it('orders by file, then line', () => {
    const items = [
      { id: 'c', source: { file: 'b.txt', line: 1 } },
      { id: 'b', source: { file: 'a.txt', line: 10 } },
      { id: 'a', source: { file: 'a.txt', line: 2 } },
    ];
    expect(items.sort(bySource).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
