/** Classifies raw file bytes as text, a known non-text document format, or other binary data. */
export type ByteSniff = { kind: 'text' } | { kind: 'empty' } | { kind: 'document'; format: string } | { kind: 'binary'; offset: number };

const SIGNATURES: ReadonlyArray<{ bytes: number[]; format: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], format: 'PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'ZIP/Office (docx, xlsx, odt)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'legacy Office (doc, xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: 'RTF' },
];

const startsWith = (data: Uint8Array, prefix: number[]): boolean => data.length >= prefix.length && prefix.every((b, i) => data[i] === b);

/** True for C0 control bytes that never occur in a hand-written text document. */
const isControl = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;

/**
 * Looks at the bytes, not the extension: a NUL or a run of control bytes means binary, and
 * well-known document signatures are named so the message can say what the file is.
 */
export function sniffBytes(data: Uint8Array): ByteSniff {
  for (const { bytes, format } of SIGNATURES) if (startsWith(data, bytes)) return { kind: 'document', format };
  let controls = 0;
  let nonSpace = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0) return { kind: 'binary', offset: i };
    if (isControl(b) && ++controls > 8) return { kind: 'binary', offset: i };
    if (!nonSpace && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xa0) nonSpace = true;
  }
  return nonSpace ? { kind: 'text' } : { kind: 'empty' };
}
