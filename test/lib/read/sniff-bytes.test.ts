import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../src/lib/read/sniff-bytes.ts';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniffBytes', () => {
  it('recognises text, empty text and document formats', () => {
    expect(sniffBytes(bytes('# KPIs\n- 80%\n'))).toEqual({ kind: 'text' });
    expect(sniffBytes(bytes(' \n\t\r\n'))).toEqual({ kind: 'empty' });
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20]))).toEqual({ kind: 'empty' });
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toEqual({ kind: 'document', format: 'PDF' });
    expect(sniffBytes(bytes('PK\x03\x04rest'))).toMatchObject({ kind: 'document', format: expect.stringContaining('docx') });
  });

  it('calls anything with a NUL or many control bytes binary', () => {
    expect(sniffBytes(bytes('abc\x00def'))).toEqual({ kind: 'binary', offset: 3 });
    expect(sniffBytes(bytes('\x01\x02\x03\x04\x05\x06\x07\x08\x0e'))).toEqual({ kind: 'binary', offset: 8 });
  });
});

describe('UTF-16', () => {
  const text = '# KPIs\n- 80% “done”\n';
  const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
  const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(text, 'utf16le').swap16())]);
  it('is text, by its byte-order mark or by its NUL bytes, not binary', () => {
    expect(sniffBytes(le)).toEqual({ kind: 'text', utf16: 'utf-16le' });
    expect(sniffBytes(be)).toEqual({ kind: 'text', utf16: 'utf-16be' });
    expect(sniffBytes(le.subarray(2))).toEqual({ kind: 'text', utf16: 'utf-16le' });
  });

  it('is still binary when its characters are controls, and empty when blank', () => {
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0]))).toEqual({ kind: 'binary', offset: 2 });
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x20, 0, 0x0a, 0]))).toEqual({ kind: 'empty', utf16: 'utf-16le' });
  });
});
