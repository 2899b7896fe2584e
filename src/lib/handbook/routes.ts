/**
 * Every URL of the handbook, built in one place for the pages, the endpoints and the client code,
 * so that a route or the base path changes here and nowhere else. Paths are relative to the site's
 * base ("/" or "/handbook/"); `routes(base)` returns them joined with it.
 */

/** Joins the site's base path and a site-relative path, so links work under any sub-path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * An element id made from an entity id. Ids hold only letters, digits, "-" and "_", as HTML
 * validators and unescaped CSS selectors want: the "/" between a document's part and a name's
 * ("finance/controller") becomes "__", which no slug contains.
 */
export const elementId = (id: string): string => id.replace(/\//g, '__').replace(/[^A-Za-z0-9_-]/g, '_');

/** A fragment id, or nothing: `#kpi-a`. */
const hash = (fragment?: string | null): string => (fragment ? `#${elementId(fragment)}` : '');

/**
 * Up to this many KPIs, /kpis/ is one table; beyond, it lists the documents and each has a table of
 * its own, so that no page grows past about 1 MB of HTML however many documents there are.
 */
export const KPI_TABLE_LIMIT = 1000;

/** Site-relative paths, without the base. */
export const paths = {
  home: (fragment?: string) => `${hash(fragment)}`,
  role: (roleId: string, fragment?: string | null) => `roles/${roleId}/${hash(fragment)}`,
  kpi: (kpi: { role: string; anchor: string }) => `roles/${kpi.role}/#${kpi.anchor}`,
  document: (documentId: string, line?: number) => `documents/${documentId}/${line ? `#L${line}` : ''}`,
  definitions: (fragment?: string) => `definitions/${hash(fragment)}`,
  kpis: () => 'kpis/',
  /** One document's KPI table, in parts of KPI_TABLE_LIMIT rows, for handbooks too large for one table. */
  kpisOf: (documentId: string, part = 1) => `kpis/${documentId}/${part > 1 ? `${part}/` : ''}`,
  calculator: () => 'calculator/',
  about: () => 'about/',
  editors: () => 'editors/',
  /** Document health: counts per document and severity, and where each finding is listed (healthPaths). */
  health: (fragment?: string) => `editors/health/${hash(fragment)}`,
  handbookJson: () => 'api/handbook.json',
  coverageJson: () => 'api/coverage.json',
  healthJson: () => 'api/health.json',
  kpisCsv: () => 'kpis.csv',
  /** The words the search index holds, for the search dialog's typo and compound variants. */
  searchWords: () => 'search-words.json',
  /** A file from `public/` or the build, such as "favicon.svg". */
  asset: (file: string) => file,
} as const;

export type Paths = typeof paths;
/** The same functions as `paths`, returning URLs under the site's base. */
export type Routes = { [K in keyof Paths]: (...args: Parameters<Paths[K]>) => string };

/** Binds every path to the site's base: `routes('/handbook/').role('qa')` → "/handbook/roles/qa/". */
export function routes(base: string): Routes {
  return Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [
      name,
      (...args: unknown[]) => withBase(base, (path as (...a: unknown[]) => string)(...args)),
    ]),
  ) as Routes;
}

/**
 * The editors' health and outline pages, built only by the server. Apart from `paths` because the browser's
 * scripts bind `paths` whole: every path there is carried in the calculator's JavaScript, whose
 * budget these would pass.
 */
export const healthPaths = {
  /**
   * One document's findings, in parts when they would make a page of more than about 400 KB; with
   * `null`, the findings that occur in several documents, in parts alike. Under "documents/", so
   * that no document id can take the address of the page across documents.
   */
  healthOf: (documentId: string | null, part = 1, fragment?: string | null) =>
    `editors/health/${documentId === null ? 'across' : `documents/${documentId}`}/${part > 1 ? `${part}/` : ''}${hash(fragment)}`,
  /** How one document was read: each heading and what the reader took it for (its own page, as it grows with the document). */
  outlineOf: (documentId: string) => `editors/outline/${documentId}/`,
} as const;

/** `healthPaths` under the site's base: `healthRoutes('/').healthOf('finance-kpis')` → "/editors/health/documents/finance-kpis/". */
export function healthRoutes(base: string): { [K in keyof typeof healthPaths]: (...args: Parameters<(typeof healthPaths)[K]>) => string } {
  return {
    healthOf: (...args) => withBase(base, healthPaths.healthOf(...args)),
    outlineOf: (...args) => withBase(base, healthPaths.outlineOf(...args)),
  };
}
