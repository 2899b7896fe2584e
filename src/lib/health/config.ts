/**
 * content/health.json: the organisation's own words that no dictionary knows, and the findings
 * editors have accepted. Suppressions name a code from the one list of diagnostic codes, so a
 * misspelt code fails with a message instead of silently matching nothing.
 */
import { z } from 'zod';
import { type Diagnostic, diagnosticCodeSchema, type Severity } from '../schema.ts';

export const suppressionSchema = z.object({
  code: diagnosticCodeSchema,
  /** File as in messages ("seeds/000_….txt"); omitted means any file. */
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** Text the finding's message must contain, e.g. the quoted words. */
  match: z.string().optional(),
  reason: z.string().min(1),
});
export type Suppression = z.infer<typeof suppressionSchema>;

export const healthConfigSchema = z.object({
  vocabulary: z.array(z.string()).default([]),
  suppressions: z.array(suppressionSchema).default([]),
});
export type HealthConfig = z.infer<typeof healthConfigSchema>;

/** Marks each diagnostic that a suppression matches with the suppression's reason. */
export function applySuppressions(diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[]): Diagnostic[] {
  if (suppressions.length === 0) return diagnostics.map((d) => ({ ...d, suppressed: d.suppressed ?? null }));
  return diagnostics.map((d) => {
    const s = suppressions.find(
      (x) =>
        x.code === d.code && (!x.file || x.file === d.file) && (!x.line || x.line === d.line) && (!x.match || d.message.includes(x.match)),
    );
    return { ...d, suppressed: s ? s.reason : (d.suppressed ?? null) };
  });
}

/** Counts per severity, leaving out suppressed diagnostics. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Record<Severity, number> & { suppressed: number } {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const d of diagnostics) {
    if (d.suppressed) counts.suppressed++;
    else counts[d.severity]++;
  }
  return counts;
}
