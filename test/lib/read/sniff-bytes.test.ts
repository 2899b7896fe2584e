import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../src/lib/read/sniff-bytes.ts';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniffBytes', () => {
  it('recognises text, empty text and document formats', () => {
    expect(sniffBytes(bytes('# KPIs\n- 80%\n'))).toEqual({ kind: 'text' });
    expect(sniffBytes(bytes(' \n\t\r\n'))).toEqual({ kind: 'empty' });
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toEqual({ kind: 'document', format: 'PDF' });
    expect(sniffBytes(bytes('PK\x03\x04rest'))).toMatchObject({ kind: 'document', format: expect.stringContaining('docx') });
  });

  it('calls anything with a NUL or many control bytes binary', () => {
    expect(sniffBytes(bytes('abc\x00def'))).toEqual({ kind: 'binary', offset: 3 });
    expect(sniffBytes(bytes('\x01\x02\x03\x04\x05\x06\x07\x08\x0e'))).toEqual({ kind: 'binary', offset: 8 });
  });
});
