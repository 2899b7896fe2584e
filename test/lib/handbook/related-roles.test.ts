import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyOf, relateRoles, roleRelationSchema } from '../../../src/lib/handbook/related-roles.ts';
import { ROOT, sampleHandbook } from '../helpers.ts';

const { handbook } = sampleHandbook();
const relations = roleRelationSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'content/role-relations.json'), 'utf8')));

describe('relateRoles', () => {
  const { related, problems } = relateRoles(handbook.roles, relations);
  const names = (id: string) => related.get(id)!.map((r) => r.name);

  it('finds every hand-made role id in the seeds', () => {
    expect(problems).toEqual([]);
  });

  it('derives families from names within a document', () => {
    expect(names('frontend-team')).toEqual(['Frontend Engineers']);
    expect(names('mobile-engineers')).toEqual(['Developers', 'Mobile Team']);
    expect(names('mobile-engineers')).not.toContain('Backend Engineers');
  });

  it('links the same job across documents from content/', () => {
    expect(names('qa')).toContain('Quality Assurance Engineer');
    expect(names('quality-assurance-engineer')).toContain('QA');
    expect(names('developers')).toEqual(expect.arrayContaining(['Backend Engineers', 'Frontend Engineers', 'Mobile Engineers']));
    expect(related.get('qa')![0]).toMatchObject({ kind: 'same-job', document: '000-619243cf29085ed7' });
  });

  it('reports a relation naming a role that does not exist', () => {
    const r = relateRoles(handbook.roles, [{ role: 'qa', related: ['qa-lead'], kind: 'same-job', note: 'test' }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Relation 1 (test) names unknown role id “qa-lead”; use ids from /api/handbook.json.',
    ]);
  });

  it('links the same name in two documents', () => {
    const roles = handbook.roles.slice(0, 1);
    const twin = { ...roles[0]!, id: 'tech-team--other', document: 'other' };
    expect(relateRoles([roles[0]!, twin], []).related.get('tech-team')![0]).toMatchObject({ id: 'tech-team--other', kind: 'same-job' });
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
