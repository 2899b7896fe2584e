import { describe, expect, it } from 'vitest';
import { arrayEntryLines } from '../../src/lib/json-lines.ts';

describe('arrayEntryLines', () => {
  it('gives the line each top-level entry starts on, ignoring brackets in strings and nested arrays', () => {
    const json = '[\n  { "a": "x, [y]" },\n  {\n    "b": [1,\n 2]\n  }, 3,\n  "s"\n]\n';
    expect(arrayEntryLines(json)).toEqual([2, 3, 6, 7]);
    expect(JSON.parse(json)).toHaveLength(4);
  });

  it('gives nothing for an empty array', () => {
    expect(arrayEntryLines('[ ]')).toEqual([]);
  });
});
