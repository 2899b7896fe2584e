/** Turns parsed documents into the handbook's entities, with ids scoped by document so that they do not move. */

import { baseName } from '../base-name.ts';
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import { documentFacts } from '../read/document-facts.ts';
import type { ParsedDocument } from '../read/parse-document.ts';
import type { Definition, Diagnostic, HandbookDocument, Kpi, LineAccount, Role } from '../schema.ts';
import { EMPTY_SLUG, SlugScope, slugify } from './slugify.ts';

export interface Handbook {
  documents: HandbookDocument[];
  roles: Role[];
  kpis: Kpi[];
  definitions: Definition[];
  /** Findings about the set of files as a whole: two files given the same document id. */
  diagnostics: Diagnostic[];
}

/**
 * A document's id from its path inside the seeds folder ("seeds/finance/kpis.md" → "finance-kpis"),
 * which is stable while titles get edited and tells apart same-named files in two sub-folders.
 */
export const documentIdFor = (file: string): string => {
  const inside = file.includes('/') ? file.slice(file.indexOf('/') + 1) : file;
  return slugify(inside.replace(/\.[^./]+$/, ''), 12);
};

/**
 * Each file's document id, in the order given (file order). Ids an editor pinned are handed out
 * first, so no file name can take them. A file whose id another file already has, or whose name
 * gives no id at all ("🚀.md"), gets a suffix, and a warning naming both files and the id each
 * received: otherwise adding a file would silently move another's URLs.
 */
function documentIds(docs: ReadonlyArray<{ file: string; pinnedId?: string }>): { ids: string[]; diagnostics: Diagnostic[] } {
  const scope = new SlugScope();
  const owner = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, message: string) => diagnostics.push(diagnostic('document-id-collision', file, 0, 0, message));
  const ids: string[] = [];
  const order = [...docs.keys()].sort((a, b) => Number(!docs[a]!.pinnedId) - Number(!docs[b]!.pinnedId));
  for (const i of order) {
    const { file, pinnedId } = docs[i]!;
    const base = pinnedId ?? documentIdFor(file);
    const id = scope.unique(base);
    owner.set(id, file);
    // slugify keeps a–z and digits only: "🚀.md" and "Ωμέγα.md" give no id of their own.
    const nameless =
      base === EMPTY_SLUG &&
      !/[a-z0-9]/i.test(
        baseName(file)
          .replace(/\.[^.]*$/, '')
          .normalize('NFKD'),
      );
    const why = nameless ? ' (its name has no letters a–z or digits)' : '';
    if (id !== base) {
      const first = owner.get(base)!;
      warn(
        file,
        `${quote(file)} gets the document id "${id}"${why}, because ${quote(first)} already has "${base}". Its URLs would change if ${quote(first)} were removed or renamed: rename one of the two files so each name gives its own id, or pin an id with "id" in its front matter or in content/reading-hints.json.`,
      );
    } else if (nameless && !pinnedId) {
      warn(file, `${quote(file)} gets the document id "${id}"${why}. Rename it so that its URLs say what it is.`);
    }
    ids[i] = id;
  }
  return { ids, diagnostics };
}

/**
 * Ids are scoped by document, as Starlight scopes pages by folder: "<document id>/<slug of the
 * name>", with "-2", "-3" only when one document repeats a name. So adding, removing or renaming
 * one document never changes an id, or a URL, in another.
 */
function scopedIds(docId: string, slugs: readonly string[]): string[] {
  const scope = new SlugScope();
  return slugs.map((s) => `${docId}/${scope.unique(s)}`);
}

/** Builds the handbook from parsed documents, sorted by file so the output is deterministic. */
export function buildHandbook(parsed: readonly ParsedDocument[], digests: ReadonlyMap<string, string> = new Map()): Handbook {
  const docs = [...parsed].sort((a, b) => a.file.localeCompare(b.file));
  const { ids: docIds, diagnostics } = documentIds(docs);
  const roleIds = docs.map((d, i) =>
    scopedIds(
      docIds[i]!,
      d.draft.roles.map((r) => slugify(r.name)),
    ),
  );
  const defIds = docs.map((d, i) =>
    scopedIds(
      docIds[i]!,
      d.draft.definitions.map((x) => slugify(x.term)),
    ),
  );

  const handbook: Handbook = { documents: [], roles: [], kpis: [], definitions: [], diagnostics };
  docs.forEach((doc, d) => {
    const docId = docIds[d]!;
    /** Draft-local ids ("r1", "r1/k2", "d1") to the handbook's ids, for the line accounts. */
    const idOf = new Map<string, string>();
    doc.draft.roles.forEach((draftRole, r) => {
      const roleId = roleIds[d]![r]!;
      idOf.set(draftRole.id, roleId);
      const taken = new SlugScope();
      const status = draftRole.group?.status ?? 'active';
      draftRole.kpis.forEach((k, i) => {
        const slug = taken.unique(slugify(k.name, 8));
        const id = `${roleId}/${slug}`;
        idOf.set(k.id, id);
        handbook.kpis.push({
          id,
          anchor: `kpi-${slug}`,
          role: roleId,
          document: docId,
          section: k.section,
          name: k.name,
          description: k.description,
          text: k.text,
          ...(k.notes?.length ? { notes: k.notes } : {}),
          target: k.target,
          measure: k.measure,
          record: k.record,
          position: i + 1,
          source: k.endLine > k.line ? { file: doc.file, line: k.line, endLine: k.endLine } : { file: doc.file, line: k.line },
        });
      });
      handbook.roles.push({
        id: roleId,
        name: draftRole.name,
        document: docId,
        group: draftRole.group,
        status,
        notes: draftRole.notes,
        sections: draftRole.sections,
        kpiCount: draftRole.kpis.length,
        targetCount: draftRole.kpis.filter((k) => k.target).length,
        source: { file: doc.file, line: draftRole.line },
      });
    });
    doc.draft.definitions.forEach((def, i) => {
      const id = defIds[d]![i]!;
      idOf.set(def.id, id);
      handbook.definitions.push({
        id,
        term: def.term,
        text: def.text,
        document: docId,
        source: def.endLine > def.line ? { file: doc.file, line: def.line, endLine: def.endLine } : { file: doc.file, line: def.line },
      });
    });
    const entityId = (ref: string): string => {
      const id = idOf.get(ref);
      if (id === undefined) throw new Error(`${doc.file}: a line account refers to ${ref}, which the draft does not hold (a parser bug).`);
      return id;
    };
    const lineAccounts: LineAccount[] = doc.draft.accounts
      .map((a) => ({ line: a.line, kind: a.kind, ref: a.ref === null ? null : entityId(a.ref) }))
      .sort((a, b) => a.line - b.line);
    handbook.documents.push({
      id: docId,
      file: doc.file,
      title: doc.title,
      titleDerived: doc.titleLine === null,
      introduction: doc.introduction,
      facts: documentFacts(doc.lines),
      format: doc.format,
      lines: doc.lines,
      originalLines: doc.originalLines,
      encoding: doc.encoding,
      bytes: doc.bytes,
      digest: digests.get(doc.file) ?? '',
      normalisations: doc.normalisations,
      lineAccounts,
      outline: doc.draft.outline.map((o) => ({ ...o, ref: o.ref === null ? null : (idOf.get(o.ref) ?? null) })),
      coverage: { document: docId, ...doc.coverage },
      source: { file: doc.file, line: doc.titleLine ?? 1 },
    });
  });
  return handbook;
}
