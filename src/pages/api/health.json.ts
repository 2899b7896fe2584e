import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';
import { countFindings } from '../../lib/health/document-health.ts';

/** The document checks' findings, with counts per severity. */
export const GET: APIRoute = async () => {
  const { findings } = await handbook();
  return new Response(JSON.stringify({ counts: countFindings(findings), findings }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
