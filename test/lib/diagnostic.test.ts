import { describe, expect, it } from 'vitest';
import { diagnostic, formatDiagnostic, quote } from '../../src/lib/diagnostic.ts';

describe('formatDiagnostic', () => {
  it('starts with file:line:col', () => {
    expect(formatDiagnostic(diagnostic('warning', 'x', 'seeds/a.txt', 12, 3, 'msg'))).toBe('seeds/a.txt:12:3  warning  x  msg');
    expect(formatDiagnostic(diagnostic('error', 'bin', 'seeds/b.bin', 0, 0, 'binary'))).toBe('seeds/b.bin  error  bin  binary');
  });

  it('quotes and shortens text', () => {
    expect(quote('  hi  ')).toBe('"hi"');
    expect(quote('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });
});
