import { describe, expect, it } from 'vitest';
import { quote } from '../../src/lib/quote.ts';

describe('quote', () => {
  it('trims, quotes and shortens text', () => {
    expect(quote('  hi  ')).toBe('“hi”');
    expect(quote('x'.repeat(100), 10)).toBe(`“${'x'.repeat(9)}…”`);
  });
});
