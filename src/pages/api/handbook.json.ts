import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { bySource } from '../../lib/handbook/source-order.ts';

/** The whole handbook as data: documents, roles, KPIs in source order, and definitions. */
export const GET: APIRoute = async () => {
  const [documents, roles, kpis, definitions] = await Promise.all([
    getCollection('documents'),
    getCollection('roles'),
    getCollection('kpis'),
    getCollection('definitions'),
  ]);
  const body = {
    documents: documents
      .sort((a, b) => bySource(a.data, b.data))
      .map(({ data: { lines: _l, originalLines: _o, lineAccounts: _a, coverage: _c, ...d } }) => d),
    roles: roles.map((r) => r.data).sort(bySource),
    kpis: kpis.map((k) => k.data).sort(bySource),
    definitions: definitions.map((d) => d.data).sort(bySource),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
