/**
 * The ids roles and definitions had before ids were scoped by document: the slug of the name, or
 * "<slug>--<document id>" while two documents used it, and "-2", "-3" for a name repeated
 * anywhere. Bookmarks, shared scorecard links, saved values and `content/` files still carry
 * them, so each one still leads somewhere: to its entity, or, when several entities now share
 * the name, to all of them so the reader can choose.
 */
import { groupBy } from '../group-by.ts';
import { SlugScope, slugify } from './slugify.ts';

export interface ScopedEntity {
  /** "<document id>/<slug>", as build-handbook.ts assigns it. */
  id: string;
  document: string;
}

/**
 * Every legacy id of `entities` (in source order, so documents in file order), each with the
 * entities it names: one when the old scheme gave it to exactly one of them, else all that share
 * the slug. Ids the old scheme would give today come first in the map; the looser forms after.
 */
export function legacyIds<T extends ScopedEntity>(entities: readonly T[], nameOf: (e: T) => string): Map<string, T[]> {
  const slugs = new Map(entities.map((e) => [e, slugify(nameOf(e))]));
  const byDocument = [...groupBy(entities, (e) => e.document).values()];
  const documentsUsing = new Map<string, Set<string>>();
  for (const e of entities) {
    const s = slugs.get(e)!;
    (documentsUsing.get(s) ?? documentsUsing.set(s, new Set()).get(s)!).add(e.document);
  }
  const found = new Map<string, T[]>();
  // The old scheme, exactly: qualified while shared, then "-2" for a repeat anywhere.
  const taken = new SlugScope();
  for (const group of byDocument) {
    for (const e of group) {
      const s = slugs.get(e)!;
      const old = taken.unique(documentsUsing.get(s)!.size > 1 ? `${s}--${e.document}` : s);
      found.set(old, [e]);
    }
  }
  // Links made before another document reused the name: the plain slug, now shared. (The
  // qualified form of a name no document shares any more is not kept: a page per role for a rare
  // case would double the pages of a large handbook; such an address gets the 404 page.)
  const loose = new Map<string, T[]>();
  for (const e of entities) {
    const s = slugs.get(e)!;
    if (found.has(s)) continue;
    const list = loose.get(s) ?? loose.set(s, []).get(s)!;
    if (!list.includes(e)) list.push(e);
  }
  for (const [id, list] of loose) found.set(id, list);
  return found;
}
