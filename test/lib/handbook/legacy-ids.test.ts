import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyIds } from '../../../src/lib/handbook/legacy-ids.ts';
import { handbookFromFolder, ROOT } from '../../support/handbook.ts';

const role = (id: string, document: string, name: string) => ({ id, document, name });
const names = (found: Map<string, Array<{ id: string }>>) => Object.fromEntries([...found].map(([k, v]) => [k, v.map((e) => e.id)]));

describe('legacyIds', () => {
  it('gives a name used once its plain slug', () => {
    const roles = [role('a/qa', 'a', 'QA'), role('a/tech-lead', 'a', 'Tech Lead')];
    expect(names(legacyIds(roles, (r) => r.name))).toEqual({ qa: ['a/qa'], 'tech-lead': ['a/tech-lead'] });
  });

  it('gives a name two documents share its qualified forms, and its plain slug to both', () => {
    const roles = [role('a/qa', 'a', 'QA'), role('b/qa', 'b', 'QA')];
    expect(names(legacyIds(roles, (r) => r.name))).toEqual({ 'qa--a': ['a/qa'], 'qa--b': ['b/qa'], qa: ['a/qa', 'b/qa'] });
  });

  it('numbers a name repeated in one document as the old scheme did', () => {
    const roles = [role('a/qa', 'a', 'QA'), role('a/qa-2', 'a', 'QA')];
    const found = names(legacyIds(roles, (r) => r.name));
    expect(found.qa).toEqual(['a/qa']);
    expect(found['qa-2']).toEqual(['a/qa-2']);
    expect(Object.keys(found)).toEqual(['qa', 'qa-2']);
  });
});

describe('adding a document that reuses a role name and a defined term', () => {
  const work = mkdtempSync(join(tmpdir(), 'kpi-ids-'));
  for (const f of readdirSync(join(ROOT, 'test/fixtures/seeds'))) copyFileSync(join(ROOT, 'test/fixtures/seeds', f), join(work, f));
  const before = handbookFromFolder(work);
  const after = before.then(() => {
    copyFileSync(join(ROOT, 'test/fixtures/org/documentation-team.md'), join(work, 'documentation-team.md'));
    return handbookFromFolder(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const urls = (h: Awaited<typeof before>) =>
    new Map([
      ...h.roles.map((r) => [h.routes.role(r.id), r.name] as const),
      ...h.kpis.map((k) => [h.routes.kpi(k), k.name] as const),
      ...h.definitions.map((d) => [h.routes.definitions(d.id), d.term] as const),
    ]);

  it('reuses them, so the test means something', async () => {
    const b = await before;
    const a = await after;
    expect(a.roles.filter((r) => r.name === 'Technical Writer')).toHaveLength(2);
    expect(a.roles.filter((r) => r.name === 'QA')).toHaveLength(2);
    expect(a.definitions.filter((d) => d.term === 'Quality assurance pass rate')).toHaveLength(2);
    expect(a.counts.roles).toBe(b.counts.roles + 2);
  });

  it('leaves every role, KPI and definition address of the other documents as it was', async () => {
    const was = urls(await before);
    const now = urls(await after);
    expect(was.size).toBe((await before).counts.roles + (await before).counts.kpis + (await before).counts.definitions);
    const moved = [...was].filter(([url, name]) => now.get(url) !== name);
    expect(moved).toEqual([]);
  });

  it('still leads every address readers had before ids were scoped by document to the entity it showed', async () => {
    const h = await after;
    const rows = readFileSync(join(ROOT, 'test/fixtures/org/addresses-before-scoped-ids.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string, string]);
    expect(rows.length).toBeGreaterThan(100);
    const lost: string[] = [];
    for (const [url, file, name] of rows) {
      const role = /^\/roles\/([^/#]+)\/(?:#(.+))?$/.exec(url);
      const definition = /^\/definitions\/#(.+)$/.exec(url);
      const fileOf = (document: string) => h.documentById.get(document)?.file.replace(/^.*\//, 'seeds/');
      if (role) {
        // The old id leads to its role (or to a choice that includes it), and the anchor to its KPI.
        const candidates = h.legacyRoles.get(role[1]!) ?? [];
        const target = candidates.find((r) => fileOf(r.document) === file);
        const kpi = role[2] && target ? h.kpisByRole.get(target.id)?.find((k) => k.anchor === role[2]) : null;
        if (!target || (role[2] ? kpi?.name !== name : target.name !== name)) lost.push(url);
      } else if (definition) {
        const target = (h.legacyDefinitions.get(definition[1]!) ?? []).find((d) => fileOf(d.document) === file);
        if (target?.term !== name) lost.push(url);
      } else lost.push(url);
    }
    expect(lost).toEqual([]);
    // The one name the added document reuses is now a choice between two roles.
    expect(h.legacyRoles.get('technical-writer')!.map((r) => r.document)).toEqual(['000-619243cf29085ed7', 'documentation-team']);
  });
});
