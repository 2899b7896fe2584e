import { describe, expect, it } from 'vitest';
import { handbookTexts } from '../../../src/lib/handbook/handbook-texts.ts';
import { bareWord, searchVocabulary } from '../../../src/lib/handbook/search-vocabulary.ts';
import { sampleHandbook } from '../helpers.ts';

const sample = sampleHandbook().handbook;

describe('searchVocabulary', () => {
  it('lists the sample documents’ words once each, sorted, as the index holds them', () => {
    const words = searchVocabulary(handbookTexts({ ...sample, glossary: [] }));
    expect(words).toEqual([...new Set(words)].sort());
    expect(words).toEqual(expect.arrayContaining(['knowledgebase', 'customer', 'promoter', 'standups', 'stand', 'ups', 'agreedupon']));
    expect(words).not.toContain('salary');
    // Too short to correct or to be part of a compound, or no word at all.
    expect(words.some((w) => w.length < 3 || !/\p{L}/u.test(w))).toBe(false);
  });

  it('makes words bare as search compares them', () => {
    expect(bareWord('Stand-ups')).toBe('standups');
    expect(searchVocabulary(['Stand-ups / Sprint reviews, 24hrs', 'company’s'])).toEqual([
      '24hrs',
      'company',
      'companys',
      'reviews',
      'sprint',
      'stand',
      'standups',
      'ups',
    ]);
  });
});
