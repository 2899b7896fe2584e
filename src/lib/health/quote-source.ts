/**
 * The offending text of a finding, quoted: its source line (or the entity's own text), cut to a
 * readable window around the column the finding names, with the words it is about marked. Pure:
 * control characters are shown as escapes (`\x1b`, `\u202e`) and the page escapes the rest.
 */
import { escapeControls } from '../control-characters.ts';

/** A quoted line in three parts, so a page can wrap the middle one in `<mark>`. */
export interface Quote {
  /** The text before the marked words, starting with "…" when the line was cut. */
  before: string;
  /** The words the finding is about, or "". */
  mark: string;
  /** The text after them, ending with "…" when the line was cut. */
  after: string;
}

/** Characters a quote keeps at most, about a line and a half of the page's measure. */
export const QUOTE_MAX = 140;

/** A word (or number with its unit) starting at a column: "vverage", "90%", "24hrs". */
const TOKEN_RE = /^[\p{L}\p{N}][\p{L}\p{N}%'’]*(?:[.,][\p{N}]+[\p{L}%]*)*/u;

/** The text a message quotes first (“response response”, "â€™"), the words the finding is about; null when it quotes none. */
export function quotedIn(message: string): string | null {
  const m = /“([^”]+)”|"([^"]+)"/.exec(message);
  return (m?.[1] ?? m?.[2])?.trim() || null;
}

/** Moves an index off the second half of a surrogate pair, so that a cut never splits a character. */
const safe = (text: string, i: number, forward: boolean): number => {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i + (forward ? 1 : -1) : i;
};

/**
 * Quotes `line` for a finding at `column` (1-based; 0 when it names none). The marked words are
 * `about` where the line holds it (at the column first, else anywhere, ignoring case), else the
 * word at the column, unless that is the line's first (a finding about the whole line). A line longer than `max` is cut at word boundaries around the mark.
 */
export function quoteSource(line: string, column: number, about: string | null = null, max = QUOTE_MAX): Quote {
  // Tabs and line breaks read as spaces (keeping every column where it was), then the ends trimmed.
  const flat = line.replace(/[\t\r\n\f\v]/g, ' ');
  const lead = flat.length - flat.trimStart().length;
  const text = flat.trim();
  const at = column > 0 ? column - 1 - lead : -1;
  let start = -1;
  let end = -1;
  if (about) {
    const lower = text.toLowerCase();
    const needle = about.toLowerCase();
    const found = at >= 0 && lower.startsWith(needle, at) ? at : lower.indexOf(needle);
    if (found >= 0) [start, end] = [found, found + needle.length];
  }
  // Column 1 names the whole line (a role, a KPI); a later one names a word in it.
  if (start < 0 && at > 0 && at < text.length) {
    const token = TOKEN_RE.exec(text.slice(at))?.[0];
    if (token) [start, end] = [at, at + token.length];
  }
  // Without a mark the quote is the start of the line, all of it before the (empty) mark.
  if (start < 0) [start, end] = [Math.min(text.length, max), Math.min(text.length, max)];
  // The window: the whole text when it fits, else `max` characters around the mark.
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    if (start === end) {
      to = max;
    } else if (end - start >= max) {
      to = start + max;
      from = start;
    } else {
      const room = max - (end - start);
      from = Math.max(0, start - Math.floor(room / 3));
      to = Math.min(text.length, from + max);
      from = Math.max(0, to - max);
    }
    // Cut at spaces, where one is near, so no word is shown in part.
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < Math.min(start, from + 20)) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > Math.max(end === start ? 0 : end, to - 20)) to = space;
    }
    from = safe(text, from, true);
    to = safe(text, to, false);
  }
  const s = Math.min(Math.max(start, from), to);
  const e = Math.min(Math.max(end, s), to);
  return {
    before: `${from > 0 ? '…' : ''}${escapeControls(text.slice(from, s))}`,
    mark: escapeControls(text.slice(s, e)),
    after: `${escapeControls(text.slice(e, to))}${to < text.length ? '…' : ''}`,
  };
}

/** The quote as plain text, for comparing quotes and for tests: "…before [mark] after…". */
export const quoteText = (q: Quote): string => (q.mark ? `${q.before}[${q.mark}]${q.after}` : `${q.before}${q.after}`);
