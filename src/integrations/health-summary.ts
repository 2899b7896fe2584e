/**
 * At the end of `astro build`: prints the warnings about the editorial content (content/ entries
 * that name roles or terms the documents no longer have), which no loader prints, then the
 * one-line summary of every diagnostic.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatDiagnostic } from '../lib/diagnostic.ts';
import type { Diagnostic } from '../lib/schema.ts';

export function healthSummary(): AstroIntegration {
  return {
    name: 'kpi-handbook:health',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL('api/health.json', dir));
        const { counts, diagnostics } = JSON.parse(await readFile(file, 'utf8')) as {
          counts: Record<string, number>;
          diagnostics: Diagnostic[];
        };
        for (const d of diagnostics) if (d.file.startsWith('content/') && !d.suppressed) logger.warn(formatDiagnostic(d));
        logger.info(
          `Document health: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes, ${counts.suppressed} accepted by editors. Details: /editors/health/ or npm run lint:docs.`,
        );
      },
    },
  };
}
