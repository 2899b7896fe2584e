/**
 * Outline stage 1: classifies each line of a plain-text outline on its own — blank, page chrome
 * (also horizontal rules and a table of contents), bullet (also a run of "KR1.1" label markers),
 * section name, glossary heading, heading-like or numbered heading, or prose (also metadata such
 * as "Prepared by …" and "Label: value" fields) — with what outline-blocks.ts needs to know about
 * its neighbours. A one-level numbered line is the one type that depends on the next line (see
 * isHeadingText). Pure: no draft.
 */
import { CHROME_RE, DEFINITIONS_RE, METADATA_RE, SECTION_RE } from './draft.ts';
import { headingKey, isGenreHeading } from './structure-rules.ts';

/**
 * A list item's marker: a bullet character, or a number with "." or ")". Word processors add
 * their own: "●" and "○" (Google Docs, Pages), "■", "►", "➢", "✓"; Word's Symbol and Wingdings
 * bullets come out as private-use characters U+F0B7 and U+F0A7; Word's second-level "o" and
 * third-level "§" count only before a tab, as Word writes them, so "o" or "§" in text never does.
 */
export const BULLET_RE = /^(\s*)(?:[•·▪◦‣●○■□►➢✓✔\uF0B7\uF0A7*–-]|[o§](?=\t)|\d{1,3}[.)]|\((?:[a-z]|[ivx]{1,4})\)|[a-z]\))\s+(\S.*)$/;

/**
 * How deep a word processor's own glyph puts a bullet when its export drops the indent: Word and
 * Google Docs cycle "•", "o"/"◦"/"○", "§"/"▪"/"■" through the levels of one list, so "o<tab>Target:"
 * under "•<tab>Stock turns" is the item's sub-bullet even at the same margin. Half a column per
 * level: it orders items at one margin and never outweighs a real indent.
 */
function markerDepth(raw: string): number {
  const marker = /^\s*(\S)/.exec(raw)?.[1] ?? '';
  if (/[o◦○]/.test(marker)) return 0.5;
  return /[§▪■\uF0A7]/.test(marker) ? 1 : 0;
}

/**
 * A list marker made of a label: capitals and a number ("KR1.1", "KPI 3", "A2") before the text,
 * or a capitalised word, a number and a separator ("Indicador 1 – Produtividade", "Measure 2:").
 * Only a run of them is a list (see labelMarkers): one "Q3 FY2025 targets" line is not.
 */
const LABEL_MARKER_RE =
  /^(\s*)(\p{Lu}{1,4}(?=\s?\d)|\p{Lu}\p{Ll}{2,14}(?=\s\d{1,2}(?:\.\d{1,2}){0,3}\s*[.:)–—-]\s))\s?\d{1,2}(?:\.\d{1,2}){0,3}\s*[.:)–—-]?\s+(\S.*)$/u;
/** Words that number the parts of a text, not the items of a list: "Step 1 – Plan", "Part 2: Scope". */
const PART_WORD =
  /^(?:step|stage|phase|part|section|chapter|clause|article|appendix|annex|schedule|level|tier|grade|band|week|day|month|year|quarter|table|figure|page|option|round|wave)$/i;

/**
 * A measure and its value joined by dot leaders, as boards and forms print them ("Falls with harm
 * ........ 0 per month | 1 | ↑"): an item, whatever follows the dots but a page number (a table of contents).
 */
const DOT_LEADER_RE = /^(\s*)(\S.{0,120}?\s*(?:\.{3,}|…{2,})\s*(?!\d{1,4}\s*$)\S.*)$/u;

/**
 * The lines whose label marker ("KR1.2") has the same letters as the marker of the content line
 * before or after it ("KR1.1", "KR1.3"): items of one list, as key results under an objective are.
 */
function labelMarkers(lines: readonly string[]): Map<number, RegExpExecArray> {
  const found = new Map<number, RegExpExecArray>();
  let before: { i: number; m: RegExpExecArray | null; indent: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const indent = leadingSpace(lines[i]!);
    // Lines indented under a marker line ("   Target: ≥ 95%") belong to its item: the run goes on past them.
    if (before?.m && indent > before.indent) continue;
    const found1 = BULLET_RE.test(lines[i]!) ? null : LABEL_MARKER_RE.exec(lines[i]!);
    const m = found1 && !PART_WORD.test(found1[2]!) ? found1 : null;
    if (m && before?.m && before.m[2] === m[2]) {
      found.set(before.i, before.m);
      found.set(i, m);
    }
    before = { i, m, indent };
  }
  return found;
}

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
   * line may continue an item too; outline-blocks decides that, knowing the item's indent.)
   */
  joinsAbove: boolean;
  /** The next line that is neither blank nor chrome is a bullet or a section, so a heading-like line above it owns content. */
  ownsContent: boolean;
  /** The next content line is a heading that owns content: a role, so this line, if a heading, may name its group. */
  ownsRole: boolean;
  /** The next content line is prose, and no bullet or section comes after that prose: a heading over a paragraph only ("Purpose"). */
  ownsProseOnly: boolean;
  /** The next content line is an unnumbered heading that owns no content or role either: a heading over headings that hold nothing. */
  ownsHeadingOnly: boolean;
  /** A numbered heading's number without its final dot ("1", "2.3.1"), else null; `text` is then the heading without it. */
  number: string | null;
  /** A numbered heading whose next content line is a numbered heading under it ("1. Sales" above "1.1 …"): a group. */
  ownsNumbered: boolean;
  /** An editor's reading hint says the part this line heads holds no KPIs. */
  notKpis?: true;
}

/** A horizontal rule drawn with characters: Google Docs writes "________________", others "-----" or "* * *". */
const RULE_RE = /^([_=*~#•·–—-])(?:\s*\1){2,}$/;

/** The heading of a table of contents, and its entries: a name, then a tab or dot leaders and a page number. */
const CONTENTS_RE = /^(?:table\s+of\s+)?contents\s*:?$/i;
const TOC_ENTRY_RE = /^\S.{0,120}?(?:\t+|\s*(?:\.{3,}|…+)\s*)\d{1,4}$/;

/**
 * A heading-like line is short, does not read as a sentence, and is not a row of cells separated
 * by tabs (a table pasted as text: "Version<tab>1.2").
 */
/** Cells of a row laid out in columns, by tabs or by three or more spaces: a table's header or row, not a heading. */
const CELL_GAP = /\S(?:\t+| {3,})\S/;
const isHeadingLike = (t: string): boolean =>
  t.length <= 80 &&
  !/[.;,!?]$/.test(t) &&
  t.split(/\s+/).length <= 10 &&
  !CELL_GAP.test(t.replace(/^\d{1,2}(?:\.\d{1,2})*\.?(?:\t+| {2,})/, ''));

/**
 * A numbered line: "1. Sales", "1.1 Account Executive", "2.3.1. Tier 1 Agent", "1.2 – Team Lead". The
 * text after the number must start with a capital letter (outline numbering is followed by a name).
 */
const NUMBERED_RE = /^((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?:[–—-]\s+)?(\p{Lu}.*)$/u;

/**
 * How a numbered line is told from a numbered list item ("1. Close 10 deals per quarter"):
 *  - a number with two or more levels ("1.1", "2.3.1") is outline numbering, so the line is a
 *    heading when its text is heading-like (short, no sentence punctuation at its end) and is not
 *    a "Label: text" item;
 *  - a one-level number ("1." or "1") is a list item unless what follows says otherwise (decided in
 *    classifyLines, which sees the next line): it is a heading when the next content line is a
 *    numbered heading under it ("1. Sales" above "1.1 …"), or, when its text is heading-like with no
 *    digit (no target) and no label, when the next content line is a section name or a bullet
 *    indented deeper than it ("1. Sales Lead" above "\t* Win rate: 25%");
 *  - either way, a numbered glossary name ("4. Definitions") is the glossary heading.
 */
const isHeadingText = (t: string): boolean => isHeadingLike(t) && !/:\s+\S/.test(t);

/** A field naming a role, in the languages HR forms are written in; its value is the role's name (see roleName). */
export const ROLE_FIELD_RE = /^(?:role|functie|fonction|funktion|rolle|puesto|cargo|função|funzione|ruolo)\s*:\s+(?=\p{L})/iu;
const isRoleField = (t: string): boolean => ROLE_FIELD_RE.test(t) && isHeadingLike(t);

/** A "Label: value" line: a colon after a short label, then text (not a time such as 10:30). */
const isFieldLine = (t: string): boolean => /^[^:]{1,60}:\s+\S/.test(t);

/** The number and text of a numbered line, or null. */
function numbered(t: string): { number: string; text: string; levels: number } | null {
  const m = NUMBERED_RE.exec(t);
  return m ? { number: m[1]!, text: m[2]!.trim(), levels: m[1]!.split('.').length } : null;
}

/**
 * The type of a non-blank line, `t` being the line trimmed; `sections` are names known to be
 * sections wherever they stand (repeated under several roles, or named by a reading hint).
 */
function typeOf(t: string, bullet: boolean, sections?: ReadonlySet<string>): LineType {
  // "(c) relief changeover time …" is a lettered item, not a copyright line.
  if ((CHROME_RE.test(t) && !(bullet && /^\(c\)\s+\p{Ll}/u.test(t))) || RULE_RE.test(t)) return 'chrome';
  const n = numbered(t);
  if (n && DEFINITIONS_RE.test(n.text)) return 'definitions';
  // "1.<tab>Introduction", "4. Version history": a numbered heading of the genre around the KPIs.
  if (n && isGenreHeading(n.text)) return 'heading';
  if (n && n.levels > 1 && (isHeadingText(n.text) || isRoleField(n.text))) return 'heading';
  if (bullet) return 'bullet';
  // "Prepared by … · Version 3 · Confidential" under a title is read as prose, never as a role.
  if (METADATA_RE.test(t)) return 'prose';
  if (DEFINITIONS_RE.test(t)) return 'definitions';
  if (SECTION_RE.test(t) || sections?.has(headingKey(t))) return 'section';
  // "Role: Veterinary Nurse", "Functie: Dierenarts", "PUESTO: Jefe de almacén": the field that
  // names the role whose KPIs follow, as HR forms head each role's part.
  if (isRoleField(t)) return 'heading';
  // "Grade: 3", "Reports to: Head of Finance", "Uptime: 99.9%": a field or a statement, never a heading.
  if (isHeadingLike(t) && !isFieldLine(t)) return 'heading';
  return 'prose';
}

/** The type of one line by its own text ("1. Sales" is a bullet here: only its next line can make it a heading). */
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
/** A line or cell that starts in lower case, so it goes on from the one above. */
export const LOWER_START_RE = /^\p{Ll}/u;

/**
 * Classifies every line, in one pass forward and one back; linear in the number of lines.
 * `joinsAbove` is only worked out where a line could continue anything: a line that is neither
 * blank, chrome nor a bullet, right under a non-blank line.
 */
export function classifyLines(lines: readonly string[], sections?: ReadonlySet<string>): ClassifiedLine[] {
  const out: ClassifiedLine[] = new Array(lines.length);
  const markers = labelMarkers(lines);
  let prev = '';
  let inContents = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    if (!t) {
      out[i] = {
        line: i + 1,
        type: 'blank',
        text: '',
        indent: raw.length,
        column: 1,
        joinsAbove: false,
        ownsContent: false,
        ownsRole: false,
        ownsProseOnly: false,
        ownsHeadingOnly: false,
        number: null,
        ownsNumbered: false,
      };
      prev = '';
      continue;
    }
    const bullet = BULLET_RE.exec(raw) ?? markers.get(i) ?? DOT_LEADER_RE.exec(raw);
    // A table of contents (a "Contents" line, then "1.1<tab>Name<tab>3" entries) is navigation.
    inContents = CONTENTS_RE.test(t) || (inContents && TOC_ENTRY_RE.test(t));
    const type = inContents ? 'chrome' : typeOf(t, bullet !== null, sections);
    // One-level numbers are read in the backward pass, once the next line is known.
    const found = type === 'heading' || type === 'definitions' ? numbered(t) : null;
    const n = found && (type === 'definitions' || (found.levels > 1 && isHeadingText(found.text))) ? found : null;
    const text = type === 'bullet' ? bullet!.at(-1)!.trim() : (n?.text ?? t);
    const indent = leadingSpace(raw) + (bullet && type === 'bullet' ? markerDepth(raw) : 0);
    const joinsAbove =
      prev !== '' && type !== 'bullet' && type !== 'chrome' && (!SENTENCE_END.has(prev[prev.length - 1]!) || LOWER_START_RE.test(t));
    out[i] = {
      line: i + 1,
      type,
      text,
      indent,
      column: type === 'bullet' || n ? raw.indexOf(text, indent) + 1 : indent + 1,
      joinsAbove,
      ownsContent: false,
      ownsRole: false,
      ownsProseOnly: false,
      ownsHeadingOnly: false,
      number: (type === 'heading' || type === 'definitions') && n ? n.number : null,
      ownsNumbered: false,
    };
    prev = t;
  }
  wrappedSentences(out);
  lookAhead(out, lines);
  // A heading that continues a numbering changes what the lines above it own: look again.
  if (continueNumbering(out, lines)) lookAhead(out, lines);
  return out;
}

/**
 * A short line right above one that goes on with it in lower case ("This guide sets out the KPIs"
 * above "for each role.") is the start of a wrapped sentence, not a heading.
 */
function wrappedSentences(out: ClassifiedLine[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i]!;
    const next = out[i + 1]!;
    if (
      (c.type === 'heading' || c.type === 'section') &&
      c.number === null &&
      next.joinsAbove &&
      next.indent <= c.indent &&
      LOWER_START_RE.test(next.text)
    )
      c.type = 'prose';
  }
}

/** Sets what each line owns from the lines after it, in one pass back; one-level numbers become headings here. */
function lookAhead(out: ClassifiedLine[], lines: readonly string[]): void {
  // The next content line, and the next one past prose too: a numbered heading may have a
  // paragraph about it before the numbered headings under it ("2. Support", "Our team…", "2.1 …").
  let next: ClassifiedLine | null = null;
  let nextPastProse: ClassifiedLine | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if ((c.type === 'bullet' || c.type === 'heading') && c.number === null) numberedHeading(c, lines[i]!.trim(), next, nextPastProse);
    c.ownsContent = next !== null && (next.type === 'bullet' || next.type === 'section');
    c.ownsRole = next?.type === 'heading' && next.number === null && next.ownsContent;
    c.ownsProseOnly = next?.type === 'prose' && nextPastProse?.type !== 'bullet' && nextPastProse?.type !== 'section';
    // A heading over the genre around KPIs ("Document control") owns no more than one over an empty heading.
    c.ownsHeadingOnly =
      next?.type === 'heading' &&
      next.number === null &&
      !next.ownsContent &&
      !next.ownsRole &&
      (!next.ownsProseOnly || isGenreHeading(next.text));
    if (c.number !== null && nextPastProse?.number) c.ownsNumbered = nextPastProse.number.startsWith(`${c.number}.`);
    if (c.type !== 'blank' && c.type !== 'chrome') next = c;
    if (c.type !== 'blank' && c.type !== 'chrome' && c.type !== 'prose') nextPastProse = c;
  }
}

/** Title Case: every word of four or more letters starts with a capital ("Monitoring and Reporting"). */
const isTitleCase = (t: string): boolean => t.split(/\s+/).every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w));

/**
 * A one-level numbered line in Title Case that goes on from a numbered heading ("3. Monitoring
 * and Reporting" after "2. Manager Scorecards" held "2.1 …") is the next heading of that
 * numbering, not a list item as "2. Complete the annual review" is. Returns whether any was found.
 */
function continueNumbering(out: ClassifiedLine[], lines: readonly string[]): boolean {
  let found = false;
  const headings = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.type === 'heading' && c.number !== null) headings.add(c.number.split('.')[0]!);
    if (c.type !== 'bullet' || c.indent > 0) continue;
    const n = numbered(lines[i]!.trim());
    if (!n || n.levels > 1 || !isHeadingText(n.text) || !isTitleCase(n.text) || !headings.has(String(Number(n.number) - 1))) continue;
    c.type = 'heading';
    c.number = n.number;
    c.column += c.text.length - n.text.length;
    c.text = n.text;
    headings.add(n.number);
    found = true;
  }
  return found;
}

/** Makes a one-level numbered line ("1. Sales", "1 Sales") a numbered heading when the next content line says it is one (see isHeadingText). */
function numberedHeading(c: ClassifiedLine, t: string, next: ClassifiedLine | null, nextPastProse: ClassifiedLine | null): void {
  const n = numbered(t);
  if (!n || n.levels > 1 || !next || !isHeadingText(n.text)) return;
  const parent = nextPastProse?.number?.startsWith(`${n.number}.`) === true;
  const owner =
    !/\d/.test(n.text) && (next.type === 'section' || (next.type === 'bullet' && next.number === null && next.indent > c.indent));
  // "1. Library Assistant (Customer Services)" over "Grade: 3" or "Purpose of the role": a name in
  // Title Case with details or headings after it, where a numbered list item has the next item.
  const titled = c.indent === 0 && isTitleCase(n.text) && (next.type === 'prose' || (next.type === 'heading' && next.number === null));
  if (!parent && !owner && !titled) return;
  c.type = 'heading';
  c.number = n.number;
  c.column += c.text.length - n.text.length;
  c.text = n.text;
}
