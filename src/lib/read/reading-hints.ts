/**
 * Reading hints: what an editor tells the reader about one document where the general rules read
 * it wrong, without code (content/reading-hints.json, keyed by the file as messages name it,
 * "seeds/finance/kpis.md"). Each hint states evidence the document does not show clearly:
 *
 * - `roleLevel`: headings at this level (1–6) are roles; those above them groups, those below sections;
 * - `notKpis`: heading names whose parts hold no KPIs (read as the genre around them);
 * - `sections`: heading names that are sections of a role, never roles;
 * - `columns`: the header of a table's measure, target, role, group, unit or polarity column;
 * - `id`: the document's id, pinning its URLs whatever the file is called.
 */
import { z } from 'zod';

export const columnHintsSchema = z
  .object({
    measure: z.string().min(1),
    target: z.string().min(1),
    role: z.string().min(1),
    group: z.string().min(1),
    unit: z.string().min(1),
    polarity: z.string().min(1),
  })
  .partial()
  .strict();
export type ColumnHints = z.infer<typeof columnHintsSchema>;

/** A document id as an editor pins it: what a file name would give ("finance-kpis"). */
export const documentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters a–z, digits and single hyphens, as in "finance-kpis"');

export const readingHintsSchema = z
  .object({
    roleLevel: z.number().int().min(1).max(6).optional(),
    notKpis: z.array(z.string().min(1)).optional(),
    sections: z.array(z.string().min(1)).optional(),
    columns: columnHintsSchema.optional(),
    id: documentIdSchema.optional(),
  })
  .strict();
export type ReadingHints = z.infer<typeof readingHintsSchema>;

/** The hints file: documents by their file as messages name it ("seeds/kpis.md"). */
export const readingHintsFileSchema = z.record(z.string().regex(/^[^\\]+$/, 'use / in file paths'), readingHintsSchema);

/** A name as hints, headers and cells are compared: no case, no surrounding or repeated spaces. */
export const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether a hint list names a heading (case and spacing aside). */
export const names = (list: readonly string[] | undefined, heading: string): boolean =>
  !!list?.some((n) => nameKey(n) === nameKey(heading));
