/** Groups roles for the directory: by document, then by role group, in source order. */
import { groupBy } from '../group-by.ts';
import type { HandbookDocument, Role } from '../schema.ts';
import { bySource } from './source-order.ts';

export interface RoleGroupView {
  /** The group's heading as written, or null for roles outside any group. */
  name: string | null;
  status: Role['status'];
  roles: Role[];
}

export interface DocumentRoles {
  document: Pick<HandbookDocument, 'id' | 'title' | 'file'>;
  groups: RoleGroupView[];
  /**
   * Whether the group names tell a reader something: only when the document has two or more
   * named groups of staffed roles. A single "List" or "Roles" heading above every role is no information.
   */
  groupsTell: boolean;
}

/** Returns one entry per document that has roles, each with its groups in source order. */
export function groupRoles(
  documents: ReadonlyArray<Pick<HandbookDocument, 'id' | 'title' | 'file'>>,
  roles: readonly Role[],
): DocumentRoles[] {
  // One pass over the roles, whatever the number of documents: the directory is built once per build.
  const byDocument = groupBy([...roles].sort(bySource), (r) => r.document);
  return documents.flatMap((document) => {
    const groups: RoleGroupView[] = [];
    for (const role of byDocument.get(document.id) ?? []) {
      const name = role.group?.name ?? null;
      let group = groups.find((g) => g.name === name);
      if (!group) {
        group = { name, status: role.status, roles: [] };
        groups.push(group);
      }
      group.roles.push(role);
    }
    // A group that only marks roles as not staffed is a status, said as such; it does not count.
    const named = new Set(groups.flatMap((g) => (g.name && g.status === 'active' ? [g.name] : [])));
    return groups.length ? [{ document, groups, groupsTell: named.size >= 2 }] : [];
  });
}
