/**
 * The handbook's own words, as one list of texts: what acronyms are paired from and what the search
 * vocabulary is made of. The documents' titles, introductions, groups, roles, KPIs with their
 * notes and definitions, and the glossary's terms, aliases, summaries and bodies.
 */
import type { Definition, GlossaryEntry, HandbookDocument, Kpi, Role } from '../schema.ts';

export interface HandbookWords {
  documents: readonly Pick<HandbookDocument, 'title' | 'introduction'>[];
  roles: readonly Pick<Role, 'name' | 'notes' | 'group'>[];
  kpis: readonly Pick<Kpi, 'text' | 'section' | 'notes'>[];
  definitions: readonly Pick<Definition, 'term' | 'text'>[];
  glossary: readonly { data: Pick<GlossaryEntry, 'term' | 'aliases' | 'summary'>; body?: string | undefined }[];
}

/** Every text of the handbook that search indexes, each once. */
export function handbookTexts(h: HandbookWords): string[] {
  return [
    ...new Set([
      ...h.documents.flatMap((d) => [d.title, d.introduction ?? '']),
      ...h.roles.flatMap((r) => [r.name, r.group?.name ?? '', ...r.notes]),
      ...h.kpis.flatMap((k) => [k.text, k.section ?? '', ...(k.notes ?? [])]),
      ...h.definitions.flatMap((d) => [d.term, d.text]),
      ...h.glossary.flatMap((g) => [g.data.term, ...g.data.aliases, g.data.summary, g.body ?? '']),
    ]),
  ].filter(Boolean);
}
