/**
 * Outline stage 1: classifies each line of a plain-text outline on its own — blank, page chrome,
 * bullet, section name, glossary heading, heading-like line or prose — with what the fold
 * (parse-outline.ts) needs to know about its neighbours. Pure: no state, no draft.
 */
import { CHROME_RE, DEFINITIONS_RE, SECTION_RE } from './draft.ts';

export const BULLET_RE = /^(\s*)(?:[•·▪◦‣*–-]|\d{1,3}[.)])\s+(\S.*)$/;

export type LineType = 'blank' | 'chrome' | 'bullet' | 'section' | 'definitions' | 'heading' | 'prose';

export interface ClassifiedLine {
  /** 1-based line number. */
  line: number;
  type: LineType;
  /** The line without surrounding white space; for a bullet, the item's text after its marker. */
  text: string;
  /** Width of the leading white space. */
  indent: number;
  /** 1-based column where `text` starts. */
  column: number;
  /**
   * The line may continue an item on the line above: it is not a bullet, the line above is not
   * blank, and it starts in lower case or the line above does not end its sentence. (An indented
   * line may continue an item too; the fold decides that, knowing the item's indent.)
   */
  joinsAbove: boolean;
  /** The next line that is neither blank nor chrome is a bullet or a section, so a heading-like line above it owns content. */
  ownsContent: boolean;
}

/** A heading-like line is short, and does not read as a sentence. */
const isHeadingLike = (t: string): boolean => t.length <= 80 && !/[.;,!?]$/.test(t) && t.split(/\s+/).length <= 10;

/** The type of a non-blank line, `t` being the line trimmed. */
function typeOf(t: string, bullet: boolean): LineType {
  if (CHROME_RE.test(t)) return 'chrome';
  if (bullet) return 'bullet';
  if (DEFINITIONS_RE.test(t)) return 'definitions';
  if (SECTION_RE.test(t)) return 'section';
  if (isHeadingLike(t)) return 'heading';
  return 'prose';
}

/** The type of one line by its own text. */
export function lineType(raw: string): LineType {
  const t = raw.trim();
  return t ? typeOf(t, BULLET_RE.test(raw)) : 'blank';
}

/** Width of a line's leading white space, as `trimStart` counts it, without copying the line. */
function leadingSpace(raw: string): number {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c < 128 ? k : raw.length - raw.trimStart().length;
  }
  return raw.length;
}

const SENTENCE_END = new Set(['.', '!', '?', ':']);
const LOWER_START_RE = /^\p{Ll}/u;

/**
 * Classifies every line, in one pass forward and one back; linear in the number of lines.
 * `joinsAbove` is only worked out where a line could continue anything: a line that is neither
 * blank, chrome nor a bullet, right under a non-blank line.
 */
export function classifyLines(lines: readonly string[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = new Array(lines.length);
  let prev = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    if (!t) {
      out[i] = { line: i + 1, type: 'blank', text: '', indent: raw.length, column: 1, joinsAbove: false, ownsContent: false };
      prev = '';
      continue;
    }
    const bullet = BULLET_RE.exec(raw);
    const type = typeOf(t, bullet !== null);
    const text = type === 'bullet' ? bullet![2]!.trim() : t;
    const indent = leadingSpace(raw);
    const joinsAbove =
      prev !== '' && type !== 'bullet' && type !== 'chrome' && (!SENTENCE_END.has(prev[prev.length - 1]!) || LOWER_START_RE.test(t));
    out[i] = {
      line: i + 1,
      type,
      text,
      indent,
      column: type === 'bullet' ? raw.indexOf(text) + 1 : indent + 1,
      joinsAbove,
      ownsContent: false,
    };
    prev = t;
  }
  let ownsContent = false;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    c.ownsContent = ownsContent;
    if (c.type !== 'blank' && c.type !== 'chrome') ownsContent = c.type === 'bullet' || c.type === 'section';
  }
  return out;
}
