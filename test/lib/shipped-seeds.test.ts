/**
 * The one test that reads seeds/ itself: the two example documents the handbook ships with. An
 * organisation that removes or edits them has its own documents there, so the test is skipped
 * (and says so) instead of failing; every other test reads fixtures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../src/lib/handbook/build-handbook.ts';
import { parseDocument } from '../../src/lib/read/parse-document.ts';
import { ROOT } from './helpers.ts';

const SHIPPED = {
  'seeds/000_619243cf29085ed7.txt': readFileSync(join(ROOT, 'test/fixtures/seeds/000_619243cf29085ed7.txt')),
  'seeds/003_d2368406a48dee8f.txt': readFileSync(join(ROOT, 'test/fixtures/seeds/003_d2368406a48dee8f.txt')),
};
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const present = Object.entries(SHIPPED).every(
  ([file, copy]) => existsSync(join(ROOT, file)) && digest(readFileSync(join(ROOT, file))) === digest(copy),
);

describe.skipIf(!present)('the shipped seeds in seeds/ (skipped when an organisation has replaced them)', () => {
  it('give 25 roles, 121 KPIs, 66 numeric targets and 1 definition, with no warnings', () => {
    const results = Object.keys(SHIPPED).map((file) => parseDocument(file, readFileSync(join(ROOT, file))));
    const h = buildHandbook(results.map((r) => r.document!));
    expect([h.roles.length, h.kpis.length, h.kpis.filter((k) => k.target).length, h.definitions.length]).toEqual([25, 121, 66, 1]);
    expect(results.flatMap((r) => r.diagnostics).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
