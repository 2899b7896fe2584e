/**
 * Windows-1252 both ways. Node's TextDecoder reads "windows-1252" as ISO-8859-1 (0x95 becomes
 * U+0095, not "•"), so the table is kept here rather than trusting the runtime.
 */

/** Bytes 0x80–0x9F as Windows-1252 characters; the five unassigned bytes map to C1 controls, as WHATWG does. */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes bytes as Windows-1252. */
export function decodeWindows1252(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) {
    const chunk = Array.from(data.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/** Maps one character back to the Windows-1252 byte it decodes from, or -1 when there is none. */
export function windows1252Byte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const high = CP1252_HIGH.indexOf(ch);
  return high >= 0 ? 0x80 + high : -1;
}
