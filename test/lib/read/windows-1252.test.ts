import { describe, expect, it } from 'vitest';
import { decodeWindows1252, windows1252Byte } from '../../../src/lib/read/windows-1252.ts';

describe('windows-1252', () => {
  it('decodes the 0x80–0x9F range as Windows-1252, not Latin-1', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x95, 0x96, 0x99, 0xe9, 0x41]))).toBe('€•–™éA');
  });

  it('maps characters back to their bytes', () => {
    expect(['€', '’', 'é', 'A', '\u0081', 'Ā'].map(windows1252Byte)).toEqual([0x80, 0x92, 0xe9, 0x41, 0x81, -1]);
  });
});
