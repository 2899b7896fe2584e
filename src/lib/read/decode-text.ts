/**
 * Decodes document bytes as UTF-16 when sniffing found it, else as UTF-8, falling back to
 * Windows-1252 when they are not valid UTF-8.
 */
import type { Utf16 } from './sniff-bytes.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | Utf16;
  /** Byte offset of the first invalid UTF-8 sequence, when the fallback was used. */
  invalidAt: number | null;
}

/** Finds the first offset at which `data` stops being valid UTF-8, or null when it is valid. */
function firstInvalidUtf8(data: Uint8Array): number | null {
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > data.length) return i;
    for (let k = 1; k < len; k++) if ((data[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return null;
}

/** Decodes bytes, preferring strict UTF-8; a BOM is kept here and stripped by normalisation. */
export function decodeText(data: Uint8Array, utf16?: Utf16): DecodedText {
  // Unpaired surrogates become U+FFFD rather than failing: the text is still worth reading.
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(data), encoding: utf16, invalidAt: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data), encoding: 'utf-8', invalidAt: null };
  } catch {
    return {
      text: decodeWindows1252(data),
      encoding: 'windows-1252',
      invalidAt: firstInvalidUtf8(data),
    };
  }
}
