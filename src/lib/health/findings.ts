/**
 * The editors' health pages as data. Diagnostics become findings: the same code about the same
 * thing (one measure given different targets, one misspelt word, one KPI name without a target) is
 * one finding with every place it occurs, however many roles and documents repeat it. Findings are
 * then laid out by document and severity, and split into pages that stay well under 1 MB.
 *
 * Pure and linear: diagnostics are grouped by key once, never compared in pairs.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostic.ts';
import { groupBy } from '../group-by.ts';
import { plural } from '../plural.ts';
import { quote } from '../quote.ts';
import type { Diagnostic, HandbookDocument, Kpi, Role, Severity } from '../schema.ts';
import { formatTarget } from '../targets/format-target.ts';
import { measureKey } from './checks.ts';
import { type Quote, quotedIn, quoteSource, quoteText } from './quote-source.ts';

/** Severities, most serious first: the order of the sections on a page. */
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** One place a finding occurs. */
export interface FindingPlace {
  file: string;
  line: number;
  column: number;
  document: string | null;
  role: string | null;
  kpi: string | null;
  /** The side of a conflict this place takes ("≥ 80 %", the target it gives), or null. */
  variant: string | null;
}

/** A finding: one code about one thing, with every place it occurs. */
export interface Finding {
  /** An element id, unique in the handbook and kept while the finding's subject is: "f-…". */
  id: string;
  severity: Severity;
  code: DiagnosticCode;
  /** What is wrong, said once for every place. */
  message: string;
  /** The words to mark in each place's quoted line, when the message quotes them; null marks the word at the column. */
  about: string | null;
  /** The reason editors gave for accepting it, or null. */
  suppressed: string | null;
  /** In the order of the diagnostics: by file, line and column. */
  places: FindingPlace[];
  /** The documents of the places, first seen first; empty for content/ entries and files that are no document. */
  documents: string[];
}

/** What grouping needs to know about the KPIs: their wording and target, to find a conflict's measure and sides. */
export interface FindingContext {
  kpiById: ReadonlyMap<string, Pick<Kpi, 'text' | 'target'>>;
}

/**
 * What a diagnostic is about, so that the same code about the same thing groups: a conflict of
 * targets by its measure, anything else by its message (a message names its subject, never its place).
 */
function subjectOf(d: Diagnostic, context: FindingContext): string {
  const kpi = d.kpi ? context.kpiById.get(d.kpi) : undefined;
  if (d.code === 'inconsistent-target' && kpi?.target) return `measure\u0000${measureKey(kpi)}`;
  return `message\u0000${d.message}`;
}

/** The side a place takes in a conflict of targets: its target as the pages show it. */
function variantOf(d: Diagnostic, context: FindingContext): string | null {
  if (d.code !== 'inconsistent-target' || !d.kpi) return null;
  const target = context.kpiById.get(d.kpi)?.target;
  return target ? formatTarget(target).text : null;
}

/** A 53-bit string hash (cyrb53), written in base 36: short, stable ids from a finding's subject. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The message of a conflict of targets seen in several places: the measure and each side, with how
 * many places take it. Null when the places all take one side (the others were accepted by editors).
 */
function conflictMessage(measure: string, places: readonly FindingPlace[]): string | null {
  const sides = [...groupBy(places, (p) => p.variant ?? '')];
  if (sides.length < 2) return null;
  const documents = new Set(places.map((p) => p.document)).size;
  const across = documents > 1 ? ` across ${plural(documents, 'document')}` : '';
  const each = sides.map(([side, ps]) => `${side} in ${plural(ps.length, 'place')}`).join('; ');
  return `${quote(measure)} has ${sides.length} different targets in ${plural(places.length, 'place')}${across}: ${each}. Check that the difference is meant.`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Groups diagnostics into findings, most serious first and otherwise in the order of their first
 * place. Suppressed and active diagnostics never share a finding.
 */
export function groupFindings(diagnostics: readonly Diagnostic[], context: FindingContext): Finding[] {
  const groups = groupBy(diagnostics, (d) => [d.suppressed ?? '', d.severity, d.code, subjectOf(d, context)].join('\u0001'));
  const taken = new Set<string>();
  const findings: Finding[] = [];
  for (const [key, members] of groups) {
    const first = members[0]!;
    const places = members.map(
      (d): FindingPlace => ({
        file: d.file,
        line: d.line,
        column: d.column,
        document: d.document ?? null,
        role: d.role ?? null,
        kpi: d.kpi ?? null,
        variant: variantOf(d, context),
      }),
    );
    const kpi = first.kpi ? context.kpiById.get(first.kpi) : undefined;
    const conflict = first.code === 'inconsistent-target' && kpi?.target ? conflictMessage(measureKey(kpi), places) : null;
    let id = `f-${hash(key)}`;
    for (let n = 2; taken.has(id); n++) id = `f-${hash(key)}-${n}`;
    taken.add(id);
    findings.push({
      id,
      severity: first.severity,
      code: first.code,
      message: conflict ?? first.message,
      // A conflict's places are marked at their targets, the words in which they differ.
      about: first.code === 'inconsistent-target' ? null : quotedIn(first.message),
      suppressed: first.suppressed ?? null,
      places,
      documents: [...new Set(places.flatMap((p) => (p.document ? [p.document] : [])))],
    });
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Places that show the same text and take the same side: quoted once, with each place's link. */
export interface PlaceRow {
  variant: string | null;
  quote: Quote | null;
  places: FindingPlace[];
}

/**
 * The places of a finding as rows: by side first (a conflict's "≥ 80 %" places, then its "≥ 90 %"),
 * then by the text quoted, so a line copied into a hundred roles is quoted once.
 */
export function placeRows(places: readonly FindingPlace[], quoteOf: (place: FindingPlace) => Quote | null): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const [variant, side] of groupBy(places, (p) => p.variant ?? '')) {
    const quoted = side.map((p) => ({ p, q: quoteOf(p) }));
    for (const group of groupBy(quoted, ({ q }) => (q ? quoteText(q) : '')).values()) {
      rows.push({ variant: variant || null, quote: group[0]!.q, places: group.map(({ p }) => p) });
    }
  }
  return rows;
}

/** A finding as one page shows it: the places it lists, and how many more are listed elsewhere. */
export interface FindingView {
  finding: Finding;
  rows: PlaceRow[];
  /** Places of the finding in other documents, listed in full on the page of findings across documents. */
  elsewhere: { places: number; documents: number };
}

/** A finding as the page of `documentId` shows it: its places in that document, and a count of the rest. */
export function viewIn(finding: Finding, documentId: string | null, quoteOf: (place: FindingPlace) => Quote | null): FindingView {
  const local = documentId === null ? finding.places : finding.places.filter((p) => p.document === documentId);
  return {
    finding,
    rows: placeRows(local, quoteOf),
    elsewhere: {
      places: finding.places.length - local.length,
      documents: documentId === null ? 0 : finding.documents.filter((d) => d !== documentId).length,
    },
  };
}

/**
 * About how many bytes of HTML a finding takes on a page: its heading and message, each quoted
 * row, each place's link. Measured on the sample site's pages and rounded up, so parts err small.
 */
export function viewBytes(view: FindingView): number {
  // A view of every place names every document, for the filter by document.
  const documents = view.elsewhere.places === 0 ? view.finding.documents.reduce((n, d) => n + d.length + 1, 0) : 0;
  let bytes = 900 + view.finding.message.length + documents;
  for (const row of view.rows) {
    bytes += 200 + (row.quote ? row.quote.before.length + row.quote.mark.length + row.quote.after.length : 0);
    for (const p of row.places) bytes += 160 + p.file.length * 2;
  }
  return bytes;
}

/** The HTML a page of findings may hold, well under the 1 MB that no page of the handbook may pass. */
export const HEALTH_PAGE_BYTES = 400_000;

/**
 * Splits items into parts of at most `limit` by `weight`, in order; an item heavier than the limit
 * has a part of its own. Always at least one part, so that an empty list still has its page.
 */
export function paginate<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[][] {
  const parts: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    const current = parts.at(-1)!;
    if (current.length > 0 && used + w > limit) {
      parts.push([item]);
      used = w;
    } else {
      current.push(item);
      used += w;
    }
  }
  return parts;
}

/** Counts of diagnostics (places) per severity, and of accepted ones. */
export type SeverityCounts = Record<Severity, number> & { accepted: number };

/** Per document id, how many diagnostics of each severity it has and how many were accepted. */
export function countsByDocument(diagnostics: readonly Diagnostic[]): Map<string, SeverityCounts> {
  const counts = new Map<string, SeverityCounts>();
  for (const d of diagnostics) {
    if (!d.document) continue;
    const c = counts.get(d.document) ?? counts.set(d.document, { error: 0, warning: 0, info: 0, accepted: 0 }).get(d.document)!;
    if (d.suppressed) c.accepted++;
    else c[d.severity]++;
  }
  return counts;
}

/** What quoting needs: each document's lines, and the text of the KPIs and roles a place names. */
export interface QuoteContext {
  documentById: ReadonlyMap<string, Pick<HandbookDocument, 'lines' | 'originalLines'>>;
  kpiById: ReadonlyMap<string, Pick<Kpi, 'text' | 'target'>>;
  roleById: ReadonlyMap<string, Pick<Role, 'name'>>;
}

/**
 * Quotes a finding's places: the source line the place names, as the checks read it (normalised)
 * for health findings and as written for the reader's own messages (a repair quotes what it
 * repaired); else the text of the KPI or role it is about; else nothing. The words marked are
 * those the message quotes, or for a conflict of targets each place's own target.
 */
export function quotePlaces(context: QuoteContext): (finding: Finding) => (place: FindingPlace) => Quote | null {
  return (finding) => {
    const normalised = DIAGNOSTIC_CODES[finding.code].owner.startsWith('health/');
    return (place) => {
      const kpi = place.kpi ? context.kpiById.get(place.kpi) : undefined;
      // A conflict of targets marks each place's own target, where the places differ.
      const about = place.variant !== null ? (kpi?.target?.raw ?? null) : finding.about;
      const doc = place.document ? context.documentById.get(place.document) : undefined;
      const line = doc ? (normalised ? doc.lines : doc.originalLines)[place.line - 1] : undefined;
      if (line?.trim()) return quoteSource(line, place.column, about);
      const entity = kpi?.text || (place.role && context.roleById.get(place.role)?.name);
      return entity ? quoteSource(entity, 0, about) : null;
    };
  };
}
