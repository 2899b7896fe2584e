/**
 * The fixture corpus: realistic documents written the ways organisations really write them
 * (test/fixtures/corpus/): text and Markdown, web pages saved as HTML, and Word documents made by
 * test/fixtures/office-make.ts from the descriptions in test/fixtures/office/. Each has an
 * expected output written by reading the document by hand (test/fixtures/corpus-expected/<file
 * name>.json). The real parser's output must match it field by field: title, roles with their
 * groups, sections, KPIs and (where given) targets in order, and definitions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { ROOT, readFixture } from '../helpers.ts';

/** What a reader finds in a document, written by hand. */
const expectedSchema = z.object({
  /** Which family of documents it stands for, e.g. "Confluence export". */
  family: z.string(),
  title: z.string(),
  roles: z.array(
    z.object({
      name: z.string(),
      group: z.string().nullable(),
      sections: z.array(z.string()).default([]),
      /** KPI names (the label, or the whole text when unlabelled), in source order. */
      kpis: z.array(z.string()),
      /** Each KPI's target as written, or null when it has none; checked where given. */
      targets: z.array(z.string().nullable()).optional(),
    }),
  ),
  definitions: z.array(z.string()).default([]),
  /** Codes of warnings and errors the document should raise; anything else is a failure. */
  problems: z.array(z.string()).default([]),
});

const CORPUS = 'test/fixtures/corpus';
const EXPECTED = join(ROOT, 'test/fixtures/corpus-expected');
const files = readdirSync(join(ROOT, CORPUS))
  .filter((f) => !f.startsWith('.'))
  .sort();

describe('the fixture corpus', () => {
  it('has an expected output for every document and a document for every expected output', () => {
    expect(
      readdirSync(EXPECTED)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(files.map((f) => `${f}.json`));
  });

  for (const file of files) {
    it(`${file} reads as written`, async () => {
      const expected = expectedSchema.parse(JSON.parse(readFileSync(join(EXPECTED, `${file}.json`), 'utf8')));
      const result = await readFixture(`${CORPUS}/${file}`);
      const h = buildHandbook(result.document ? [result.document] : []);
      const actual = {
        family: expected.family,
        title: result.document?.title ?? null,
        roles: h.roles.map((r, i) => {
          const kpis = h.kpis.filter((k) => k.role === r.id);
          const targets = expected.roles[i]?.targets ? { targets: kpis.map((k) => k.target?.raw ?? null) } : {};
          return { name: r.name, group: r.group?.name ?? null, sections: r.sections, kpis: kpis.map((k) => k.name), ...targets };
        }),
        definitions: h.definitions.map((d) => d.term),
        problems: result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code),
      };
      expect(actual).toEqual(expected);
      expect(result.document!.coverage.accounted).toBe(result.document!.coverage.nonBlank);
    });
  }
});
