/**
 * The pages' single view of the collections, loaded once per build: sorted in source order, with
 * related roles resolved and a term linker built from the definitions and the glossary.
 */
import { getCollection } from 'astro:content';
import { termLinker } from '../lib/handbook/link-terms.ts';
import { relateRoles } from '../lib/handbook/related-roles.ts';
import { restatedDefinitions } from '../lib/handbook/restated-definitions.ts';
import { withBase } from '../lib/handbook/routes.ts';
import { bySource } from '../lib/handbook/source-order.ts';
import { checkHealth, definedTermsOf } from '../lib/health/document-health.ts';
import type { Definition, HandbookDocument, Kpi, Role } from '../lib/schema.ts';
import { createSpeller } from '../loaders/speller.ts';

async function load() {
  const [documents, roles, kpis, definitions, glossary, relations, health] = await Promise.all([
    getCollection('documents'),
    getCollection('roles'),
    getCollection('kpis'),
    getCollection('definitions'),
    getCollection('glossary'),
    getCollection('relations'),
    getCollection('health'),
  ]);
  const docs: HandbookDocument[] = documents.map((d) => d.data).sort(bySource);
  const roleList: Role[] = roles.map((r) => r.data).sort((a, b) => bySource(a, b));
  const kpiList: Kpi[] = kpis.map((k) => k.data).sort(bySource);
  const defList: Definition[] = definitions.map((d) => d.data).sort(bySource);
  const glossaryList = glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));

  const { related, problems } = relateRoles(
    roleList,
    relations.map((r) => r.data),
  );
  if (problems.length) {
    throw new Error(`content/role-relations.json: ${problems.join(' ')}`);
  }
  /** The documents' definitions a glossary entry restates, matched by the slug of their term. */
  const restating = restatedDefinitions(glossaryList, defList);
  for (const g of glossaryList) {
    if (g.data.documentDefinition && !restating.get(g.id)!.length) {
      throw new Error(
        `content/glossary/${g.id}.mdx: documentDefinition "${g.data.documentDefinition}" matches no term defined in a document; use the slug of the term as written, e.g. "quality-assurance-pass-rate".`,
      );
    }
  }

  const base = import.meta.env.BASE_URL;
  /** Per document definition id, the glossary entry that restates it and takes over its links. */
  const restatedBy = new Map([...restating].flatMap(([id, defs]) => defs.map((d) => [d.id, id] as const)));
  const linkTerms = termLinker([
    ...defList.filter((d) => !restatedBy.has(d.id)).map((d) => ({ href: withBase(base, `definitions/#${d.id}`), phrases: [d.term] })),
    ...glossaryList.map((g) => ({ href: withBase(base, `definitions/#${g.id}`), phrases: [g.data.term, ...g.data.aliases] })),
  ]);

  const config = health[0]?.data ?? { vocabulary: [], suppressions: [] };
  const findings = checkHealth({
    documents: docs,
    roles: roleList,
    kpis: kpiList,
    definitions: defList,
    definedTerms: definedTermsOf(defList, glossaryList),
    vocabulary: config.vocabulary,
    speller: createSpeller(),
    suppressions: config.suppressions,
  });

  return {
    documents: docs,
    findings,
    documentById: new Map(docs.map((d) => [d.id, d])),
    roles: roleList,
    roleById: new Map(roleList.map((r) => [r.id, r])),
    kpis: kpiList,
    kpiById: new Map(kpiList.map((k) => [k.id, k])),
    kpisByRole: Map.groupBy(kpiList, (k) => k.role),
    definitions: defList,
    definitionById: new Map(defList.map((d) => [d.id, d])),
    glossary: glossaryList,
    /** Per glossary entry id, the document definitions it restates (first in source order first). */
    restating,
    restatedBy,
    related,
    linkTerms,
  };
}

let cached: ReturnType<typeof load> | null = null;

/** Loads the handbook for the pages; in dev it is reloaded on each request so edits show up. */
export function handbook() {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export type HandbookView = Awaited<ReturnType<typeof load>>;
