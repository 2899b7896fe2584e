/**
 * `npm run lint:docs`: every parse problem and document-health finding as
 * `file:line:col  severity  code  message`; exits 1 only when there are errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../lib/diagnostic.ts';
import { checkHealth, countFindings, definedTermsOf, healthConfigSchema } from '../lib/health/document-health.ts';
import { readGlossary } from '../loaders/read-glossary.ts';
import { readSeeds } from '../loaders/read-seeds.ts';
import { createSpeller } from '../loaders/speller.ts';

const root = join(import.meta.dirname, '..', '..');
const snapshot = await readSeeds(root, process.env.SEEDS_DIR || 'seeds');
const glossary = readGlossary(root);
const config = healthConfigSchema.parse(JSON.parse(readFileSync(join(root, 'content/health.json'), 'utf8')));
const h = snapshot.handbook;
const findings = checkHealth({
  documents: h.documents,
  roles: h.roles,
  kpis: h.kpis,
  definitions: h.definitions,
  definedTerms: definedTermsOf(h.definitions, glossary),
  vocabulary: config.vocabulary,
  speller: createSpeller(),
  suppressions: config.suppressions,
});
const parseProblems = snapshot.entries
  .flatMap((e) => e.diagnostics)
  .filter((d) => d.code !== 'mojibake-repaired' && d.code !== 'nbsp-normalised');
for (const d of [...parseProblems, ...findings.filter((f) => !f.suppressed)]) console.log(formatDiagnostic(d));
const counts = countFindings(findings);
const errors = counts.error + parseProblems.filter((d) => d.severity === 'error').length;
console.log(
  `\n${errors} errors, ${counts.warning + parseProblems.filter((d) => d.severity === 'warning').length} warnings, ${counts.info} notes, ${counts.suppressed} accepted in content/health.json.`,
);
process.exit(errors > 0 ? 1 : 0);
