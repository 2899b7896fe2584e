/**
 * The document-health pages' adapter: the handbook's diagnostics grouped into findings, quoted and
 * laid out once per build (src/lib/health/findings.ts does the work), for the index, each
 * document's pages and the page of findings across documents.
 */
import {
  countsByDocument,
  type Finding,
  type FindingView,
  groupFindings,
  HEALTH_PAGE_BYTES,
  paginate,
  quotePlaces,
  viewBytes,
  viewIn,
} from '../lib/health/findings.ts';
import { handbook } from './handbook.ts';

async function load() {
  const h = await handbook();
  const context = { kpiById: h.kpiById };
  const findings = groupFindings(
    h.diagnostics.filter((d) => !d.suppressed),
    context,
  );
  const accepted = groupFindings(
    h.diagnostics.filter((d) => d.suppressed),
    context,
  );
  const quoter = quotePlaces(h);
  const view = (f: Finding, documentId: string | null): FindingView => viewIn(f, documentId, quoter(f));

  /** Per document, its findings (open, then accepted), each with the places in that document. */
  const ofDocument = new Map<string, { open: Finding[]; accepted: Finding[] }>(h.documents.map((d) => [d.id, { open: [], accepted: [] }]));
  for (const [list, kind] of [
    [findings, 'open'],
    [accepted, 'accepted'],
  ] as const) {
    for (const f of list) for (const d of f.documents) ofDocument.get(d)?.[kind].push(f);
  }
  const documentParts = new Map(
    h.documents.map((d) => {
      const { open, accepted: ok } = ofDocument.get(d.id)!;
      const views = [...open, ...ok].map((f) => view(f, d.id));
      return [d.id, paginate(views, viewBytes, HEALTH_PAGE_BYTES)];
    }),
  );

  const across = findings.filter((f) => f.documents.length > 1);
  const acrossParts = across.length
    ? paginate(
        across.map((f) => view(f, null)),
        viewBytes,
        HEALTH_PAGE_BYTES,
      )
    : [];
  /** The part of the page across documents that lists each finding, by finding id. */
  const acrossPartOf = new Map(acrossParts.flatMap((views, i) => views.map((v) => [v.finding.id, i + 1] as const)));

  return {
    h,
    findings,
    accepted,
    documentParts,
    acrossParts,
    acrossPartOf,
    /** Findings about no document: content/ entries, and files that were not read as one. */
    other: [...findings, ...accepted].filter((f) => f.documents.length === 0).map((f) => view(f, null)),
    counts: countsByDocument(h.diagnostics),
  };
}

let cached: ReturnType<typeof load> | null = null;

/** The health pages' data, once per build; in dev it is rebuilt on each request so edits show up. */
export function healthPages() {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export type HealthPages = Awaited<ReturnType<typeof load>>;
