/** Repairs UTF-8 text that was once decoded as Windows-1252 ("companyâ€™s" → "company’s"). */
import { CP1252_HIGH, windows1252Byte } from './windows-1252.ts';

const CONT = `[${CP1252_HIGH}\u00A0-\u00BF]`;
/** A UTF-8 lead byte read as cp1252 (Â-ô) followed by the right number of continuation bytes. */
const MOJIBAKE_RE = new RegExp(`[\u00C2-\u00DF]${CONT}|[\u00E0-\u00EF]${CONT}{2}|[\u00F0-\u00F4]${CONT}{3}`, 'g');

const strict = new TextDecoder('utf-8', { fatal: true });

export interface MojibakeRepair {
  /** 0-based offset in the input string. */
  index: number;
  from: string;
  to: string;
}

/** Returns the repaired text and each repair made; sequences that do not decode are left alone. */
export function repairMojibake(text: string): { text: string; repairs: MojibakeRepair[] } {
  const repairs: MojibakeRepair[] = [];
  const out = text.replace(MOJIBAKE_RE, (match, index: number) => {
    const bytes = Array.from(match, windows1252Byte);
    if (bytes.some((b) => b < 0)) return match;
    try {
      const to = strict.decode(new Uint8Array(bytes));
      // A real repair yields one non-Latin-1 character, or an accented letter from Â/Ã pairs.
      if ([...to].length !== 1) return match;
      repairs.push({ index, from: match, to });
      return to;
    } catch {
      return match;
    }
  });
  return { text: out, repairs };
}
