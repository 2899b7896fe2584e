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
   * The line may continue an item on the line above: it starts in lower case, or the line above
   * does not end its sentence. (An indented line may continue one too; the fold decides that.)
   */
  joinsAbove: boolean;
  /** The next line that is neither blank nor chrome is a bullet or a section, so a heading-like line above it owns content. */
  ownsContent: boolean;
}

/** A heading-like line is short, and does not read as a sentence. */
const isHeadingLike = (t: string): boolean => t.length <= 80 && !/[.;,!?]$/.test(t) && t.split(/\s+/).length <= 10;

/** The type of one line by its own text. */
export function lineType(raw: string): LineType {
  const t = raw.trim();
  if (!t) return 'blank';
  if (CHROME_RE.test(t)) return 'chrome';
  if (BULLET_RE.test(raw)) return 'bullet';
  if (DEFINITIONS_RE.test(t)) return 'definitions';
  if (SECTION_RE.test(t)) return 'section';
  if (isHeadingLike(t)) return 'heading';
  return 'prose';
}

/** Classifies every line; linear in the number of lines. */
export function classifyLines(lines: readonly string[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((raw, i) => {
    const type = lineType(raw);
    const text = type === 'bullet' ? BULLET_RE.exec(raw)![2]!.trim() : raw.trim();
    const prev = i > 0 ? lines[i - 1]!.trimEnd() : '';
    return {
      line: i + 1,
      type,
      text,
      indent: raw.length - raw.trimStart().length,
      column: raw.indexOf(text) + 1,
      joinsAbove: i > 0 && (/^\p{Ll}/u.test(text) || !/[.!?:]$/.test(prev)),
      ownsContent: false,
    };
  });
  let ownsContent = false;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    c.ownsContent = ownsContent;
    if (c.type !== 'blank' && c.type !== 'chrome') ownsContent = c.type === 'bullet' || c.type === 'section';
  }
  return out;
}
