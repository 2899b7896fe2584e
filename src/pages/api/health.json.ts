import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';

/** Every diagnostic (parse problems, repairs, content references, document health), with counts per severity. */
export const GET: APIRoute = async () => {
  const { counts, diagnostics } = await handbook();
  return new Response(JSON.stringify({ counts: counts.diagnostics, diagnostics }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
