import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';

/**
 * Per document: how many non-blank lines became what, and per line what it became (its kind and
 * the id of the role, KPI or definition it belongs to), so a line placed under the wrong role can
 * be seen, not only a lost one.
 */
export const GET: APIRoute = async () => {
  const { documents } = await handbook();
  return new Response(JSON.stringify({ documents: documents.map((d) => ({ ...d.coverage, accounts: d.lineAccounts })) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
