import { describe, expect, it } from 'vitest';
import { groupRoles } from '../../../src/lib/handbook/group-roles.ts';
import { sampleHandbook } from '../helpers.ts';

const { handbook } = sampleHandbook();

describe('groupRoles', () => {
  it('groups the seeds by document, then by group, in source order', () => {
    const view = groupRoles(handbook.documents, handbook.roles);
    expect(view.map((d) => [d.document.id, d.groups.map((g) => [g.name, g.status, g.roles.length])])).toEqual([
      [
        '000-619243cf29085ed7',
        [
          ['List', 'active', 14],
          ['Not Available Roles', 'not-available', 2],
        ],
      ],
      ['003-d2368406a48dee8f', [[null, 'active', 9]]],
    ]);
    expect(view[1]!.groups[0]!.roles[0]!.name).toBe('Sales & Marketing Intern');
  });

  it('leaves out documents without roles', () => {
    expect(groupRoles([{ id: 'x', title: 'X', file: 'seeds/x.txt' }], handbook.roles)).toEqual([]);
  });
});
