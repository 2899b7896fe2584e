import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { lineKindSchema, type Coverage, type LineKind } from '../../lib/schema.ts';

/** Per document: how many non-blank lines became what, proving that no line was lost. */
export const GET: APIRoute = async () => {
  const documents = await getCollection('documents');
  const coverage: Coverage[] = documents.map(({ data: d }) => {
    const byKind = Object.fromEntries(lineKindSchema.options.map((k) => [k, 0])) as Record<LineKind, number>;
    for (const a of d.lineAccounts) byKind[a.kind]++;
    const claimed = new Set(d.lineAccounts.map((a) => a.line));
    const nonBlank = d.lines.filter((l) => l.trim()).length;
    const unaccounted = d.lines.flatMap((text, i) => (text.trim() && !claimed.has(i + 1) ? [{ line: i + 1, text }] : []));
    return { document: d.id, file: d.file, lines: d.lines.length, nonBlank, accounted: claimed.size, byKind, unaccounted };
  });
  return new Response(JSON.stringify({ documents: coverage }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
