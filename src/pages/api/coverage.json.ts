import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';

/** Per document: how many non-blank lines became what, proving that no line was lost. */
export const GET: APIRoute = async () => {
  const { documents } = await handbook();
  return new Response(JSON.stringify({ documents: documents.map((d) => d.coverage) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
