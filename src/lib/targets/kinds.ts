/**
 * What each target kind means, once per kind of the schema's `targetKindSchema`. The table is a
 * `Record<TargetKind, …>`, so a kind added to the schema fails type-checking until it is described here.
 */
import type { Direction, Target, TargetKind } from '../schema.ts';

interface KindFacts {
  /** The kind as a noun phrase: "a percentage". */
  noun: string;
  /** The direction the kind implies when nothing is stated: durations should be short, the rest high. */
  direction: Exclude<Direction, 'between'>;
}

const KINDS: Record<TargetKind, KindFacts> = {
  percent: { noun: 'a percentage', direction: 'at-least' },
  duration: { noun: 'a duration', direction: 'at-most' },
  count: { noun: 'a count', direction: 'at-least' },
  score: { noun: 'a score', direction: 'at-least' },
  currency: { noun: 'an amount of money', direction: 'at-least' },
  change: { noun: 'a change', direction: 'at-least' },
  ratio: { noun: 'a multiple', direction: 'at-least' },
};

/** The kind as a noun phrase: "a percentage", "a duration". */
export const kindNoun = (kind: TargetKind): string => KINDS[kind].noun;

/** The direction a kind implies when nothing is stated: durations should be short, the rest high. */
export const defaultDirection = (kind: TargetKind): Exclude<Direction, 'between'> => KINDS[kind].direction;

/** The fields only some kinds have, each undefined where the kind has none. */
export interface TargetDetails {
  outOf: number | undefined;
  seconds: number | undefined;
  maxSeconds: number | undefined;
  currency: string | undefined;
  period: string | undefined;
  reference: string | undefined;
}

/**
 * A target's kind-specific fields side by side, for the places that list every field whatever the
 * kind (the CSV export's columns, a key comparing two targets); code about one kind narrows on `kind` instead.
 */
export function targetDetails(t: Target): TargetDetails {
  return {
    outOf: t.kind === 'score' ? t.outOf : undefined,
    seconds: t.kind === 'duration' ? t.seconds : undefined,
    maxSeconds: t.kind === 'duration' ? t.maxSeconds : undefined,
    currency: t.kind === 'currency' ? t.currency : undefined,
    period: t.kind === 'change' ? t.period : undefined,
    reference: t.kind === 'change' || t.kind === 'ratio' ? t.reference : undefined,
  };
}
