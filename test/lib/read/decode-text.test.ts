import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/read/decode-text.ts';

describe('decodeText', () => {
  it('decodes valid UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('café ’'))).toEqual({ text: 'café ’', encoding: 'utf-8', invalidAt: null });
  });

  it('falls back to Windows-1252 and says where UTF-8 broke', () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x95, 0x20, 0x96]);
    expect(decodeText(bytes)).toEqual({ text: 'café • –', encoding: 'windows-1252', invalidAt: 3 });
  });
});
