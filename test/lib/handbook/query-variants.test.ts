import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookTexts } from '../../../src/lib/handbook/handbook-texts.ts';
import {
  corrections,
  MAX_VARIANTS,
  oneTypoApart,
  queryVariants,
  splitCompound,
  vocabulary,
} from '../../../src/lib/handbook/query-variants.ts';
import { searchVocabulary } from '../../../src/lib/handbook/search-vocabulary.ts';
import { ROOT, sampleHandbook } from '../helpers.ts';

/** The sample organisation's words, as /search-words.json lists them (without the About page and glossary). */
const sampleWords = searchVocabulary(handbookTexts({ ...sampleHandbook().handbook, glossary: [] }));
const sample = vocabulary(sampleWords);

describe('oneTypoApart', () => {
  it.each([
    ['custmer', 'customer', true],
    ['customer', 'custmer', true],
    ['cusotmer', 'customer', true],
    ['cuxtomer', 'customer', true],
    ['customers', 'customer', true],
    ['custmr', 'customer', false],
    ['salary', 'sales', false],
    ['ab', 'ba', true],
    ['abc', 'cab', false],
  ])('%s and %s: %s', (a, b, expected) => expect(oneTypoApart(a, b)).toBe(expected));
});

describe('queryVariants on the sample documents’ words', () => {
  it('joins "knowledge base" into the Technical Writer’s "knowledgebase"', () => {
    expect(queryVariants('knowledge base', sample)).toEqual(['knowledge base', 'knowledgebase']);
  });

  it('corrects one typo in a word of five letters or more', () => {
    expect(queryVariants('custmer', sample)).toEqual(['custmer', 'customer']);
    expect(queryVariants('custmer satisfction', sample)).toEqual(['custmer satisfction', 'customer satisfaction']);
    expect(queryVariants('Promter', sample)).toEqual(['Promter', 'promoter']);
  });

  it('finds no word within one typo of "salary", so it stays as typed', () => {
    expect(sampleWords.filter((w) => oneTypoApart('salary', w))).toEqual([]);
    expect(queryVariants('salary', sample)).toEqual(['salary']);
  });

  it('leaves short words, known words and words still being typed alone', () => {
    // "tiem" is one typo from "time", but four letters are too few to guess from.
    expect(queryVariants('tiem', sample)).toEqual(['tiem']);
    expect(queryVariants('customer', sample)).toEqual(['customer']);
    // "custo" starts "customer": the reader is still typing.
    expect(corrections('custo', sample)).toEqual([]);
    expect(corrections('24hrz', sample)).toEqual([]);
    expect(queryVariants('  ', sample)).toEqual([]);
  });

  it('offers at most MAX_VARIANTS queries, the one typed first', () => {
    const many = queryVariants('resolvs technicl isues custmer', sample);
    expect(many[0]).toBe('resolvs technicl isues custmer');
    expect(many.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(many).toContain('resolve technical issues customer');
  });
});

describe('splitCompound', () => {
  it('splits "knowledgebase" where another document writes "knowledge base"', () => {
    // A help-centre page written apart from the sample: "Knowledge base articles published".
    const page = readFileSync(join(ROOT, 'test/fixtures/unseen/batch-1/support-team-kpis-docusaurus.md'), 'utf8');
    const both = vocabulary(searchVocabulary([...handbookTexts({ ...sampleHandbook().handbook, glossary: [] }), page]));
    expect(splitCompound('knowledgebase', both)).toEqual(['knowledge', 'base']);
    expect(queryVariants('knowledgebase', both)).toEqual(['knowledgebase', 'knowledge base']);
    // The sample alone never writes "base": nothing to split into.
    expect(splitCompound('knowledgebase', sample)).toBeNull();
  });

  it('splits evenly and never into words shorter than three letters', () => {
    expect(splitCompound('standups', sample)).toEqual(['stand', 'ups']);
    expect(splitCompound('onboarding', sample)).toBeNull();
    expect(splitCompound('abcdef', vocabulary(['abc', 'abcd', 'def', 'ef']))).toEqual(['abc', 'def']);
  });
});
