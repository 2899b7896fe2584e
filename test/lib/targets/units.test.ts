import { describe, expect, it } from 'vitest';
import { unitSpellings } from '../../../src/lib/handbook/search-terms.ts';
import { type Target, type TargetKind, targetKindSchema } from '../../../src/lib/schema.ts';
import { readValue } from '../../../src/lib/targets/evaluate-target.ts';
import { describeMeasure, formatQuantity, formatSeconds } from '../../../src/lib/targets/format-target.ts';
import { inferMeasure } from '../../../src/lib/targets/infer-measure.ts';
import { defaultDirection, durationUnit, parseTargetPhrase, readTarget } from '../../../src/lib/targets/parse-target.ts';
import { COUNT_SUFFIXES, DURATION_UNITS, PERCENT_UNIT } from '../../../src/lib/targets/units.ts';

const target = (phrase: string): Target => {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
};

const durationSpellings = DURATION_UNITS.flatMap((u) => u.spellings.map((spelling) => [u.unit, spelling] as const));
/** Every spelling the parser reads, the unit in other languages ("Stunden", "días hábiles") included. */
const readSpellings = DURATION_UNITS.flatMap((u) => u.read.map((spelling) => [u.unit, spelling] as const));

describe('every duration unit round-trips', () => {
  it.each(durationSpellings)('%s spelled "%s" is read, shown and found as the same unit', (unit, spelling) => {
    const u = DURATION_UNITS.find((d) => d.unit === unit)!;
    expect(durationUnit(spelling)).toMatchObject({ unit, seconds: u.seconds });
    expect(durationUnit(spelling.toUpperCase().replace(/ /g, '  '))?.unit).toBe(unit);

    const read = readTarget(`3 ${spelling} to answer`).target;
    expect(read).toMatchObject({ raw: `3 ${spelling}`, kind: 'duration', value: 3, unit, seconds: 3 * u.seconds, direction: 'at-most' });
    if (!spelling.includes(' ')) expect(readTarget(`3${spelling} to answer`).target).toMatchObject({ raw: `3${spelling}`, unit });

    expect(formatQuantity(read!)).toEqual({ text: `3 ${unit}`, words: `3 ${u.many}` });
    expect(formatQuantity({ ...read!, value: 1 }).words).toBe(`1 ${u.one}`);

    const synonyms = unitSpellings(read);
    for (const word of spelling.split(' ')) expect(synonyms).toContain(word);
  });

  it.each(readSpellings)('the parser reads %s spelled "%s" as the same unit', (unit, spelling) => {
    const u = DURATION_UNITS.find((d) => d.unit === unit)!;
    expect(readTarget(`3 ${spelling} to answer`).target).toMatchObject({ raw: `3 ${spelling}`, unit, seconds: 3 * u.seconds });
  });

  it.each(readSpellings)('the calculator reads %s spelled "%s"', (unit, spelling) => {
    const u = DURATION_UNITS.find((d) => d.unit === unit)!;
    const reading = readValue(`2 ${spelling}`, target('24hrs'));
    expect(reading).toMatchObject({ value: 2 * u.seconds });
  });

  it('knows no other spelling; a lone "m" is million, not minutes', () => {
    expect(durationUnit('m')).toBeUndefined();
    expect(durationUnit('parsecs')).toBeUndefined();
    expect(readTarget('5m users').target).toMatchObject({ kind: 'count', value: 5e6 });
  });

  it('formats seconds only in the units marked for it, each reading back as 1', () => {
    const shown = DURATION_UNITS.filter((u) => u.showsSeconds);
    expect(shown.map((u) => u.unit).sort()).toEqual(['d', 'h', 'min', 's']);
    for (const u of shown) expect(formatSeconds(u.seconds)).toBe(`1 ${u.unit}`);
    expect(formatSeconds(604800)).toBe('7 d');
  });
});

describe('the percent unit round-trips', () => {
  it.each(PERCENT_UNIT.spellings)('"%s" is read by the parser and the calculator, and shown as %%', (spelling) => {
    const read = readTarget(`80 ${spelling} of tickets`).target;
    expect(read).toMatchObject({ raw: `80 ${spelling}`, kind: 'percent', value: 80, unit: PERCENT_UNIT.unit });
    expect(formatQuantity(read!)).toEqual({ text: '80 %', words: '80 percent' });
    expect(readValue(`85 ${spelling}`, target('80%'))).toMatchObject({ value: 85, text: '85 %' });
    expect(readValue(`0.5${spelling}`, target('80%'))).toMatchObject({ value: 0.5 });
  });

  it('is found by its one-word spellings', () => {
    const synonyms = unitSpellings(target('80%'));
    for (const s of PERCENT_UNIT.spellings.filter((w) => /^\p{L}+$/u.test(w))) expect(synonyms).toContain(s);
    expect(synonyms).not.toContain('per');
  });
});

describe('the count suffixes', () => {
  it.each(Object.entries(COUNT_SUFFIXES))('"%s" multiplies by %d in the parser and the calculator', (suffix, multiplier) => {
    const glued = readTarget(`2${suffix} downloads`).target;
    expect(glued).toMatchObject({ raw: `2${suffix}`, kind: 'count', value: 2 * multiplier, unit: 'downloads' });
    expect(readValue(`3${suffix.toUpperCase()}`, glued!)).toMatchObject({ value: 3 * multiplier });
    expect(readValue(`3 ${suffix}`, glued!)).toMatchObject({ value: 3 * multiplier });
  });

  it('takes a spaced suffix only when it is a word', () => {
    expect(readTarget('2 million downloads').target).toMatchObject({ value: 2e6, unit: 'downloads' });
    expect(readTarget('2 k downloads').target).toMatchObject({ value: 2, unit: 'k downloads' });
  });
});

describe('target kinds', () => {
  // A phrase of each kind (with no stated direction where the kind allows), and wording that names
  // the kind without a number, for the kinds the wording alone can tell.
  const EXAMPLES: Record<TargetKind, [string, string | null]> = {
    percent: ['80%', 'Percentage of builds that pass'],
    duration: ['24hrs', 'Average time to resolve an issue'],
    count: ['15 partnerships', 'Number of partnerships signed'],
    score: ['7/10', 'Client satisfaction score'],
    currency: ['$45', null],
    change: ['increase by 5%', null],
    ratio: ['3x quota', null],
  };

  it.each(targetKindSchema.options)('%s is described, formatted, searched and given one default direction', (kind) => {
    const [phrase, wording] = EXAMPLES[kind];
    const t = target(phrase);
    // A change always states its direction ("increase", "reduce"); every other kind can leave it to the kind.
    expect(t).toMatchObject({ kind, direction: defaultDirection(kind), directionSource: kind === 'change' ? 'explicit' : 'inferred' });
    if (wording) expect(inferMeasure(wording, null)).toMatchObject({ kind, direction: defaultDirection(kind) });
    expect(describeMeasure({ kind, direction: null, evidence: [] })).toMatch(/^an? [\w ]+$/);
    expect(formatQuantity(t).text).not.toBe('');
    expect(Array.isArray(unitSpellings(t))).toBe(true);
  });

  it('wants durations short and the rest high', () => {
    expect(targetKindSchema.options.map((k) => [k, defaultDirection(k)])).toEqual([
      ['percent', 'at-least'],
      ['duration', 'at-most'],
      ['count', 'at-least'],
      ['score', 'at-least'],
      ['currency', 'at-least'],
      ['change', 'at-least'],
      ['ratio', 'at-least'],
    ]);
  });
});

describe('currency codes', () => {
  it('reads any ISO 4217 code in use as money, named as the platform names it', () => {
    expect(target('KES 12.5M')).toMatchObject({ kind: 'currency', value: 12_500_000, currency: 'KES' });
    expect(target('at least 500 NGN')).toMatchObject({ kind: 'currency', value: 500, currency: 'NGN', direction: 'at-least' });
    expect(formatQuantity(target('KES 150,000')).words).toMatch(/Kenyan shillings|KES/);
  });

  it('never reads a code that is also a word in capitals as money', () => {
    for (const phrase of ['Audit ALL 5 stores', 'Stay in the TOP 10 accounts', 'Move to PHP 8 servers'])
      expect(target(phrase).kind).toBe('count');
  });
});
