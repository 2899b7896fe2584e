/** Turns parsed documents into the handbook's entities, with ids scoped by document so that they do not move. */
import type { ParsedDocument } from '../read/parse-document.ts';
import type { Definition, HandbookDocument, Kpi, LineAccount, Role } from '../schema.ts';
import { slugify, uniqueSlug } from './slugify.ts';

export interface Handbook {
  documents: HandbookDocument[];
  roles: Role[];
  kpis: Kpi[];
  definitions: Definition[];
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
 * Ids are scoped by document, as Starlight scopes pages by folder: "<document id>/<slug of the
 * name>", with "-2", "-3" only when one document repeats a name. So adding, removing or renaming
 * one document never changes an id, or a URL, in another.
 */
function scopedIds(docId: string, slugs: readonly string[]): string[] {
  const taken = new Set<string>();
  return slugs.map((s) => `${docId}/${uniqueSlug(s, taken)}`);
}

/** Builds the handbook from parsed documents, sorted by file so the output is deterministic. */
export function buildHandbook(parsed: readonly ParsedDocument[], digests: ReadonlyMap<string, string> = new Map()): Handbook {
  const docs = [...parsed].sort((a, b) => a.file.localeCompare(b.file));
  const docTaken = new Set<string>();
  const docIds = docs.map((d) => uniqueSlug(documentIdFor(d.file), docTaken));
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

  const handbook: Handbook = { documents: [], roles: [], kpis: [], definitions: [] };
  docs.forEach((doc, d) => {
    const docId = docIds[d]!;
    /** Draft-local ids ("r1", "r1/k2", "d1") to the handbook's ids, for the line accounts. */
    const idOf = new Map<string, string>();
    doc.draft.roles.forEach((draftRole, r) => {
      const roleId = roleIds[d]![r]!;
      idOf.set(draftRole.id, roleId);
      const taken = new Set<string>();
      const status = draftRole.group?.status ?? 'active';
      draftRole.kpis.forEach((k, i) => {
        const slug = uniqueSlug(slugify(k.name, 8), taken);
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
