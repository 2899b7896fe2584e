/** Test helpers: read seeds and fixtures from disk and run the real parser on them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildHandbook, type Handbook } from '../../src/lib/handbook/build-handbook.ts';
import { checkHealth } from '../../src/lib/health/checks.ts';
import { type ParseResult, parseDocument, readDocument } from '../../src/lib/read/parse-document.ts';
import type { ReadingHints } from '../../src/lib/read/reading-hints.ts';
import type { Diagnostic } from '../../src/lib/schema.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Parses one text file relative to the project root (a Word document or .zip needs readFixture). */
export function parseFile(path: string): ParseResult {
  return parseDocument(path, readFileSync(join(ROOT, path)));
}

/** Reads one file relative to the project root as the loader does, opening a Word document or .zip first. */
export function readFixture(path: string): Promise<ParseResult> {
  return readDocument(path, readFileSync(join(ROOT, path)));
}

/** Checks that a file was refused: no document, and exactly one diagnostic, matching `expected`. */
export function expectRefused(result: ParseResult, expected: Partial<Record<keyof Diagnostic, unknown>>): void {
  expect(result.document).toBeNull();
  expect(result.diagnostics).toEqual([expect.objectContaining(expected)]);
}

/** Parses a string as a document called `name`. */
export function parseString(text: string, name = 'test/inline.txt', hints: ReadingHints = {}): ParseResult {
  return parseDocument(name, new TextEncoder().encode(text), null, hints);
}

/**
 * The sample organisation's documents: a fixture copy of the two example seeds, in
 * test/fixtures/seeds/, named "seeds/…" as the loader names files of a seeds folder. Tests read
 * this copy, never seeds/, so an organisation's own documents there cannot break them.
 */
export const SAMPLE_SEEDS = 'test/fixtures/seeds';

/** Parses every sample document and builds the handbook from them. */
export function sampleHandbook() {
  const results = readdirSync(join(ROOT, SAMPLE_SEEDS))
    .sort()
    .map((f) => parseDocument(`seeds/${f}`, readFileSync(join(ROOT, SAMPLE_SEEDS, f))));
  return { results, handbook: buildHandbook(results.flatMap((r) => (r.document ? [r.document] : []))) };
}

/** Builds a handbook from fixture text for checking roles and KPIs. */
export function handbookOf(text: string, name?: string) {
  const result = parseString(text, name);
  return { result, handbook: buildHandbook(result.document ? [result.document] : []) };
}

/** Document health's findings on a handbook, with a speller that knows every word and no glossary. */
export function healthOf(handbook: Handbook): Diagnostic[] {
  return checkHealth({
    ...handbook,
    definedTerms: [],
    vocabulary: [],
    speller: { correct: () => true, suggest: () => [] },
  });
}
