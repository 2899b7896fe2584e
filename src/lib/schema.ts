/**
 * The handbook's data model. Every type used by the parsers, the loader, the pages and the
 * exports is inferred from these schemas, so there is exactly one definition of each concept.
 */
import { z } from 'zod';
import { diagnosticCodes } from './diagnostic.ts';

/** Where an entity came from: the file as named under `seeds/` and its 1-based line. */
export const sourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  /** Last line of a multi-line entity (a KPI with continuation lines). */
  endLine: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const targetKindSchema = z.enum(['percent', 'duration', 'count', 'score', 'currency', 'change', 'ratio']);
export type TargetKind = z.infer<typeof targetKindSchema>;

/** Which side of the target is good; "between" is a range from `value` to `max`. */
export const directionSchema = z.enum(['at-least', 'at-most', 'between']);
export type Direction = z.infer<typeof directionSchema>;

/** What every numeric target has, whatever its kind. */
const targetBase = {
  /** The exact phrase, as it stands in the text, e.g. "24hrs" or "at least 90 %". */
  raw: z.string().min(1),
  /**
   * The number as written; counts and money have k/M/B suffixes expanded ("25k" → 25000). For a
   * range, its low end; for a change, the signed percent (−20 for "reduce by 20%").
   */
  value: z.number(),
  /**
   * Canonical unit: "%", a duration unit ("s", "h", "d", …), "/10" for scores, the ISO 4217 code for
   * money, "%" for a change, "×" for a multiple, or the counted noun.
   */
  unit: z.string(),
  direction: directionSchema,
  /** Whether the direction was stated ("at least", "≤", "reduce") or inferred from the kind. */
  directionSource: z.enum(['explicit', 'inferred']),
  /** A strict bound ("more than", "<", "under"): a value exactly on it is not met. */
  strict: z.boolean().optional(),
  /** Ranges only: the high end, in the same unit as `value`. */
  max: z.number().optional(),
  /** 1-based column of `raw` within the source line, when it came from a document. */
  column: z.number().int().positive().optional(),
};
/** Changes and multiples: what the change or multiple is of ("commit", "quota"). */
const reference = z.string().optional();

/**
 * A numeric target read from a document (or typed by a user), one shape per kind: a score always
 * has its scale, a duration its seconds, money its currency, so no reader has to guess them.
 */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ ...targetBase, kind: z.literal('percent') }),
  z.object({ ...targetBase, kind: z.literal('count') }),
  z.object({
    ...targetBase,
    kind: z.literal('duration'),
    /** The value in seconds. */
    seconds: z.number().nonnegative(),
    /** Ranges only: the high end in seconds. */
    maxSeconds: z.number().nonnegative().optional(),
  }),
  /** The scale: 10 in "7/10". */
  z.object({ ...targetBase, kind: z.literal('score'), outOf: z.number().positive() }),
  /** The ISO 4217 code ("EUR" for "€4.50"). */
  z.object({ ...targetBase, kind: z.literal('currency'), currency: z.string().regex(/^[A-Z]{3}$/) }),
  /** `period`: the period compared with, as written ("YoY", "compared with last year"). */
  z.object({ ...targetBase, kind: z.literal('change'), period: z.string().optional(), reference }),
  z.object({ ...targetBase, kind: z.literal('ratio'), reference }),
]);
export type Target = z.infer<typeof targetSchema>;
/** The target of one kind: `TargetOf<'score'>` has `outOf`. */
export type TargetOf<K extends Target['kind']> = Extract<Target, { kind: K }>;

/** What a KPI's wording implies when it states no number ("Percentage of…", "minimize"). */
export const measureSchema = z.object({
  kind: targetKindSchema.nullable(),
  direction: directionSchema.nullable(),
  /** The words the kind and direction were read from, so the inference can be checked. */
  evidence: z.array(z.string()),
});
export type Measure = z.infer<typeof measureSchema>;

export const roleStatusSchema = z.enum(['active', 'not-available']);
export type RoleStatus = z.infer<typeof roleStatusSchema>;

export const formatSchema = z.enum(['markdown', 'outline', 'html', 'docx', 'csv', 'xlsx']);
export type DocumentFormat = z.infer<typeof formatSchema>;

export const normalisationSchema = z.object({
  kind: z.enum(['bom', 'crlf', 'nbsp', 'mojibake', 'windows-1252', 'bidi']),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  from: z.string(),
  to: z.string(),
});
export type Normalisation = z.infer<typeof normalisationSchema>;

export const lineKindSchema = z.enum([
  'title',
  'introduction',
  'group',
  'role',
  'section',
  'kpi',
  'continuation',
  'definition',
  'separator',
  'chrome',
  /** An HTML comment (`<!-- … -->`): read, never published. */
  'comment',
  /** HTML tags with no text of their own (`<ul>`, `</table>`): structure, already read with what they hold. */
  'markup',
  /** Text that an element left open (`<!--`, `<script>`, `<textarea>` …) hid from readers: read, warned about, never published. */
  'hidden',
]);
export type LineKind = z.infer<typeof lineKindSchema>;

/** What one non-blank source line became; `ref` is the id of the entity it belongs to. */
export const lineAccountSchema = z.object({
  line: z.number().int().positive(),
  kind: lineKindSchema,
  ref: z.string().nullable(),
});
export type LineAccount = z.infer<typeof lineAccountSchema>;

/** What a document's non-blank lines became, proving none was lost. */
export const coverageSchema = z.object({
  document: z.string(),
  file: z.string(),
  lines: z.number().int().nonnegative(),
  nonBlank: z.number().int().nonnegative(),
  accounted: z.number().int().nonnegative(),
  byKind: z.record(lineKindSchema, z.number().int().nonnegative()),
  unaccounted: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
});
export type Coverage = z.infer<typeof coverageSchema>;

/**
 * One heading of a document as the reader took it, for the editors' outline: the title, a group of
 * roles, a role, a section of a role, a part of the genre around KPIs (a role's notes, or the
 * document's introduction), the glossary, or page frame. `ref` is the role's id for a role.
 */
export const outlineEntrySchema = z.object({
  line: z.number().int().nonnegative(),
  text: z.string(),
  depth: z.number().int().nonnegative(),
  kind: z.enum(['title', 'group', 'role', 'section', 'notes', 'introduction', 'glossary', 'frame']),
  ref: z.string().nullable(),
});
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;

/** What a document says about itself near its top, each as written (document-facts.ts). */
export const documentFactsSchema = z.object({
  owner: z.string().optional(),
  effective: z.string().optional(),
  updated: z.string().optional(),
  audience: z.string().optional(),
  version: z.string().optional(),
  review: z.string().optional(),
});
export type DocumentFacts = z.infer<typeof documentFactsSchema>;

export const documentSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  /** True when the document had no title line and `title` was derived from the file name. */
  titleDerived: z.boolean(),
  introduction: z.string().nullable(),
  facts: documentFactsSchema,
  format: formatSchema,
  /** Lines as normalised (BOM stripped, CRLF, NBSP, mojibake repaired), for reading. */
  lines: z.array(z.string()),
  /** Lines exactly as decoded, before any normalisation, for the faithful source view. */
  originalLines: z.array(z.string()),
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']),
  bytes: z.number().int().nonnegative(),
  digest: z.string(),
  normalisations: z.array(normalisationSchema),
  lineAccounts: z.array(lineAccountSchema),
  /** The document's headings as read, in source order (see outlineEntrySchema). */
  outline: z.array(outlineEntrySchema),
  coverage: coverageSchema,
  source: sourceSchema,
});
export type HandbookDocument = z.infer<typeof documentSchema>;

export const groupSchema = z.object({
  name: z.string(),
  status: roleStatusSchema,
  source: sourceSchema,
});
export type RoleGroup = z.infer<typeof groupSchema>;

export const roleSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  document: z.string().min(1),
  group: groupSchema.nullable(),
  status: roleStatusSchema,
  /** Prose written under the role heading, kept so that nothing is lost. */
  notes: z.array(z.string()),
  sections: z.array(z.string()),
  kpiCount: z.number().int().nonnegative(),
  targetCount: z.number().int().nonnegative(),
  source: sourceSchema,
});
export type Role = z.infer<typeof roleSchema>;

/** How often a KPI is measured, as the calculator's history keeps values. */
export const periodSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);
export type Period = z.infer<typeof periodSchema>;

/**
 * What a KPI's document states about it besides its wording and target, each as written: from a
 * table's or register's columns, "Owner:" and "Frequency:" lines under it, or "(monthly)" in it.
 */
export const kpiRecordSchema = z.object({
  owner: z.string().optional(),
  frequency: z.string().optional(),
  /** The frequency, or the period the target is stated for ("8 per month"), as one of the calendar's periods. */
  period: periodSchema.optional(),
  dataSource: z.string().optional(),
  /** "Lower is better", "Higher", as written. */
  polarity: z.string().optional(),
  definition: z.string().optional(),
  /** A RAG table's bands, and a scorecard's threshold (the lowest acceptable level), as written. */
  bands: z
    .object({ green: z.string().optional(), amber: z.string().optional(), red: z.string().optional(), threshold: z.string().optional() })
    .optional(),
  /**
   * The band short of the target that still counts as "close", read from the amber band or the
   * threshold: the calculator says "close" for a value inside it instead of using its default tolerance.
   */
  amber: targetSchema.optional(),
});
export type KpiRecord = z.infer<typeof kpiRecordSchema>;

export const kpiSchema = z.object({
  id: z.string().min(1),
  /** Fragment id on the role page, e.g. "kpi-lead-conversion-rate". */
  anchor: z.string().min(1),
  role: z.string().min(1),
  document: z.string().min(1),
  section: z.string().nullable(),
  /** The item's label ("Lead Conversion Rate"), or its whole text when it has none. */
  name: z.string().min(1),
  /** The text after the label, or null when the item has no label. */
  description: z.string().nullable(),
  /** The item's exact wording (continuation lines joined by a space). */
  text: z.string().min(1),
  /** Explanations written under the KPI (its nested bullets); absent when there are none. */
  notes: z.array(z.string()).min(1).optional(),
  target: targetSchema.nullable(),
  measure: measureSchema,
  record: kpiRecordSchema,
  /** Position of the KPI within its role, from 1, in source order. */
  position: z.number().int().positive(),
  source: sourceSchema,
});
export type Kpi = z.infer<typeof kpiSchema>;

export const definitionSchema = z.object({
  id: z.string().min(1),
  term: z.string().min(1),
  text: z.string(),
  document: z.string().min(1),
  source: sourceSchema,
});
export type Definition = z.infer<typeof definitionSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** Every diagnostic code, each emitted by one module (see DIAGNOSTIC_CODES). */
export const diagnosticCodeSchema = z.enum(diagnosticCodes);

/** A parse problem, repair, content reference or health finding, at `file:line:column`. */
export const diagnosticSchema = z.object({
  severity: severitySchema,
  code: diagnosticCodeSchema,
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  message: z.string(),
  /** The document, role and KPI it concerns, when known, so pages can group and link it. */
  document: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  kpi: z.string().nullable().optional(),
  /** The reason, when editors accepted it in content/health.json. */
  suppressed: z.string().nullable().optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** One raw count or amount a formula takes, e.g. "test cases passed". */
export const formulaInputSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'use a camelCase id such as "passed"'),
  label: z.string().min(1),
  /** What is typed for it: a plain count, or a duration total such as "36 h". */
  kind: z.enum(['count', 'duration']),
});
export type FormulaInput = z.infer<typeof formulaInputSchema>;

/**
 * How a measure is computed from raw inputs. `op` fixes what the inputs mean, in order:
 * percent-of [part, whole] → part ÷ whole × 100; mean [total, count] → total ÷ count;
 * net-percent [promoters, detractors, respondents] → (promoters − detractors) ÷ respondents × 100.
 */
export const formulaSchema = z
  .object({
    op: z.enum(['percent-of', 'mean', 'net-percent']),
    /** The formula as readers see it, e.g. "passed ÷ run × 100". */
    expression: z.string().min(1),
    inputs: z.array(formulaInputSchema).min(2).max(3),
    result: targetKindSchema,
    /** Score results on a fixed scale (NPS: 100) fit only score targets out of the same number. */
    scale: z.number().positive().optional(),
    /** Worked example: a value per input id, computed on the page with the same code as the calculator. */
    example: z.record(z.string(), z.number()).optional(),
  })
  .refine((f) => f.inputs.length === (f.op === 'net-percent' ? 3 : 2), {
    message: 'percent-of and mean take 2 inputs, net-percent takes 3',
  });
export type Formula = z.infer<typeof formulaSchema>;

/** A glossary entry written by the handbook's editors in content/glossary/*.mdx (frontmatter). */
export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  /** Other wordings that count as a mention of the term in KPI texts. */
  aliases: z.array(z.string()).default([]),
  /** Whether the meaning comes from a KPI document or from the handbook's editors. */
  origin: z.enum(['document', 'editors']),
  /**
   * With origin "document": the slug of the defined term ("quality-assurance-pass-rate"). It matches
   * that term's definition in every document, so a second document defining it changes nothing here.
   */
  documentDefinition: z.string().optional(),
  summary: z.string().min(1),
  formula: formulaSchema.nullable(),
  /** Phrases that attach the formula to a KPI in the calculator without linking the words. */
  calculatorMatch: z.array(z.string()).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * One file of the seeds folder as read: the entities it holds (ids already unique across every
 * document), or only its diagnostics when it is not a readable document. The loader stores one
 * per file; the assembly joins them into the handbook.
 */
export const sourceFileSchema = z.object({
  file: z.string().min(1),
  digest: z.string(),
  document: documentSchema.nullable(),
  roles: z.array(roleSchema),
  kpis: z.array(kpiSchema),
  definitions: z.array(definitionSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;
