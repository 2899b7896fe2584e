/** Reading hints: an editor corrects what the rules read wrong, without code (content/reading-hints.json). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachingParser, READING_HINTS_FILE, readReadingHints, readSeeds } from '../../src/loaders/read-seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'kpi-hints-'));
mkdirSync(join(work, 'seeds'));
mkdirSync(join(work, 'content'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Two levels of headings with KPIs at both: the rules take the deeper ones for roles. */
const layered =
  '# Plan\n\n## Sales\n\n- Revenue: £2m\n\n### Pipeline\n\n- Coverage: 3x\n\n## Support\n\n- CSAT: 90%\n\n### Queue\n\n- Backlog: under 50 tickets\n';
const register = 'Who,Measure name,Aim\nClerk,Invoices paid on time,95%\n';
writeFileSync(join(work, 'seeds', 'plan.md'), layered);
writeFileSync(join(work, 'seeds', 'register.csv'), register);

const read = async () => {
  const { files } = await readSeeds(work, 'seeds', cachingParser());
  return new Map(files.map((f) => [f.file, f]));
};

describe('reading hints', () => {
  it('change nothing when there is no hints file', async () => {
    expect(await readReadingHints(work)).toEqual({});
    const files = await read();
    expect(files.get('seeds/plan.md')!.roles.map((r) => r.name)).toEqual(['Sales', 'Pipeline', 'Support', 'Queue']);
    expect(files.get('seeds/register.csv')!.kpis).toEqual([]);
  });

  it('set the heading level of roles, and name the columns of a register, per document', async () => {
    writeFileSync(
      join(work, READING_HINTS_FILE),
      JSON.stringify({
        'seeds/plan.md': { roleLevel: 2 },
        'register.csv': { columns: { role: 'Who', measure: 'Measure name', target: 'Aim' } },
      }),
    );
    const files = await read();
    const plan = files.get('seeds/plan.md')!;
    expect(plan.roles.map((r) => [r.name, r.sections])).toEqual([
      ['Sales', ['Pipeline']],
      ['Support', ['Queue']],
    ]);
    expect(plan.kpis.map((k) => k.name)).toEqual(['Revenue', 'Coverage', 'CSAT', 'Backlog']);
    const csv = files.get('seeds/register.csv')!;
    expect(csv.roles.map((r) => r.name)).toEqual(['Clerk']);
    expect(csv.kpis.map((k) => [k.name, k.target?.value])).toEqual([['Invoices paid on time', 95]]);
  });

  it('read a named part as holding no KPIs, and a named heading as a section', async () => {
    writeFileSync(join(work, READING_HINTS_FILE), JSON.stringify({ 'plan.md': { notKpis: ['Queue'], sections: ['Pipeline'] } }));
    const plan = (await read()).get('seeds/plan.md')!;
    expect(plan.roles.map((r) => [r.name, r.sections, r.notes])).toEqual([
      ['Sales', ['Pipeline'], []],
      ['Support', [], ['Queue', 'Backlog: under 50 tickets']],
    ]);
  });

  it('refuse a hints file that is not valid, naming the file and the field', async () => {
    writeFileSync(join(work, READING_HINTS_FILE), JSON.stringify({ 'plan.md': { roleLevel: 9 } }));
    await expect(readReadingHints(work)).rejects.toThrow(/^content\/reading-hints\.json: plan\.md\.roleLevel: /);
    writeFileSync(join(work, READING_HINTS_FILE), JSON.stringify({ 'plan.md': { roleLevels: 2 } }));
    await expect(readReadingHints(work)).rejects.toThrow(/content\/reading-hints\.json: plan\.md: .*roleLevels/);
    writeFileSync(join(work, READING_HINTS_FILE), '{ nope');
    await expect(readReadingHints(work)).rejects.toThrow(/content\/reading-hints\.json: not valid JSON/);
  });
});
