import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';

/** The whole handbook as data: documents, roles, KPIs in source order, and definitions. */
export const GET: APIRoute = async () => {
  const h = await handbook();
  const body = {
    documents: h.documents.map(({ lines: _l, originalLines: _o, lineAccounts: _a, coverage: _c, ...d }) => d),
    roles: h.roles,
    kpis: h.kpis,
    definitions: h.definitions,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
