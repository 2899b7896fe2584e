import { describe, expect, it } from 'vitest';
import { healthConfigSchema } from '../../../src/lib/health/config.ts';
import { handbookFromFolder } from '../../support/handbook.ts';

const key = (d: { file: string; line: number; column: number; code: string }) => `${d.file}:${d.line}:${d.column} ${d.code}`;

const h = await handbookFromFolder('test/fixtures/markdown');
const bad = await handbookFromFolder('test/fixtures/bad');

describe('assembleHandbook on a fixture folder', () => {
  it('joins every file into entities in source order with lookups that agree', () => {
    expect(h.documents.map((d) => d.file)).toEqual([
      'markdown/clean.md',
      'markdown/every-block.md',
      'markdown/table-and-glossary.md',
      'markdown/variants.txt',
    ]);
    expect(h.counts).toMatchObject({ documents: 4, roles: h.roles.length, kpis: h.kpis.length });
    expect(h.counts.accountedLines).toBe(h.counts.nonBlankLines);
    for (const k of h.kpis) expect(h.kpisByRole.get(k.role)).toContain(k);
    expect([...h.kpisByRole.values()].flat()).toHaveLength(h.kpis.length);
    expect(new Set(h.roles.map((r) => r.id)).size).toBe(h.roles.length);
    expect(h.routes.role(h.roles[0]!.id)).toBe(`/roles/${h.roles[0]!.id}/`);
  });

  it('links defined terms in KPI texts to the definitions page', () => {
    const linked = h.kpis.flatMap((k) => h.linkTerms(k.text)).filter((s) => s.href);
    expect(linked.length).toBeGreaterThan(0);
    for (const s of linked) expect(s.href).toMatch(/^\/definitions\/#(?:[a-z0-9-]+__)?[a-z0-9-]+$/);
  });
});

describe('diagnostics', () => {
  it('are one sorted list in which no finding is reported twice', () => {
    const keys = bad.diagnostics.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(keys);
    expect(bad.diagnostics.filter((d) => d.code === 'not-utf-8')).toHaveLength(1);
    expect(bad.diagnostics.filter((d) => d.code === 'role-without-kpis').map((d) => d.role)).toHaveLength(
      bad.roles.filter((r) => r.kpiCount === 0).length,
    );
  });

  it('carry the document they concern, and count by severity', () => {
    const binary = bad.diagnostics.find((d) => d.code === 'binary-file')!;
    expect(binary).toMatchObject({ severity: 'error', document: null });
    const unreadable = bad.diagnostics.find((d) => d.code === 'unreadable-target')!;
    expect(bad.documentById.get(unreadable.document!)?.file).toBe(unreadable.file);
    expect(bad.counts.diagnostics.error).toBe(bad.diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('name content entries that refer to roles the documents do not have, as warnings', async () => {
    const h = await handbookFromFolder('test/fixtures/markdown', {
      relations: [{ role: 'no-such-role', related: ['nor-this'], kind: 'same-job', note: 'Old names.' }] as never,
    });
    const problem = h.diagnostics.find((d) => d.code === 'unknown-role-in-relations')!;
    expect(problem).toMatchObject({ severity: 'warning', file: 'content/role-relations.json' });
    expect(problem.message).toContain('“no-such-role” names no role; “nor-this” names no role');
  });

  it('can be accepted by editors, and a suppression naming an unknown code is refused', async () => {
    const h = await handbookFromFolder('test/fixtures/bad', {
      health: { vocabulary: [], suppressions: [{ code: 'not-utf-8', reason: 'Exported by the finance tool.' }] },
    });
    expect(h.diagnostics.find((d) => d.code === 'not-utf-8')!.suppressed).toBe('Exported by the finance tool.');
    expect(h.counts.diagnostics.suppressed).toBe(1);
    const typo = healthConfigSchema.safeParse({ suppressions: [{ code: 'mispelling', reason: 'x' }] });
    expect(typo.success).toBe(false);
    expect(typo.error!.issues[0]!.path).toEqual(['suppressions', 0, 'code']);
  });
});
