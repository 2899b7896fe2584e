/**
 * Parses a plain-text outline (title line, role lines, section lines, bullets) into a draft in
 * two steps: classifyLines (classify-lines.ts) says what each line is, then foldLines reads the
 * classified lines in order into the draft, keeping only the current group (and the numbered
 * groups it sits in), role, section, whether the glossary has begun, and the item an unbulleted
 * line may continue.
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { LineKind, OutlineEntry, RoleGroup } from '../schema.ts';
import { type ClassifiedLine, classifyLines } from './classify-lines.ts';
import {
  addDefinition,
  addKpi,
  addRole,
  type DraftDefinition,
  type DraftDocument,
  type DraftKpi,
  type DraftRef,
  type DraftRole,
  emptyDraft,
  NOT_AVAILABLE_RE,
  splitLabel,
} from './draft.ts';
import { names, type ReadingHints } from './reading-hints.ts';
import { headingKey, isDocumentGenreHeading, isGenreHeading, repeatedNames } from './structure-rules.ts';

/** A group line names a set of roles rather than a role ("Not Available Roles", "Open positions"). */
const GROUP_CUE_RE = /\b(?:roles|positions|departments|areas)\s*:?$|^not\s+available\b/i;

/**
 * A glossary line's term and text: "Term: text" (as splitLabel reads it), or "Term – text" with a
 * spaced dash, as word processors write glossaries; the term is short and starts with no digit.
 */
export function splitDefinition(text: string): { name: string; description: string } | null {
  const label = splitLabel(text);
  if (label) return label;
  const dash = /^([^:.!?–—]{2,60}?)\s+[–—-]\s+(\S.*)$/s.exec(text);
  return dash && !/^\d/.test(dash[1]!) ? { name: dash[1]!.trim(), description: dash[2]!.trim() } : null;
}

const LOWER_START_RE = /^\p{Ll}/u;

/** A glossary line that starts a definition of its own rather than continuing the one above. */
const startsDefinition = (s: FoldState, l: ClassifiedLine): boolean =>
  s.inDefinitions && !LOWER_START_RE.test(l.text) && splitDefinition(l.text) !== null;

/** An item's text that stops mid-phrase ("paid within terms,", "rooms booked and"), so the next line must go on with it. */
const UNFINISHED_RE = /(?:[,;:&–—-]|\b(?:and|or|of|to|the|a|an|with|for|in|on|by|per))$/i;

/**
 * A line right under an item, not indented past it, that starts something of its own: a
 * numbered heading, a section or glossary heading, a glossary term, or a capitalised heading
 * that owns bullets ("SEO Specialist" above "- Keywords in top 10") when the item above it had
 * finished its phrase.
 */
const startsOwnLine = (s: FoldState, l: ClassifiedLine): boolean =>
  l.number !== null ||
  l.type === 'section' ||
  l.type === 'definitions' ||
  startsDefinition(s, l) ||
  (l.type === 'heading' && l.ownsContent && !LOWER_START_RE.test(l.text) && !UNFINISHED_RE.test(openText(s)));

/** The text of the item a line may continue. */
const openText = (s: FoldState): string => (s.open ? ('kpi' in s.open ? s.open.kpi.text : s.open.definition.text) : '');

/**
 * A heading in capitals ("SALES", "CUSTOMER SUCCESS") over a role heading names a department; it
 * needs a word of four or more letters, so an acronym role with no KPIs ("CEO" above "CTO") is not one.
 */
const isCapitals = (t: string): boolean => /\p{Lu}{4}/u.test(t) && !/\p{Ll}/u.test(t);

/** What the fold carries from one line to the next. */
interface FoldState {
  draft: DraftDocument;
  group: RoleGroup | null;
  /** Groups opened by numbered headings ("1. Sales"), outermost first, with their number. */
  numberedGroups: { number: string; group: RoleGroup }[];
  role: DraftRole | null;
  /** The current role was named by a numbered heading ("1.1 Account Executive"). */
  roleNumbered: boolean;
  section: string | null;
  inDefinitions: boolean;
  /** Under a heading of the genre around the KPIs ("Key Responsibilities", "Version history"): its lines are notes, never KPIs or roles. */
  aside: boolean;
  /** The item (KPI or definition) that a following unbulleted line may continue, and its indent. */
  open: { kpi: DraftKpi; indent: number } | { definition: DraftDefinition; indent: number } | null;
}

/** Reads classified lines in order into a draft; `file` is only used in messages and group sources. */
export function foldLines(lines: readonly ClassifiedLine[], file: string): DraftDocument {
  const state: FoldState = {
    draft: emptyDraft(),
    group: null,
    numberedGroups: [],
    role: null,
    roleNumbered: false,
    section: null,
    inDefinitions: false,
    aside: false,
    open: null,
  };
  for (const line of lines) step(state, line, file);
  return state.draft;
}

/**
 * Heading lines whose name repeats under several roles ("Financial", "Customer" under each
 * manager of a balanced scorecard) are sections of each (structure-rules' repeated names): the
 * headings between two content-owning numbered or unrepeated headings are one parent's children.
 */
function repeatedSections(lines: readonly ClassifiedLine[]): Set<string> {
  const owners = lines.filter((l) => l.type === 'heading' && l.ownsContent && l.number === null);
  const counts = new Map<string, number>();
  for (const l of owners) counts.set(headingKey(l.text), (counts.get(headingKey(l.text)) ?? 0) + 1);
  const parents: string[][] = [[]];
  for (const l of lines) {
    if (l.type !== 'heading') continue;
    if ((counts.get(headingKey(l.text)) ?? 0) >= 2 && l.ownsContent && l.number === null) parents.at(-1)!.push(l.text);
    else parents.push([]);
  }
  return repeatedNames(parents);
}

/** Parses outline lines; `file` is only used in messages. */
export function parseOutline(lines: readonly string[], file: string, hints: ReadingHints = {}): DraftDocument {
  // Sections are known only once every heading is: the lines are classified again knowing them,
  // so the lines above a section see it as one (a role over "Financial" owns content).
  const sections = repeatedSections(classifyLines(lines));
  for (const name of hints.sections ?? []) sections.add(headingKey(name));
  const classified = sections.size > 0 ? classifyLines(lines, sections) : classifyLines(lines);
  // An editor's hints name parts that hold no KPIs.
  for (const l of classified) if ((l.type === 'heading' || l.type === 'section') && names(hints.notKpis, l.text)) l.notKpis = true;
  return foldLines(classified, file);
}

/** Records a heading line in the document's outline; a plain-text outline shows no levels, so they follow the kind. */
const outlined = (s: FoldState, l: ClassifiedLine, kind: OutlineEntry['kind'], ref: DraftRef = null): void => {
  const depth = { title: 1, group: 2, glossary: 2, frame: 2, introduction: 2, role: s.group ? 3 : 2, section: 4, notes: 4 }[kind];
  s.draft.outline.push({ line: l.line, text: l.text, depth, kind, ref });
};

/** Accounts line `l` as `kind` of the entity `ref`. */
const account = (s: FoldState, l: ClassifiedLine, kind: LineKind, ref: DraftRef): void => {
  s.draft.accounts.push({ line: l.line, kind, ref });
};

/**
 * Continues the open item: an unbulleted line right under an item continues it when it is
 * indented, starts in lower case, or the item's line had not ended its sentence. Exports without
 * blank lines put headings right under items, so an unindented numbered heading, section name or
 * glossary heading never continues one; nor, in a glossary, does a "Term – text" line. A bullet
 * indented deeper than the KPI bullet above it explains that KPI ("Measured via the post-ticket
 * survey"): one of its notes, as nested items are in Markdown. Returns whether the line was taken.
 */
function continuesItem(s: FoldState, l: ClassifiedLine): boolean {
  if (!s.open) return false;
  if (l.type !== 'bullet' && (l.indent > s.open.indent || (l.joinsAbove && !startsOwnLine(s, l)))) {
    if ('kpi' in s.open) {
      const kpi = s.open.kpi;
      kpi.text = `${kpi.text} ${l.text}`;
      kpi.endLine = l.line;
      const label = splitLabel(kpi.text);
      if (label) kpi.description = label.description;
      else kpi.name = kpi.text;
      account(s, l, 'continuation', kpi.id);
    } else {
      const def = s.open.definition;
      def.text = def.text ? `${def.text} ${l.text}` : l.text;
      def.endLine = l.line;
      account(s, l, 'definition', def.id);
    }
    return true;
  }
  if ('kpi' in s.open && l.type === 'bullet' && l.number === null && l.indent > s.open.indent) {
    const kpi = s.open.kpi;
    kpi.notes = [...(kpi.notes ?? []), l.text];
    account(s, l, 'continuation', kpi.id);
    return true;
  }
  return false;
}

/**
 * A heading of the genre around the KPIs, and the lines under it, describe the role or the
 * document ("Version history" after the last role is about the document). Returns whether the line was taken.
 */
function genreLine(s: FoldState, l: ClassifiedLine): boolean {
  if ((l.type === 'heading' || l.type === 'section') && (isGenreHeading(l.text) || l.notKpis)) {
    s.aside = true;
    s.section = null;
    s.inDefinitions = false;
    if (isDocumentGenreHeading(l.text)) s.role = null;
    outlined(s, l, s.role ? 'notes' : 'introduction', s.role?.id ?? null);
    prose(s, l);
    return true;
  }
  if (s.aside && (l.type === 'bullet' || l.type === 'prose')) {
    prose(s, l);
    return true;
  }
  if (l.type !== 'prose') s.aside = false;
  return false;
}

/** A bullet: a glossary entry, a KPI of the current role, or (before any role) introduction. */
function bulletLine(s: FoldState, l: ClassifiedLine, file: string): void {
  const { draft } = s;
  if (s.inDefinitions) {
    const label = splitDefinition(l.text);
    if (!label) {
      draft.diagnostics.push(
        diagnostic(
          'definition-without-term',
          file,
          l.line,
          l.indent + 1,
          `Definition ${quote(l.text)} has no "Term: text" form; it is kept with the whole line as its term.`,
        ),
      );
    }
    const def = addDefinition(draft, {
      term: label?.name ?? l.text,
      text: label?.description ?? '',
      line: l.line,
      endLine: l.line,
      column: l.column,
    });
    account(s, l, 'definition', def.id);
    s.open = { definition: def, indent: l.indent };
  } else if (s.role) {
    const label = splitLabel(l.text);
    const kpi = addKpi(s.role, {
      text: l.text,
      name: label?.name ?? l.text,
      description: label?.description ?? null,
      section: s.section,
      line: l.line,
      endLine: l.line,
      column: l.column,
    });
    account(s, l, 'kpi', kpi.id);
    s.open = { kpi, indent: l.indent };
  } else {
    // Bullets before the first role describe the document.
    draft.introduction.push(l.text);
    account(s, l, 'introduction', null);
  }
}

/**
 * A heading-like line: the title, introduction, a group or a role, decided by what follows it.
 * Before any role or group, a heading over a paragraph that leads to no items ("Purpose", "Scope"),
 * or one that owns nothing at all ("Corporate Services Directorate" under the council's name),
 * heads part of the introduction: a role owns measurable statements.
 */
function headingLine(s: FoldState, l: ClassifiedLine, file: string, titleCandidate: boolean): void {
  const { draft } = s;
  if (titleCandidate && !l.ownsContent) {
    draft.title = { text: l.text, line: l.line };
    outlined(s, l, 'title');
    account(s, l, 'title', null);
    return;
  }
  const ownsNothing = l.ownsHeadingOnly && !l.ownsRole;
  if ((l.ownsProseOnly || ownsNothing) && draft.roles.length === 0 && !s.group && !GROUP_CUE_RE.test(l.text)) {
    draft.introduction.push(l.text);
    account(s, l, 'introduction', null);
    return;
  }
  if (!l.ownsContent && (GROUP_CUE_RE.test(l.text) || (l.ownsRole && isCapitals(l.text)))) {
    s.group = {
      name: l.text.replace(/:$/, ''),
      status: NOT_AVAILABLE_RE.test(l.text) ? 'not-available' : 'active',
      source: { file, line: l.line },
    };
    s.inDefinitions = false;
    s.role = null;
    outlined(s, l, 'group');
    account(s, l, 'group', null);
    return;
  }
  s.inDefinitions = false;
  s.section = null;
  s.role = addRole(draft, { name: l.text.replace(/:$/, ''), line: l.line, column: l.column, group: s.group });
  outlined(s, l, 'role', s.role.id);
  s.roleNumbered = false;
  account(s, l, 'role', s.role.id);
}

function step(s: FoldState, l: ClassifiedLine, file: string): void {
  const { draft } = s;
  if (l.type === 'blank' || l.type === 'chrome') {
    if (l.type === 'chrome') account(s, l, 'chrome', null);
    s.open = null;
    return;
  }
  if (continuesItem(s, l)) return;
  s.open = null;
  if (genreLine(s, l)) return;
  if (l.type === 'bullet') bulletLine(s, l, file);
  else if (l.type === 'definitions') {
    s.inDefinitions = true;
    s.role = null;
    outlined(s, l, 'glossary');
    account(s, l, 'section', null);
  } else if (l.number !== null) numberedHeading(s, l, file);
  // A glossary line shaped like a heading ("CSAT: customer satisfaction score") is a definition.
  else if ((l.type === 'heading' || l.type === 'section') && startsDefinition(s, l)) prose(s, l);
  else if (l.type === 'section' && s.role) {
    s.section = l.text.replace(/:$/, '');
    s.role.sections.push(s.section);
    outlined(s, l, 'section', s.role.id);
    account(s, l, 'section', s.role.id);
  } else {
    // Before any role, a line that looks like a section name may still be the document's title.
    const titleCandidate = !draft.title && draft.roles.length === 0 && !s.group && draft.introduction.length === 0;
    if (l.type === 'prose' || (l.type === 'section' && !s.role && !titleCandidate)) prose(s, l);
    else headingLine(s, l, file, titleCandidate);
  }
}

/**
 * A numbered heading: a group when numbered headings follow under it ("1. Sales" above "1.1 …"),
 * else a role in the innermost numbered group above it ("1.1 Account Executive" in "Sales").
 */
function numberedHeading(s: FoldState, l: ClassifiedLine, file: string): void {
  const number = l.number!;
  // Under a role named without a number, "1. Customer satisfaction" with lines indented under it
  // is that role's first numbered KPI, not a new role: documents number all their roles or none.
  if (!number.includes('.') && !l.ownsNumbered && s.role && !s.roleNumbered) {
    step(s, { ...l, type: 'bullet', number: null }, file);
    return;
  }
  const groups = s.numberedGroups;
  // Leaving a numbered group ("2." after "1.1") leaves its group too.
  while (groups.length > 0 && !number.startsWith(`${groups.at(-1)!.number}.`)) {
    if (groups.pop()!.group === s.group) s.group = groups.at(-1)?.group ?? null;
  }
  s.inDefinitions = false;
  s.section = null;
  s.open = null;
  // A numbered heading over a paragraph alone ("3. Monitoring and Reporting") owns no measurable
  // statement: it heads notes, not a role.
  if (!l.ownsNumbered && l.ownsProseOnly) {
    s.role = null;
    s.aside = true;
    outlined(s, l, 'introduction');
    prose(s, l);
    return;
  }
  if (l.ownsNumbered) {
    const name = l.text.replace(/:$/, '');
    const group: RoleGroup = { name, status: NOT_AVAILABLE_RE.test(name) ? 'not-available' : 'active', source: { file, line: l.line } };
    groups.push({ number, group });
    s.group = group;
    s.role = null;
    outlined(s, l, 'group');
    account(s, l, 'group', null);
    return;
  }
  if (groups.length > 0) s.group = groups.at(-1)!.group;
  s.role = addRole(s.draft, { name: l.text.replace(/:$/, ''), line: l.line, column: l.column, group: s.group });
  outlined(s, l, 'role', s.role.id);
  s.roleNumbered = true;
  account(s, l, 'role', s.role.id);
}

/** A line of prose: a definition in the glossary, a note under a role, else introduction. */
function prose(s: FoldState, l: ClassifiedLine): void {
  const { draft } = s;
  if (s.inDefinitions) {
    const label = splitDefinition(l.text);
    if (label) {
      const def = addDefinition(draft, { term: label.name, text: label.description, line: l.line, endLine: l.line, column: l.column });
      account(s, l, 'definition', def.id);
      s.open = { definition: def, indent: l.indent };
    } else if (draft.definitions.length > 0) {
      const def = draft.definitions.at(-1)!;
      def.text = def.text ? `${def.text}\n\n${l.text}` : l.text;
      def.endLine = l.line;
      account(s, l, 'definition', def.id);
    } else {
      draft.introduction.push(l.text);
      account(s, l, 'introduction', null);
    }
  } else if (s.role) {
    s.role.notes.push(l.text);
    account(s, l, 'role', s.role.id);
  } else if (s.group) {
    account(s, l, 'group', null);
    draft.introduction.push(l.text);
  } else {
    draft.introduction.push(l.text);
    account(s, l, 'introduction', null);
  }
}
