/** Groups roles for the directory: by document, then by role group, in source order. */
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
}

/** Returns one entry per document that has roles, each with its groups in source order. */
export function groupRoles(
  documents: ReadonlyArray<Pick<HandbookDocument, 'id' | 'title' | 'file'>>,
  roles: readonly Role[],
): DocumentRoles[] {
  const sorted = [...roles].sort(bySource);
  return documents.flatMap((document) => {
    const groups: RoleGroupView[] = [];
    for (const role of sorted.filter((r) => r.document === document.id)) {
      const name = role.group?.name ?? null;
      let group = groups.find((g) => g.name === name);
      if (!group) {
        group = { name, status: role.status, roles: [] };
        groups.push(group);
      }
      group.roles.push(role);
    }
    return groups.length ? [{ document, groups }] : [];
  });
}
