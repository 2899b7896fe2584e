/**
 * No target read from any fixture document has a direction opposite to the words it was read
 * from: the real parser on every document the tests hold.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, ROOT } from '../helpers.ts';

/** The words of a raw target that fix its direction, earliest and longest first ("no less than" before "less than"). */
const WORDING: Array<[RegExp, 'at-least' | 'at-most']> = [
  [/\b(?:no|not)\s+(?:less|fewer)\s+than\b/i, 'at-least'],
  [/\b(?:no|not)\s+more\s+than\b/i, 'at-most'],
  [
    /\b(?:at least|more than|greater than|over|above|minimum|or more|or higher|or better|increase|grow|raise|improve|boost)\b|[≥>]|\d\s*%?\+/i,
    'at-least',
  ],
  [
    /\b(?:at most|less than|fewer than|under|below|within|up to|maximum|max|or (?:fewer|less|lower|sooner)|reduce|cut|decrease|lower|zero)\b|[≤<]/i,
    'at-most',
  ],
];

function documents(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const path = join(dir, f);
    return statSync(join(ROOT, path)).isDirectory() ? documents(path) : [path];
  });
}

const FOLDERS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/markdown', 'test/fixtures/outline', 'test/fixtures/org'];

describe('every target in the fixture documents', () => {
  const targets = FOLDERS.flatMap(documents)
    .filter((f) => !f.endsWith('.tsv'))
    .flatMap((file) => {
      const doc = parseFile(file).document;
      return (doc?.draft.roles ?? []).flatMap((r) => r.kpis.flatMap((k) => (k.target ? [{ file, line: k.line, target: k.target }] : [])));
    });

  it('is read, from more than a hundred', () => {
    expect(targets.length).toBeGreaterThan(100);
  });

  it('never has a direction opposite to its words', () => {
    const wrong = targets.flatMap(({ file, line, target }) => {
      if (target.direction === 'between') return [];
      const stated = WORDING.find(([re]) => re.test(target.raw))?.[1];
      return stated && stated !== target.direction ? [`${file}:${line} "${target.raw}" read as ${target.direction}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
