/**
 * Related roles: derived from the data where the names say so (Frontend Team ↔ Frontend
 * Engineers), the same name in two documents (said as such, not as the same job), plus hand-made
 * links kept in content/.
 */
import { z } from 'zod';
import { groupBy } from '../group-by.ts';
import { quote } from '../quote.ts';
import type { Role } from '../schema.ts';

export const roleRelationSchema = z.object({
  /**
   * A role id ("<document id>/<slug>", from /api/handbook.json), or the role's slug alone while only
   * one role has it; it relates to each of `related`, both ways, but those do not relate to each other.
   */
  role: z.string().min(1),
  related: z.array(z.string().min(1)).min(1),
  kind: z.enum(['same-job', 'same-family', 'career-path']),
  /** Why they relate, shown to readers. */
  note: z.string().min(1),
  /** The line of content/role-relations.json where the entry starts, added when the file is read. */
  line: z.number().int().positive().optional(),
});
export type RoleRelation = z.infer<typeof roleRelationSchema>;

export interface RelatedRole {
  id: string;
  name: string;
  document: string;
  /**
   * What relates them: an editor's kind from content/, a shared family, or only a shared name
   * ("same-name"): two documents naming a role alike is no evidence that it is the same job.
   */
  kind: RoleRelation['kind'] | 'same-name';
  note: string;
}

/** Words that name a unit of a family rather than its field ("Frontend Team", "Mobile Engineers"). */
const FAMILY_SUFFIX = /\s+(?:team|teams|engineers?|members?|specialists?|staff)$/i;

/** The family a role name belongs to, or null when the name carries no family suffix. */
export const familyOf = (name: string): string | null =>
  FAMILY_SUFFIX.test(name) ? name.replace(FAMILY_SUFFIX, '').trim().toLowerCase() : null;

/** The role families of each document, with their roles: "frontend" → Frontend Team, Frontend Engineers. */
export function roleFamilies(roles: readonly Role[]): Array<{ document: string; family: string; roles: Role[] }> {
  return [...groupBy(roles, (r) => (familyOf(r.name) ? `${r.document}\u0000${familyOf(r.name)}` : null)).values()].map((group) => ({
    document: group[0]!.document,
    family: familyOf(group[0]!.name)!,
    roles: group,
  }));
}

/**
 * Returns related roles per role id, and a message for each hand-made relation naming a role
 * that does not exist (so a renamed role is noticed instead of silently dropped).
 */
export function relateRoles(
  roles: readonly Role[],
  relations: readonly RoleRelation[],
  /** Ids from before ids were scoped by document, with the roles they name (legacy-ids.ts). */
  legacy: ReadonlyMap<string, readonly Role[]> = new Map(),
): { related: Map<string, RelatedRole[]>; problems: Array<{ relation: RoleRelation; message: string }> } {
  const byId = new Map(roles.map((r) => [r.id, r]));
  /** The role a reference names, or why it names none. */
  const resolve = (ref: string): Role | string => {
    const found = byId.get(ref) ?? (legacy.get(ref)?.length === 1 ? legacy.get(ref)![0] : undefined);
    if (found) return found;
    const shared = legacy.get(ref);
    return shared?.length
      ? `${quote(ref)} is the name of ${shared.length} roles (${shared.map((r) => quote(r.id)).join(', ')}); name one of those ids`
      : `${quote(ref)} names no role`;
  };
  const related = new Map<string, RelatedRole[]>(roles.map((r) => [r.id, []]));
  // Pairs already related, so a role is listed once per other role however many reasons relate them.
  const seen = new Set<string>();
  const add = (from: Role, to: Role, kind: RelatedRole['kind'], note: string) => {
    const pair = `${from.id}\u0000${to.id}`;
    if (from.id === to.id || seen.has(pair)) return;
    seen.add(pair);
    related.get(from.id)!.push({ id: to.id, name: to.name, document: to.document, kind, note });
  };
  const problems: Array<{ relation: RoleRelation; message: string }> = [];
  relations.forEach((rel, i) => {
    const [from, ...to] = [rel.role, ...rel.related].map(resolve);
    const unresolved = [from, ...to].filter((r): r is string => typeof r === 'string');
    if (unresolved.length) {
      problems.push({
        relation: rel,
        message: `Relation ${i + 1} (${rel.note}): ${unresolved.join('; ')}. Use role ids from /api/handbook.json, such as "${roles[0]?.id ?? 'document/role'}".`,
      });
    }
    if (typeof from === 'string') return;
    for (const r of to) {
      if (typeof r === 'string') continue;
      add(from!, r, rel.kind, rel.note);
      add(r, from!, rel.kind, rel.note);
    }
  });
  // Grouping first keeps this linear: thousands of roles would make a pairwise scan quadratic.
  for (const { family, roles: group } of roleFamilies(roles)) {
    for (const a of group) for (const b of group) if (a !== b) add(a, b, 'same-family', `Both belong to the ${family} family.`);
  }
  for (const group of groupBy(roles, (r) => r.name.toLowerCase()).values()) {
    for (const a of group)
      for (const b of group)
        if (a.document !== b.document) add(a, b, 'same-name', 'Named alike in another document; check which document applies to you.');
  }
  return { related, problems };
}
