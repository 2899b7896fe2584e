/**
 * Extra words for the search index that the page never shows: other spellings of a target's
 * unit ("24hrs" is found by "hours", "hrs" and "h"), the initials of a role ("QA"), and the
 * acronym or name the handbook pairs with what a text writes ("NPS" for "Net Promoter Score").
 */
import type { Kpi, Target, TargetKind } from '../schema.ts';
import { currencyOf } from '../targets/iso-currencies.ts';
import { targetDetails } from '../targets/kinds.ts';
import { durationByUnit, PERCENT_UNIT, searchWords } from '../targets/units.ts';
import { type Acronyms, acronymTerms } from './acronyms.ts';
import { impliedPhrases, readerWords } from './reader-words.ts';

/** The words search finds a target by, for each kind: other spellings of its unit, or what a score is called. */
const KIND_SYNONYMS: Record<TargetKind, (target: Target) => string[]> = {
  percent: () => searchWords(PERCENT_UNIT),
  duration: (target) => {
    const unit = durationByUnit(target.unit);
    const words = unit ? searchWords(unit) : [];
    return [...words, ...words.filter((w) => w.length <= 3).map((w) => `${target.value}${w}`)];
  },
  count: () => [],
  score: (target) => {
    const { outOf } = targetDetails(target);
    return ['score', 'rating', `${target.value}/${outOf}`, `out of ${outOf}`];
  },
  currency: (target) => {
    const c = currencyOf(targetDetails(target).currency ?? target.unit);
    return c ? [c.code, ...c.symbols, ...c.one.split(' '), ...c.many.split(' '), 'cost', 'money'] : [target.unit];
  },
  change: (target) => [
    'change',
    target.value < 0 ? 'reduce' : 'increase',
    ...(target.kind === 'change' && target.period ? [target.period] : []),
  ],
  ratio: (target) => ['times', 'multiple', `${target.value}x`],
};

/** Every spelling of a target's unit, plus the number glued to the short ones ("24h", "24hrs"). */
export function unitSpellings(target: Target | null): string[] {
  return target ? [...new Set(KIND_SYNONYMS[target.kind](target))] : [];
}

/** Initials of a multi-word role name, for the first two words and all of them: "Quality Assurance Engineer" → QA, QAE. */
export function roleInitials(name: string): string[] {
  const words = name.split(/[\s/&-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const initials = (n: number) =>
    words
      .slice(0, n)
      .map((w) => w[0])
      .join('');
  return [...new Set([initials(2), initials(words.length)])];
}

/** Words once each, whatever their case: the first spelling is kept. */
const distinct = (words: readonly string[]) => {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.toLowerCase()) && !!seen.add(w.toLowerCase()));
};

/** A KPI's index-only words: its unit's spellings, the phrases its wording implies, and paired acronyms or names. */
export function kpiSearchTerms(kpi: Pick<Kpi, 'target' | 'text' | 'notes'>, acronyms: Acronyms): string[] {
  return distinct([
    ...unitSpellings(kpi.target),
    ...impliedPhrases(kpi.text),
    ...acronymTerms([kpi.text, ...(kpi.notes ?? [])].join(' '), acronyms),
  ]);
}

/** A role name's index-only words: its initials, readers' words for the job, and paired acronyms or names. */
export function roleSearchTerms(name: string, acronyms: Acronyms): string[] {
  return distinct([...roleInitials(name), ...readerWords(name), ...acronymTerms(name, acronyms)]);
}
