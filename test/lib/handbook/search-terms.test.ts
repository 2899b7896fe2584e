import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/lib/handbook/acronyms.ts';
import { handbookTexts } from '../../../src/lib/handbook/handbook-texts.ts';
import { kpiSearchTerms, roleInitials, roleSearchTerms, unitSpellings } from '../../../src/lib/handbook/search-terms.ts';
import { stripSynonyms, synonymAttr } from '../../../src/lib/handbook/synonyms.ts';
import type { Target } from '../../../src/lib/schema.ts';
import { parseTargetPhrase } from '../../../src/lib/targets/parse-target.ts';
import { DURATION_UNITS } from '../../../src/lib/targets/units.ts';
import { sampleHandbook } from '../helpers.ts';

const t = (p: string) => (parseTargetPhrase(p) as { target: Target }).target;

describe('unitSpellings', () => {
  it('spells hours every way people type them', () => {
    expect(unitSpellings(t('24hrs'))).toEqual(['h', 'hr', 'hrs', 'hour', 'hours', '24h', '24hr', '24hrs']);
  });

  it('covers seconds, percentages and scores', () => {
    expect(unitSpellings(t('1 second'))).toContain('seconds');
    expect(unitSpellings(t('80%'))).toEqual(['percent', 'percentage', 'pct']);
    expect(unitSpellings(t('7/10'))).toEqual(['score', 'rating', '7/10', 'out of 10']);
    expect(unitSpellings(t('25k transactions'))).toEqual([]);
    expect(unitSpellings(null)).toEqual([]);
  });

  it.each(DURATION_UNITS.map((u) => [u.unit, u] as const))('finds %s by every word of every spelling the parser reads', (_unit, u) => {
    const words = unitSpellings(t(`2 ${u.one}`));
    const expected = [...new Set(u.spellings.flatMap((s) => s.split(' ')))];
    expect(words.slice(0, expected.length)).toEqual(expected);
    expect(words.slice(expected.length)).toEqual(expected.filter((w) => w.length <= 3).map((w) => `2${w}`));
  });

  it('splits two-word units into their words, gluing the short ones as for any unit', () => {
    expect(unitSpellings(t('2 working days'))).toEqual(['business', 'd', 'day', 'days', 'working', '2d', '2day']);
  });
});

describe('roleInitials', () => {
  it('gives the initials people search by', () => {
    expect(roleInitials('Quality Assurance Engineer')).toEqual(['QA', 'QAE']);
    expect(roleInitials('Product Manager')).toEqual(['PM']);
    expect(roleInitials('UX / UI Designer')).toEqual(['UU', 'UUD']);
    expect(roleInitials('QA')).toEqual([]);
    expect(roleInitials('Head of operations')).toEqual([]);
  });
});

describe('synonymAttr and stripSynonyms', () => {
  it('bracket index-only words and remove them from excerpts', () => {
    expect(synonymAttr(['hrs', 'hours'])).toBe('⁘ hrs hours ⁙');
    expect(synonymAttr([])).toBeUndefined();
    expect(stripSynonyms('⁘ h hr <mark>hrs</mark> hours ⁙ 24hrs average time to resolve.')).toBe('24hrs average time to resolve.');
    expect(stripSynonyms('hr <mark>hrs</mark> hours ⁙ 24hrs average')).toBe('24hrs average');
    expect(stripSynonyms('Tech Team. 1 second. ⁘ s sec')).toBe('Tech Team. 1 second.');
    expect(stripSynonyms('plain <mark>text</mark>')).toBe('plain <mark>text</mark>');
  });
});

describe('kpiSearchTerms and roleSearchTerms', () => {
  const sample = sampleHandbook().handbook;
  const acronyms = findAcronyms(handbookTexts({ ...sample, glossary: [] }));

  it('gives a KPI its unit’s spellings, implied phrases and paired acronyms, each once', () => {
    const nps = sample.kpis.find((k) => k.text === '7/10 Average Net Promoter Score')!;
    expect(kpiSearchTerms(nps, acronyms)).toEqual(['score', 'rating', '7/10', 'out of 10', 'NPS']);
    const csat = sample.kpis.find((k) => k.text.startsWith('Client Success Metrics'))!;
    expect(kpiSearchTerms(csat, acronyms)).toEqual(['staff turnover', 'attrition', 'happiness', 'Net Promoter Score']);
  });

  it('gives a role its initials and readers’ words, without repeating a paired acronym', () => {
    expect(roleSearchTerms('Product Manager', acronyms)).toEqual(['PM', 'lead', 'head']);
    expect(roleSearchTerms('QA', acronyms)).toEqual(['quality assurance', 'tester', 'testers', 'testing']);
  });
});
