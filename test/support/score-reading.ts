/**
 * `npm run score:reading -- DIR [--verbose]`: scores the real reader on documents it has never
 * seen. DIR holds documents and, for each, `NAME.EXT.expected.json`, written by a person (or a
 * helper who has not read the reader) as a careful human reads the document:
 * `{ family, roles: [{ name, group, kpis: [{ name, target: null | { text, direction, value, max?, unit } }] }] }`.
 *
 * Prints, per document and in total: roles found, phantom roles (read but not expected), roles
 * whose KPI count is right, and targets right, missed and wrong (a wrong target is one read with
 * another value, bound or direction, or one read where the document states none). A wrong
 * verdict is worse than none, so "wrong" is counted apart from "missed".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { buildHandbook } from '../../src/lib/handbook/build-handbook.ts';
import { readDocument } from '../../src/lib/read/parse-document.ts';
import type { Kpi, Target } from '../../src/lib/schema.ts';

const expectedTargetSchema = z.object({
  text: z.string(),
  direction: z.enum(['at-least', 'at-most', 'between']),
  value: z.number(),
  max: z.number().optional(),
  unit: z.string(),
});
const expectedSchema = z.object({
  family: z.string(),
  roles: z.array(
    z.object({
      name: z.string(),
      group: z.string().nullable().optional(),
      kpis: z.array(z.object({ name: z.string(), target: expectedTargetSchema.nullable() })),
    }),
  ),
});
type ExpectedTarget = z.infer<typeof expectedTargetSchema>;

const SECONDS: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86_400, wk: 604_800, mo: 2_629_800, yr: 31_557_600 };

/** Names compared without case, numbering, punctuation at the ends or repeated spaces. */
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[a-z]?\d+(?:\.\d+)*\.?|[a-z]\))\s+/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s:–—-]+|[\s:–—.-]+$/g, '');

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);

/**
 * Whether the reader's target says what the person read: the same direction, number(s) and unit.
 * The expected format has no word for a change, so two readings of one meaning are the same:
 * "reduce by 10%" written as at most 10 % is the reader's change of at most −10 %, and "±2%"
 * written as at most 2 % is its change between −2 % and +2 %.
 */
export function sameTarget(actual: Target, expected: ExpectedTarget): boolean {
  // A reduction of at least 10 % is written "at most 10 %" by some and "at least 10 %" by others.
  if (
    actual.kind === 'change' &&
    actual.direction === 'at-most' &&
    expected.unit === '%' &&
    /reduc|cut|decreas|lower|down/i.test(expected.text)
  ) {
    if (close(-actual.value, expected.value)) return true;
  }
  if (actual.kind === 'change' && expected.unit === '%' && expected.direction === 'at-most') {
    if (actual.direction === 'at-most' && close(-actual.value, expected.value)) return true;
    if (actual.direction === 'between' && actual.max !== undefined && close(-actual.value, actual.max) && close(actual.max, expected.value))
      return true;
  }
  if (actual.direction !== expected.direction) return false;
  const seconds = SECONDS[expected.unit];
  if (seconds !== undefined) {
    if (actual.kind !== 'duration') return false;
    if (!close(actual.seconds, expected.value * seconds)) return false;
    return expected.max === undefined || (actual.maxSeconds !== undefined && close(actual.maxSeconds, expected.max * seconds));
  }
  if (expected.unit === '%' && actual.kind !== 'percent' && actual.kind !== 'change') return false;
  if (/^[A-Z]{3}$/.test(expected.unit) && (actual.kind !== 'currency' || actual.currency !== expected.unit)) return false;
  if (!close(actual.value, expected.value)) return false;
  return expected.max === undefined || (actual.max !== undefined && close(actual.max, expected.max));
}

/** The reader's KPI that stands for a person's KPI: same name, or a text that starts with it. */
function matchKpi(name: string, kpis: readonly Kpi[], used: Set<Kpi>): Kpi | undefined {
  const n = norm(name);
  const free = kpis.filter((k) => !used.has(k));
  return (
    free.find((k) => norm(k.name) === n) ??
    free.find((k) => norm(k.text).startsWith(n)) ??
    free.find((k) => norm(k.name).length >= 4 && n.startsWith(norm(k.name))) ??
    free.find((k) => norm(k.text).includes(n))
  );
}

export interface Score {
  roles: number;
  rolesFound: number;
  phantomRoles: number;
  kpiCountsRight: number;
  targets: number;
  targetsRight: number;
  targetsMissed: number;
  targetsWrong: number;
  /** What went wrong, one line each, for --verbose. */
  misses: string[];
}

const zero = (): Score => ({
  roles: 0,
  rolesFound: 0,
  phantomRoles: 0,
  kpiCountsRight: 0,
  targets: 0,
  targetsRight: 0,
  targetsMissed: 0,
  targetsWrong: 0,
  misses: [],
});

const show = (t: Target | null | undefined): string =>
  t ? `${t.direction} ${t.value}${t.max !== undefined ? `–${t.max}` : ''} ${t.unit} (“${t.raw}”)` : 'none';

/** Scores one document against what a person read in it. */
export async function scoreDocument(path: string, expectedJson: unknown): Promise<Score> {
  const expected = expectedSchema.parse(expectedJson);
  const result = await readDocument(path, readFileSync(path));
  const h = buildHandbook(result.document ? [result.document] : []);
  const s = zero();
  const matched = new Set<string>();
  for (const role of expected.roles) {
    s.roles++;
    // A role named with its qualifier ("Revenue Manager (cluster role)") is the role a person names without it.
    const actual =
      h.roles.find((r) => !matched.has(r.id) && norm(r.name) === norm(role.name)) ??
      h.roles.find((r) => !matched.has(r.id) && norm(r.name).startsWith(`${norm(role.name)} (`));
    const expectedTargets = role.kpis.filter((k) => k.target).length;
    s.targets += expectedTargets;
    if (!actual) {
      s.misses.push(`role not found: “${role.name}”`);
      s.targetsMissed += expectedTargets;
      continue;
    }
    matched.add(actual.id);
    s.rolesFound++;
    const kpis = h.kpis.filter((k) => k.role === actual.id);
    if (kpis.length === role.kpis.length) s.kpiCountsRight++;
    else s.misses.push(`“${role.name}”: ${kpis.length} KPIs read, ${role.kpis.length} expected`);
    const used = new Set<Kpi>();
    for (const kpi of role.kpis) {
      const k = matchKpi(kpi.name, kpis, used);
      if (k) used.add(k);
      if (!kpi.target) {
        if (k?.target) {
          s.targetsWrong++;
          s.misses.push(`“${role.name}” / “${kpi.name}”: target ${show(k.target)} read where none is stated`);
        }
        continue;
      }
      if (k?.target && sameTarget(k.target, kpi.target)) s.targetsRight++;
      else if (k?.target) {
        s.targetsWrong++;
        s.misses.push(
          `“${role.name}” / “${kpi.name}”: WRONG ${show(k.target)}, expected ${kpi.target.direction} ${kpi.target.value} ${kpi.target.unit} (“${kpi.target.text}”)`,
        );
      } else {
        s.targetsMissed++;
        s.misses.push(`“${role.name}” / “${kpi.name}”: target “${kpi.target.text}” missed${k ? '' : ' (KPI not found)'}`);
      }
    }
  }
  for (const r of h.roles.filter((r) => !matched.has(r.id))) {
    s.phantomRoles++;
    s.misses.push(`phantom role: “${r.name}” (${r.kpiCount} KPIs)`);
  }
  for (const d of result.diagnostics.filter((d) => d.severity === 'error')) s.misses.push(`error: ${d.code} ${d.message}`);
  return s;
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${Math.round((100 * a) / b)} %`);

/** Scores every document of `dir` that has an expected reading: each document's score, and their total. */
export async function scoreDirectory(dir: string): Promise<{ documents: Array<{ file: string; score: Score }>; total: Score }> {
  const names = readdirSync(dir);
  const files = names.filter((f) => !f.endsWith('.expected.json') && names.includes(`${f}.expected.json`)).sort();
  const total = zero();
  const documents: Array<{ file: string; score: Score }> = [];
  for (const file of files) {
    const score = await scoreDocument(join(dir, file), JSON.parse(readFileSync(join(dir, `${file}.expected.json`), 'utf8')));
    for (const key of Object.keys(total) as (keyof Score)[]) {
      if (key !== 'misses') (total[key] as number) += score[key] as number;
    }
    total.misses.push(...score.misses.map((m) => `${file}: ${m}`));
    documents.push({ file, score });
  }
  return { documents, total };
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const { documents, total } = await scoreDirectory(resolve(process.argv[2] ?? '.'));
  const row = (name: string, s: Score) =>
    console.log(
      `${name.padEnd(48)} roles ${s.rolesFound}/${s.roles}  phantom ${s.phantomRoles}  kpi counts ${s.kpiCountsRight}/${s.roles}  targets ${s.targetsRight}/${s.targets} right, ${s.targetsWrong} wrong`,
    );
  for (const { file, score } of documents) {
    row(file, score);
    if (verbose) for (const m of score.misses) console.log(`    ${m}`);
  }
  row(`TOTAL (${documents.length} documents)`, total);
  console.log(
    `roles ${pct(total.rolesFound, total.roles)}, phantom ${total.phantomRoles}, KPI counts ${pct(total.kpiCountsRight, total.roles)}, targets right ${pct(total.targetsRight, total.targets)}, wrong ${total.targetsWrong}`,
  );
}

if (import.meta.main) await main();
