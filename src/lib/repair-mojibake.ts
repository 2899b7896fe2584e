/** Repairs UTF-8 text that was once decoded as Windows-1252 ("companyâ€™s" → "company’s"). */

/** Windows-1252 bytes 0x80–0x9F as the characters a decoder turns them into. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Maps one character back to the Windows-1252 byte it was decoded from, or -1. */
function cp1252Byte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  const high = CP1252_HIGH.indexOf(ch);
  if (high >= 0) return 0x80 + high;
  if (code >= 0xa0 && code <= 0xff) return code;
  return -1;
}

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
    const bytes = Array.from(match, cp1252Byte);
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
