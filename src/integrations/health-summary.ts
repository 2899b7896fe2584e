/** Prints the document checks' one-line summary at the end of `astro build`. */

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function healthSummary(): AstroIntegration {
  return {
    name: 'kpi-handbook:health',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL('api/health.json', dir));
        const { counts } = JSON.parse(await readFile(file, 'utf8')) as { counts: Record<string, number> };
        logger.info(
          `Document health: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes, ${counts.suppressed} accepted by editors. Details: /health/ or npm run lint:docs.`,
        );
      },
    },
  };
}
