/**
 * Control characters in text that came from the documents, made inert. In a terminal or a log, a
 * file name, a zip entry's name or a quoted line could otherwise carry escape codes that clear the
 * screen, a line break that forges a log line, or a direction override that shows one name as
 * another; on a page, the direction controls alone can do the last.
 */

/** C0 and C1 controls (tab and line breaks among them), DEL, line and paragraph separators, and direction controls. */
const CONTROL_RE = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** A character written as its escape: ESC as `\x1b`, a line break as `\x0a`, U+202E as `\u202e`. */
function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Each control character written as its escape. */
export const escapeControls = (text: string): string => text.replace(CONTROL_RE, escaped);

/**
 * Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Invisible, they
 * can make a name display as another ("Analyst" over "tsylanA"); right-to-left text needs none of
 * them to show right. The marks (U+200E, U+200F) are harmless and not among them.
 */
export const DIRECTION_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/gu;

/** A source line as written, but with each direction control shown (`\u202e`) rather than reordering the text. */
export const showDirectionControls = (text: string): string => text.replace(DIRECTION_CONTROL_RE, escaped);
