/** Classifies raw file bytes as text, a known non-text document format, or other binary data. */
export type ByteSniff =
  | { kind: 'text'; utf16?: Utf16 }
  | { kind: 'empty'; utf16?: Utf16 }
  | { kind: 'document'; format: string }
  | { kind: 'binary'; offset: number };

/** The two byte orders of UTF-16, as Windows Notepad and Excel save "Unicode" text. */
export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 by its byte-order mark, or, without one, by the NUL in every other byte that text written
 * mostly in Latin letters has in UTF-16 (and that no UTF-8 or Windows-1252 text has at all).
 */
export function utf16Of(data: Uint8Array): Utf16 | null {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  const n = Math.min(data.length, 2048) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i++) if (data[i] === 0) i % 2 ? oddZero++ : evenZero++;
  if (evenZero === 0 && oddZero >= 0.6 * (n / 2)) return 'utf-16le';
  if (oddZero === 0 && evenZero >= 0.6 * (n / 2)) return 'utf-16be';
  return null;
}

const SIGNATURES: ReadonlyArray<{ bytes: number[]; format: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], format: 'PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'ZIP/Office (docx, xlsx, odt)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'legacy Office (doc, xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: 'RTF' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (data: Uint8Array, prefix: number[]): boolean => data.length >= prefix.length && prefix.every((b, i) => data[i] === b);

/** True for C0 control bytes that never occur in a hand-written text document. */
const isControl = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;

/**
 * Looks at the bytes, not the extension: a NUL or a run of control bytes means binary, and
 * well-known document signatures are named so the message can say what the file is.
 */
export function sniffBytes(data: Uint8Array): ByteSniff {
  for (const { bytes, format } of SIGNATURES) if (startsWith(data, bytes)) return { kind: 'document', format };
  const utf16 = utf16Of(data);
  if (utf16) return sniffUtf16(data, utf16);
  let controls = 0;
  let nonSpace = false;
  // A UTF-8 byte-order mark is no content: a file holding only one (and white space) is empty.
  const start = startsWith(data, UTF8_BOM) ? UTF8_BOM.length : 0;
  for (let i = start; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0) return { kind: 'binary', offset: i };
    if (isControl(b) && ++controls > 8) return { kind: 'binary', offset: i };
    if (!nonSpace && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xa0) nonSpace = true;
  }
  return nonSpace ? { kind: 'text' } : { kind: 'empty' };
}

/** The same checks on UTF-16 text, made on its characters: its NUL bytes are half of its letters. */
function sniffUtf16(data: Uint8Array, utf16: Utf16): ByteSniff {
  const text = new TextDecoder(utf16).decode(data);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 0x20 && isControl(c) && ++controls > 8)) return { kind: 'binary', offset: i * 2 };
  }
  return /[^\s\u00a0\ufeff]/.test(text) ? { kind: 'text', utf16 } : { kind: 'empty', utf16 };
}
