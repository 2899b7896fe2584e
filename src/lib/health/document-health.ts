/**
 * Checks that help the people who write the KPI documents: typos, repeated words, copy-paste
 * slips, numbers that disagree with their noun, KPIs nobody can measure. Pure: the dictionary is
 * passed in, so the same checks run in the build, in `npm run lint:docs` and in unit tests.
 */

import { z } from 'zod';
import type { DiagnosticCode } from '../diagnostic.ts';
import { familyOf, roleFamilies } from '../handbook/related-roles.ts';
import { type Definition, diagnosticSchema, type HandbookDocument, type Kpi, type Role } from '../schema.ts';
import { formatTarget } from '../targets/format-target.ts';

export const findingSchema = diagnosticSchema.extend({
  document: z.string(),
  role: z.string().nullable(),
  kpi: z.string().nullable(),
  /** Set when editors accepted the finding in content/health-suppressions.json. */
  suppressed: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const suppressionSchema = z.object({
  code: z.string().min(1),
  /** File as in messages ("seeds/000_….txt"); omitted means any file. */
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** Text the finding's message must contain, e.g. the quoted words. */
  match: z.string().optional(),
  reason: z.string().min(1),
});
export type Suppression = z.infer<typeof suppressionSchema>;

/** content/health.json: the organisation's own words, and findings editors have accepted. */
export const healthConfigSchema = z.object({
  vocabulary: z.array(z.string()).default([]),
  suppressions: z.array(suppressionSchema).default([]),
});
export type HealthConfig = z.infer<typeof healthConfigSchema>;

export interface Speller {
  /** True when the word is spelled correctly. */
  correct(word: string): boolean;
  /** Likely intended words, best first. */
  suggest(word: string): string[];
}

export interface HealthInput {
  documents: readonly HandbookDocument[];
  roles: readonly Role[];
  kpis: readonly Kpi[];
  definitions: readonly Definition[];
  /** Terms and aliases the glossary and documents define, lower case. */
  definedTerms: readonly string[];
  /** Words the organisation uses that no dictionary has (product names, jargon). */
  vocabulary: readonly string[];
  speller: Speller;
  suppressions: readonly Suppression[];
}

/** One place per entity to look at: the lines it spans and who it belongs to. */
interface Place {
  doc: HandbookDocument;
  role: Role | null;
  kpi: Kpi | null;
  lines: number[];
}

const WORD_RE = /\p{L}[\p{L}'’]*/gu;
const quoteOf = (s: string) => `“${s}”`;

/** Places to read text from: each role heading, each KPI (with continuation lines), each definition. */
function places(input: HealthInput): Place[] {
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  const out: Place[] = [];
  for (const doc of input.documents) {
    const linesOf = new Map<string, number[]>();
    for (const a of doc.lineAccounts)
      if (a.ref && (a.kind === 'kpi' || a.kind === 'continuation' || a.kind === 'role' || a.kind === 'definition'))
        linesOf.set(a.ref, [...(linesOf.get(a.ref) ?? []), a.line]);
    for (const r of input.roles.filter((x) => x.document === doc.id)) out.push({ doc, role: r, kpi: null, lines: [r.source.line] });
    for (const k of input.kpis.filter((x) => x.document === doc.id))
      out.push({ doc, role: roleById.get(k.role) ?? null, kpi: k, lines: linesOf.get(k.id) ?? [k.source.line] });
    for (const d of input.definitions.filter((x) => x.document === doc.id))
      out.push({ doc, role: null, kpi: null, lines: linesOf.get(d.id) ?? [d.source.line] });
  }
  return out;
}

type Emit = (p: Place, severity: Finding['severity'], code: DiagnosticCode, line: number, column: number, message: string) => void;

/** "response response": the same word twice in a row. */
function repeatedWords(p: Place, emit: Emit) {
  for (const line of p.lines) {
    for (const m of (p.doc.lines[line - 1] ?? '').matchAll(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu)) {
      emit(p, 'warning', 'repeated-word', line, m.index! + 1, `${quoteOf(m[0])} repeats a word; write ${quoteOf(m[1]!)} once.`);
    }
  }
}

/** Words no dictionary knows, with suggestions. */
function misspellings(p: Place, emit: Emit, input: HealthInput, vocabulary: Set<string>) {
  for (const line of p.lines) {
    for (const m of (p.doc.lines[line - 1] ?? '').matchAll(WORD_RE)) {
      const word = m[0].replace(/[’']s?$/, '').replace(/’/g, "'");
      // Acronyms and names written in capitals (API, HaaS, SDKs) are not spelling.
      if (word.length < 3 || /\p{Lu}.*\p{Lu}/u.test(word) || vocabulary.has(word.toLowerCase())) continue;
      if (input.speller.correct(word) || input.speller.correct(word.toLowerCase())) continue;
      const suggestions = input.speller.suggest(word).slice(0, 3);
      emit(
        p,
        'warning',
        'misspelling',
        line,
        m.index! + 1,
        `${quoteOf(word)} is not in the dictionary${suggestions.length ? `; did you mean ${suggestions.map(quoteOf).join(' or ')}?` : '.'} If it is a name, add it to "vocabulary" in content/health.json.`,
      );
    }
  }
}

/** A word from another role family in this role's KPI: the Backend Team's KPI about "mobile code". */
function crossFamily(p: Place, emit: Emit, families: Map<string, Set<string>>) {
  if (!p.kpi || !p.role) return;
  const own = familyOf(p.role.name);
  const others = families.get(p.doc.id);
  if (!own || !others?.has(own)) return;
  for (const line of p.lines) {
    const text = p.doc.lines[line - 1] ?? '';
    if (new RegExp(`\\b${own}\\b`, 'i').test(text)) continue;
    for (const other of others) {
      if (other === own) continue;
      const m = new RegExp(`\\b${other}\\b`, 'i').exec(text);
      if (m)
        emit(
          p,
          'warning',
          'cross-family-word',
          line,
          m.index + 1,
          `${p.role.name} speaks of ${quoteOf(m[0])}, a word of the ${other} family; did you mean ${quoteOf(own)}? This is often a copy-paste slip.`,
        );
    }
  }
}

/** "1 developer events": a count of one with a plural noun. */
function numberAgreement(p: Place, emit: Emit) {
  const t = p.kpi?.target;
  if (t?.kind !== 'count' || t.value !== 1 || !t.unit) return;
  const noun = t.unit.split(' ').at(-1)!;
  if (!/[^s]s$/i.test(noun)) return;
  const line = p.kpi!.source.line;
  const column = (p.doc.lines[line - 1] ?? '').indexOf(t.unit) + 1 || (t.column ?? 1);
  emit(
    p,
    'warning',
    'number-agreement',
    line,
    column,
    `“${t.raw} … ${noun}”: one with a plural noun; write ${quoteOf(`${t.raw} ${t.unit.replace(/s$/, '')}`)}, or raise the number if more are meant.`,
  );
}

/** Normalises a KPI's wording into its measure, without the target and filler words. */
export function measureKey(kpi: Pick<Kpi, 'text' | 'target'>): string {
  const text = kpi.target ? kpi.text.replace(kpi.target.raw, ' ') : kpi.text;
  return text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !['overall', 'average', 'of', 'the', 'a', 'an', 'percentage', 'and', 'in', 'on'].includes(w))
    .join(' ');
}

/** The terms a KPI's measure counts as defined by: the documents' definitions and the glossary's terms and aliases. */
export function definedTermsOf(
  definitions: ReadonlyArray<Pick<Definition, 'term'>>,
  glossary: ReadonlyArray<{ data: { term: string; aliases: string[] } }>,
): string[] {
  return [...definitions.map((d) => d.term), ...glossary.flatMap((g) => [g.data.term, ...g.data.aliases])].map((t) => t.toLowerCase());
}

/** Runs every check and applies suppressions; findings come sorted by file, line and column. */
export function checkHealth(input: HealthInput): Finding[] {
  const findings: Finding[] = [];
  const emit: Emit = (p, severity, code, line, column, message) =>
    findings.push({
      severity,
      code,
      file: p.doc.file,
      line,
      column,
      message,
      document: p.doc.id,
      role: p.role?.id ?? null,
      kpi: p.kpi?.id ?? null,
      suppressed: null,
    });
  const vocabulary = new Set(input.vocabulary.map((w) => w.toLowerCase()));
  // A family is a field with at least two roles in one document (Frontend Team, Frontend Engineers);
  // a lone "Quality Assurance Engineer" names a job, not a family whose word could be misplaced.
  const families = new Map<string, Set<string>>();
  for (const { document, family, roles } of roleFamilies(input.roles)) {
    if (roles.length >= 2) families.set(document, (families.get(document) ?? new Set()).add(family));
  }
  const all = places(input);
  for (const p of all) {
    repeatedWords(p, emit);
    misspellings(p, emit, input, vocabulary);
    crossFamily(p, emit, families);
    numberAgreement(p, emit);
  }
  const docOf = new Map(input.documents.map((d) => [d.id, d]));
  const place = (role: Role, kpi: Kpi | null): Place => ({ doc: docOf.get(role.document)!, role, kpi, lines: [] });
  for (const role of input.roles) {
    const kpis = input.kpis.filter((k) => k.role === role.id);
    if (kpis.length === 0)
      emit(
        place(role, null),
        'warning',
        'role-without-kpis',
        role.source.line,
        1,
        `${role.name} has no KPIs; add bullet points under it, or remove the role.`,
      );
    else if (kpis.every((k) => !k.target))
      emit(
        place(role, null),
        'warning',
        'role-without-targets',
        role.source.line,
        1,
        `None of the ${kpis.length} KPIs of ${role.name} has a numeric target, so nobody can say whether they are met. Add targets such as “≥ 80%” or “≤ 24hrs”.`,
      );
    for (const k of kpis.filter((x) => !x.target))
      emit(
        place(role, k),
        'info',
        'kpi-without-target',
        k.source.line,
        1,
        `${quoteOf(k.name)} has no numeric target; state one so it can be checked.`,
      );
  }
  // The same measure with different targets across roles: information, since roles may differ on purpose.
  const byMeasure = new Map<string, Kpi[]>();
  for (const k of input.kpis) if (k.target) byMeasure.set(measureKey(k), [...(byMeasure.get(measureKey(k)) ?? []), k]);
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  for (const group of byMeasure.values()) {
    const targets = new Set(group.map((k) => `${k.target!.direction}:${k.target!.seconds ?? k.target!.value}:${k.target!.outOf ?? ''}`));
    if (targets.size < 2) continue;
    for (const k of group) {
      const others = group
        .filter((o) => o.target && formatTarget(o.target).text !== formatTarget(k.target!).text)
        .map((o) => `${roleById.get(o.role)?.name} ${formatTarget(o.target!).text}`);
      emit(
        place(roleById.get(k.role)!, k),
        'info',
        'inconsistent-target',
        k.source.line,
        k.target!.column ?? 1,
        `${quoteOf(measureKey(k))} is ${formatTarget(k.target!).text} here but differs elsewhere (${[...new Set(others)].slice(0, 4).join('; ')}). Check that the difference is meant.`,
      );
    }
  }
  // A named measure (a "… rate" or "… score") that neither the documents nor the glossary define.
  const defined = input.definedTerms.map((t) => t.toLowerCase());
  for (const k of input.kpis) {
    const m = /\b((?:[\p{L}-]+\s){1,3}(?:rate|score|ratio|index))\b/iu.exec(k.text);
    if (!m) continue;
    const phrase = m[1]!.toLowerCase().replace(/^(?:overall|average|the|of)\s+/g, '');
    if (defined.some((t) => phrase.includes(t) || t.includes(phrase))) continue;
    emit(
      place(roleById.get(k.role)!, k),
      'info',
      'undefined-measure',
      k.source.line,
      1,
      `${quoteOf(m[1]!)} is not defined in any document or in the glossary; add it to content/glossary/ with its formula.`,
    );
  }
  for (const doc of input.documents) {
    for (const n of doc.normalisations) {
      if (n.kind === 'mojibake')
        findings.push({
          severity: 'info',
          code: 'mojibake-repaired',
          file: doc.file,
          line: n.line,
          column: n.column,
          message: `${quoteOf(n.from)} was read as ${quoteOf(n.to)}; save the document as UTF-8 to fix it at the source.`,
          document: doc.id,
          role: null,
          kpi: null,
          suppressed: null,
        });
      if (n.kind === 'windows-1252')
        findings.push({
          severity: 'warning',
          code: 'not-utf-8',
          file: doc.file,
          line: n.line,
          column: n.column,
          message: 'The file is not UTF-8 and was read as Windows-1252; save it as UTF-8.',
          document: doc.id,
          role: null,
          kpi: null,
          suppressed: null,
        });
    }
    const nbsp = doc.normalisations.filter((n) => n.kind === 'nbsp');
    if (nbsp.length)
      findings.push({
        severity: 'info',
        code: 'nbsp-normalised',
        file: doc.file,
        line: nbsp[0]!.line,
        column: nbsp[0]!.column,
        message: `${nbsp.length} non-breaking space${nbsp.length === 1 ? ' was' : 's were'} read as ordinary spaces.`,
        document: doc.id,
        role: null,
        kpi: null,
        suppressed: null,
      });
  }
  for (const f of findings) {
    const s = input.suppressions.find(
      (x) =>
        x.code === f.code && (!x.file || x.file === f.file) && (!x.line || x.line === f.line) && (!x.match || f.message.includes(x.match)),
    );
    if (s) f.suppressed = s.reason;
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** Counts per severity, leaving out suppressed findings. */
export function countFindings(findings: readonly Finding[]): Record<Finding['severity'], number> & { suppressed: number } {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  return counts;
}
