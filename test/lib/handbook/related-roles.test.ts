import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyIds } from '../../../src/lib/handbook/legacy-ids.ts';
import { familyOf, relateRoles, roleRelationSchema } from '../../../src/lib/handbook/related-roles.ts';
import { ROOT, sampleHandbook } from '../helpers.ts';

const { handbook } = sampleHandbook();
const relations = roleRelationSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'content/role-relations.json'), 'utf8')));

describe('relateRoles', () => {
  const legacy = legacyIds(handbook.roles, (r) => r.name);
  const { related, problems } = relateRoles(handbook.roles, relations, legacy);
  const idOf = (name: string) => handbook.roles.find((r) => r.name === name)!.id;
  const names = (name: string) => related.get(idOf(name))!.map((r) => r.name);

  it('finds every hand-made role id in the seeds, written as the slug of a role no other document shares', () => {
    expect(problems).toEqual([]);
  });

  it('derives families from names within a document', () => {
    expect(names('Frontend Team')).toEqual(['Frontend Engineers']);
    expect(names('Mobile Engineers')).toEqual(['Developers', 'Mobile Team']);
    expect(names('Mobile Engineers')).not.toContain('Backend Engineers');
  });

  it('links the same job across documents from content/', () => {
    expect(names('QA')).toContain('Quality Assurance Engineer');
    expect(names('Quality Assurance Engineer')).toContain('QA');
    expect(names('Developers')).toEqual(expect.arrayContaining(['Backend Engineers', 'Frontend Engineers', 'Mobile Engineers']));
    expect(related.get(idOf('QA'))![0]).toMatchObject({ kind: 'same-job', document: '000-619243cf29085ed7' });
  });

  it('takes a full id as well as a slug', () => {
    const r = relateRoles(handbook.roles, [{ role: idOf('QA'), related: ['tech-team'], kind: 'same-family', note: 'test' }], legacy);
    expect(r.problems).toEqual([]);
    expect(r.related.get(idOf('QA'))!.map((x) => x.name)).toContain('Tech Team');
  });

  it('reports a relation naming a role that does not exist, or a slug that two documents now share', () => {
    const twin = { ...handbook.roles.find((r) => r.name === 'QA')!, id: 'other/qa', document: 'other' };
    const roles = [...handbook.roles, twin];
    const r = relateRoles(
      roles,
      [{ role: 'qa', related: ['qa-lead'], kind: 'same-job', note: 'test' }],
      legacyIds(roles, (x) => x.name),
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      `Relation 1 (test): “qa” is the name of 2 roles (“${idOf('QA')}”, “other/qa”); name one of those ids; “qa-lead” names no role. Use role ids from /api/handbook.json, such as "${roles[0]!.id}".`,
    ]);
  });

  it('links the same name in two documents as only that, not as the same job', () => {
    const roles = handbook.roles.slice(0, 1);
    const twin = { ...roles[0]!, id: 'other/tech-team', document: 'other' };
    expect(relateRoles([roles[0]!, twin], []).related.get(roles[0]!.id)![0]).toMatchObject({
      id: 'other/tech-team',
      kind: 'same-name',
      note: 'Named alike in another document; check which document applies to you.',
    });
  });
});

describe('familyOf', () => {
  it('strips family suffixes only', () => {
    expect([familyOf('Frontend Team'), familyOf('Mobile Engineers'), familyOf('QA'), familyOf('Software Architect')]).toEqual([
      'frontend',
      'mobile',
      null,
      null,
    ]);
  });
});
