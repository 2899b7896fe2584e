import type { APIRoute } from 'astro';
import { searchData } from '../data/search-data.ts';

/** The words the search index holds, sorted: the search dialog reads typos and compounds against them. */
export const GET: APIRoute = async () => {
  const { vocabulary } = await searchData();
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
