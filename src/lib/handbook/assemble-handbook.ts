/**
 * The one assembly step: the documents as read, the glossary, the role relations and the health
 * configuration become the handbook that every page, export and `lint:docs` reads: entities in
 * source order, lookups, related roles, term links, routes, and every diagnostic in one list.
 * Pure: the loader, the pages, the endpoints and the CLI are thin adapters that feed it.
 */
import { diagnostic } from '../diagnostic.ts';
import { groupBy } from '../group-by.ts';
import { checkHealth, definedTermsOf, type Speller } from '../health/checks.ts';
import { applySuppressions, countDiagnostics, type HealthConfig } from '../health/config.ts';
import { quote } from '../quote.ts';
import type { Diagnostic, GlossaryEntry, SourceFile } from '../schema.ts';
import { groupRoles } from './group-roles.ts';
import { legacyIds } from './legacy-ids.ts';
import { termLinker } from './link-terms.ts';
import { type RoleRelation, relateRoles } from './related-roles.ts';
import { restatedDefinitions } from './restated-definitions.ts';
import { routes } from './routes.ts';
import { bySource } from './source-order.ts';

/** A glossary entry as the content collection gives it: the file name as id, the frontmatter as data. */
export interface GlossaryItem {
  id: string;
  data: GlossaryEntry;
}

export interface AssemblyInput<G extends GlossaryItem> {
  files: readonly SourceFile[];
  glossary: readonly G[];
  relations: readonly RoleRelation[];
  health: HealthConfig;
  speller: Speller;
  /** The site's base path ("/" or "/handbook/"), for the links the handbook builds. */
  base: string;
}

const byDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);

/** Diagnostics about content/ entries that name roles or terms the documents do not have. */
function contentDiagnostics(
  problems: ReadonlyArray<{ relation: RoleRelation; message: string }>,
  glossary: readonly GlossaryItem[],
  restating: Map<string, unknown[]>,
): Diagnostic[] {
  return [
    ...problems.map((p) => diagnostic('unknown-role-in-relations', 'content/role-relations.json', p.relation.line ?? 0, 0, p.message)),
    ...glossary
      .filter((g) => g.data.documentDefinition && !restating.get(g.id)?.length)
      .map((g) =>
        diagnostic(
          'unknown-definition-in-glossary',
          `content/glossary/${g.id}.mdx`,
          0,
          0,
          `documentDefinition ${quote(g.data.documentDefinition!)} matches no term defined in a document, so the entry stands on its own; use the slug of the term as written, e.g. "quality-assurance-pass-rate", or remove the field.`,
        ),
      ),
  ];
}

/** Builds the handbook from everything the build reads. */
export function assembleHandbook<G extends GlossaryItem>(input: AssemblyInput<G>) {
  const documents = input.files.flatMap((f) => (f.document ? [f.document] : [])).sort(bySource);
  const roles = input.files.flatMap((f) => f.roles).sort(bySource);
  const kpis = input.files.flatMap((f) => f.kpis).sort(bySource);
  const definitions = input.files.flatMap((f) => f.definitions).sort(bySource);
  const glossary = [...input.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term));

  /** Role and definition ids from before ids were scoped by document, with what each now names. */
  const legacyRoles = legacyIds(roles, (r) => r.name);
  const legacyDefinitions = legacyIds(definitions, (d) => d.term);
  const { related, problems } = relateRoles(roles, input.relations, legacyRoles);
  /** Per glossary entry id, the document definitions it restates (first in source order first). */
  const restating = restatedDefinitions(glossary, definitions);
  /** Per document definition id, the glossary entry that restates it and takes over its links. */
  const restatedBy = new Map([...restating].flatMap(([id, defs]) => defs.map((d) => [d.id, id] as const)));

  const route = routes(input.base);
  const linkTerms = termLinker([
    ...definitions.filter((d) => !restatedBy.has(d.id)).map((d) => ({ href: route.definitions(d.id), phrases: [d.term] })),
    ...glossary.map((g) => ({ href: route.definitions(g.id), phrases: [g.data.term, ...g.data.aliases] })),
  ]);

  const findings = checkHealth({
    documents,
    roles,
    kpis,
    definitions,
    definedTerms: definedTermsOf(definitions, glossary),
    vocabulary: input.health.vocabulary,
    speller: input.speller,
  });
  const diagnostics = applySuppressions(
    [...input.files.flatMap((f) => f.diagnostics), ...contentDiagnostics(problems, glossary, restating), ...findings],
    input.health.suppressions,
  ).sort(byDiagnostic);

  return {
    documents,
    roles,
    kpis,
    definitions,
    glossary,
    /** Every parse problem, repair, content reference and health finding, sorted by file and line. */
    diagnostics,
    counts: {
      documents: documents.length,
      roles: roles.length,
      kpis: kpis.length,
      targets: kpis.filter((k) => k.target).length,
      definitions: definitions.length,
      nonBlankLines: documents.reduce((n, d) => n + d.coverage.nonBlank, 0),
      accountedLines: documents.reduce((n, d) => n + d.coverage.accounted, 0),
      diagnostics: countDiagnostics(diagnostics),
    },
    documentById: new Map(documents.map((d) => [d.id, d])),
    roleById: new Map(roles.map((r) => [r.id, r])),
    kpiById: new Map(kpis.map((k) => [k.id, k])),
    kpisByRole: groupBy(kpis, (k) => k.role),
    rolesByDocument: groupBy(roles, (r) => r.document),
    kpisByDocument: groupBy(kpis, (k) => k.document),
    /** Roles by document and group, in source order: the directory, the sidebar, the calculator's list. */
    directory: groupRoles(documents, roles),
    /** Each role's neighbours in source order, for previous/next links. */
    neighbours: new Map(roles.map((role, i) => [role.id, { previous: roles[i - 1] ?? null, next: roles[i + 1] ?? null }])),
    diagnosticsByDocument: groupBy(diagnostics, (d) => d.document ?? null),
    diagnosticsByRole: groupBy(diagnostics, (d) => d.role ?? null),
    definitionById: new Map(definitions.map((d) => [d.id, d])),
    restating,
    restatedBy,
    legacyRoles,
    /** Per role id, the old ids that name only it: saved values stored under them move to it. */
    legacyIdsByRole: groupBy(
      [...legacyRoles].flatMap(([old, list]) => (list.length === 1 ? [{ old, role: list[0]!.id }] : [])),
      (l) => l.role,
    ),
    legacyDefinitions,
    related,
    linkTerms,
    routes: route,
  };
}

export type AssembledHandbook<G extends GlossaryItem = GlossaryItem> = ReturnType<typeof assembleHandbook<G>>;
