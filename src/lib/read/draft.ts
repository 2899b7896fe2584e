/**
 * The shape both format parsers produce: roles, KPIs and definitions in source order, plus what
 * each non-blank line became. Every entity carries a draft-local id ("r1", "r1/k2", "d1") that
 * line accounts refer to; the handbook's ids are assigned later, once every document is known.
 */
import type { Diagnostic, KpiRecord, LineKind, Measure, OutlineEntry, RoleGroup, Target } from '../schema.ts';

export interface DraftKpi {
  /** Draft-local id: the role's id and the KPI's 1-based position, "r1/k2". */
  id: string;
  text: string;
  name: string;
  description: string | null;
  section: string | null;
  line: number;
  endLine: number;
  /** 1-based column where the KPI's text starts in its first line. */
  column: number;
  /**
   * Table KPIs: the Target cell, read instead of the text, with the row's Unit cell ("%", "days")
   * completing a bare number and its Polarity cell ("Lower is better") giving the direction a
   * target without direction words lacks.
   */
  targetCell?: { text: string; line: number; column: number; unit?: string; polarity?: 'at-least' | 'at-most' };
  /** Explanations written under the KPI ("Measured via the survey"); present only when non-empty. */
  notes?: string[];
}

/** A KPI whose target has been read and whose measure inferred (see parseDocument). */
export interface MeasuredKpi extends DraftKpi {
  target: Target | null;
  measure: Measure;
  record: KpiRecord;
}

export interface DraftRole<K extends DraftKpi = DraftKpi> {
  /** Draft-local id: "r" and the role's 1-based position, "r1". */
  id: string;
  name: string;
  line: number;
  column: number;
  group: RoleGroup | null;
  notes: string[];
  sections: string[];
  kpis: K[];
}

export interface DraftDefinition {
  /** Draft-local id: "d" and the definition's 1-based position, "d1". */
  id: string;
  term: string;
  text: string;
  line: number;
  endLine: number;
  column: number;
}

/** Which entity a line belongs to: the draft-local id of a role, KPI or definition, or none. */
export type DraftRef = string | null;

export interface DraftAccount {
  line: number;
  kind: LineKind;
  ref: DraftRef;
}

export interface DraftDocument<K extends DraftKpi = DraftKpi> {
  title: { text: string; line: number } | null;
  /** Every heading as read, with a draft-local role id as `ref` for a role. */
  outline: OutlineEntry[];
  introduction: string[];
  roles: DraftRole<K>[];
  definitions: DraftDefinition[];
  accounts: DraftAccount[];
  diagnostics: Diagnostic[];
}

/** Creates an empty draft to be filled by a parser. */
export const emptyDraft = (): DraftDocument => ({
  title: null,
  outline: [],
  introduction: [],
  roles: [],
  definitions: [],
  accounts: [],
  diagnostics: [],
});

/** Appends a role without KPIs to the draft, with the next role id. */
export function addRole(draft: DraftDocument, role: Pick<DraftRole, 'name' | 'line' | 'column' | 'group'>): DraftRole {
  const added: DraftRole = {
    id: `r${draft.roles.length + 1}`,
    name: role.name,
    line: role.line,
    column: role.column,
    group: role.group,
    notes: [],
    sections: [],
    kpis: [],
  };
  draft.roles.push(added);
  return added;
}

/** Appends a KPI to a role, with the next KPI id within that role. */
export function addKpi(role: DraftRole, kpi: Omit<DraftKpi, 'id'>): DraftKpi {
  // Fields copied one by one, not spread: the outline parser adds one KPI per bullet.
  const added: DraftKpi = {
    id: `${role.id}/k${role.kpis.length + 1}`,
    text: kpi.text,
    name: kpi.name,
    description: kpi.description,
    section: kpi.section,
    line: kpi.line,
    endLine: kpi.endLine,
    column: kpi.column,
  };
  if (kpi.targetCell) added.targetCell = kpi.targetCell;
  if (kpi.notes?.length) added.notes = [...kpi.notes];
  role.kpis.push(added);
  return added;
}

/** Appends a definition to the draft, with the next definition id. */
export function addDefinition(draft: DraftDocument, definition: Omit<DraftDefinition, 'id'>): DraftDefinition {
  const added: DraftDefinition = {
    id: `d${draft.definitions.length + 1}`,
    term: definition.term,
    text: definition.text,
    line: definition.line,
    endLine: definition.endLine,
    column: definition.column,
  };
  draft.definitions.push(added);
  return added;
}

/** An outline number of two or more parts before a line's text: "3.1.2 Latrine coverage: 80%". */
const SUB_NUMBER_RE = /^((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/;

/**
 * A clause whose number goes on from its heading's ("3.1.2 Latrine coverage: 80%" under "3.1
 * Programme Officer", "B.1.1 Module evaluation: 4.0" under "B.1"): an item of that heading, as
 * numbered clauses are. Its text without the number; null when it is no such clause, or a
 * sentence of prose ("C.3.1 All measures are calculated by …").
 */
export function clauseUnder(text: string, number: string | null): string | null {
  if (number === null) return null;
  const m = SUB_NUMBER_RE.exec(text);
  if (m === null || !m[1]!.startsWith(`${number}.`)) return null;
  const rest = m[2]!;
  return splitLabel(rest) !== null || (rest.length <= 80 && !/[.;]$/.test(rest)) ? rest : null;
}

/** Splits "Name: description" or "**Name**: description" into its parts; null when unlabelled. */
export function splitLabel(text: string): { name: string; description: string } | null {
  const bold = /^\*\*(.+?)\*\*\s*[:–—]?\s*(.*)$/s.exec(text) ?? /^\*\*(.+?):\*\*\s*(.*)$/s.exec(text);
  if (bold?.[2]) return { name: bold[1]!.replace(/:$/, '').trim(), description: bold[2].trim() };
  // A label is short, has no sentence punctuation, and does not start with the target number.
  const plain = /^([^:.!?]{2,80}?):\s+(\S.*)$/s.exec(text);
  if (plain && !/^\d/.test(plain[1]!)) return { name: plain[1]!.trim(), description: plain[2]!.trim() };
  return null;
}

/**
 * Splits a glossary entry into term and text: "Term: text" and "**Term** – text" (see splitLabel),
 * or "Term – text" / "Term — text" with a dash between spaces, the term being a short name (at
 * most six words, no sentence punctuation, not a clause with "is", "are", "will"…). Null when the
 * entry has neither form.
 */
/** A name and its value joined by dot leaders: "Falls with harm ........ 0 per month". */
export function splitLeader(text: string): { name: string; description: string } | null {
  const m = /^(\S.{0,120}?)\s*(?:\.{3,}|…{2,})\s*(\S.*)$/su.exec(text);
  return m ? { name: m[1]!.trim(), description: m[2]!.trim() } : null;
}

export function splitDefinition(text: string): { name: string; description: string } | null {
  const label = splitLabel(text);
  if (label) return label;
  const dash = /^([^:.!?–—]{1,60}?)\s+[–—-]{1,2}\s+(\S.*)$/s.exec(text);
  if (!dash) return null;
  const name = dash[1]!.trim();
  return name.split(/\s+/).length <= 6 && !CLAUSE_VERB_RE.test(name) ? { name, description: dash[2]!.trim() } : null;
}

const CLAUSE_VERB_RE = /\b(?:is|are|was|were|will|would|should|must|can|could|has|have|do|does)\b/i;

/** Headings that navigate the page rather than hold content: "Table of contents", "On this page". */
export const NAVIGATION_RE =
  /^(?:(?:table of )?contents|on this page|in this (?:article|page|document)|page contents|toc|(?:quick|useful|related)\s+links|see\s+also)\s*:?$/i;
/** Headings and lines that name a document's glossary. */
export const DEFINITIONS_RE =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:appendix|annex|schedule)\s+[a-z0-9]{1,3}\s*[–—:.-]?\s*)?(?:definitions?|glossary|terms(?: and definitions)?|definitions? (?:and|&) terms)\s*:?$/i;
/** Section lines inside a role: "Project-Related Metrics", "Area-Specific KPIs". */
export const SECTION_RE = /^[\p{L}][\p{L}\s/&,()'’–-]{0,60}\b(?:metrics|kpis?|indicators|objectives|goals|measures)\s*:?$/iu;
/** Group names whose roles are not currently staffed. */
export const NOT_AVAILABLE_RE = /\b(?:not\s+available|unavailable|vacant|unfilled|not\s+(?:currently\s+)?staffed|inactive|future)\b/i;
/** Lines of a page's frame rather than its content (copied from a help centre or wiki). */
export const CHROME_RE =
  /^(?:was this (?:article|page|answer) helpful\??|(?:©|\(c\)|copyright\b).*|all rights reserved\.?|(?:yes|no)\s*\/\s*(?:yes|no)|back to top|table of contents|edit this page|print this page|last (?:updated|modified)\b.*|powered by\b.*|.*\bpage \d+ of \d+\b.*)$/i;
/**
 * A line of document metadata rather than a heading: who prepared or owns it, its version, its
 * classification or its dates ("Prepared by Jane Doe · Version 3 · Confidential", "Owner: Finance",
 * "v2.1 | Internal"). Only its first part is read (parts are split by ·, •, | or ;). A bare word
 * such as "Owner" or "Status" needs a colon and a value, so "Internal Auditor" or "Status Reporting
 * Lead" stay role names; a classification word counts only when it is the whole part.
 */
export const METADATA_RE =
  /^(?:(?:prepared|written|authored|compiled|maintained|owned|approved|reviewed|edited|issued)\s+by\b.*|(?:document\s+)?(?:author|owner|status|classification|date|effective\s+(?:date|from)|review\s+date|next\s+review|updated|revised|reviewed|approved|last\s+(?:reviewed|revised))\s*:\s*\S.*|(?:version|revision|rev\.?|v)\s*\d+(?:\.\d+)*\b[^·•|;]*|(?:strictly\s+)?confidential|internal(?:\s+use(?:\s+only)?)?|(?:for\s+)?internal\s+use(?:\s+only)?|draft|not\s+for\s+distribution)\s*(?:[·•|;].*)?$/i;
