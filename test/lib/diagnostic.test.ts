import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnostic, formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { diagnosticSchema } from '../../src/lib/schema.ts';

describe('formatDiagnostic', () => {
  it('starts with file:line:col and takes the severity from the code', () => {
    expect(formatDiagnostic(diagnostic('duplicate-role', 'seeds/a.txt', 12, 3, 'msg'))).toBe(
      'seeds/a.txt:12:3  warning  duplicate-role  msg',
    );
    expect(formatDiagnostic(diagnostic('binary-file', 'seeds/b.bin', 0, 0, 'binary'))).toBe('seeds/b.bin  error  binary-file  binary');
  });
});

describe('diagnostic codes', () => {
  it('rejects a code that is not in the list', () => {
    const ok = diagnostic('misspelling', 'seeds/a.txt', 1, 1, 'm');
    expect(diagnosticSchema.safeParse(ok).success).toBe(true);
    expect(diagnosticSchema.safeParse({ ...ok, code: 'mispelling' }).success).toBe(false);
  });

  it('names an owner module for every code', () => {
    for (const info of Object.values(DIAGNOSTIC_CODES)) expect(info.owner).toMatch(/^(read|targets|handbook|health)\/[a-z-]+$/);
  });
});
