/**
 * What each target kind means, once per kind of the schema's `targetKindSchema`. The table is a
 * `Record<TargetKind, …>`, so a kind added to the schema fails type-checking until it is described here.
 */
import type { Direction, TargetKind } from '../schema.ts';

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
