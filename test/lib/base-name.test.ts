import { describe, expect, it } from 'vitest';
import { baseName } from '../../src/lib/base-name.ts';

describe('baseName', () => {
  it('keeps the part after the last slash', () => {
    expect([baseName('seeds/000_619243cf29085ed7.txt'), baseName('a/b/c.md'), baseName('plain.txt')]).toEqual([
      '000_619243cf29085ed7.txt',
      'c.md',
      'plain.txt',
    ]);
  });
});
