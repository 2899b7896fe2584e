/** Infers the kind and direction a KPI's wording implies when it states no number. */
import type { Measure, Target, TargetKind } from '../schema.ts';
import { defaultDirection } from './kinds.ts';

/** Phrases that name a kind of measure; the earliest one in the text wins. */
const KIND_CUES: ReadonlyArray<[RegExp, TargetKind]> = [
  [/\b(?:percentage|percent|proportion|share)\b|%/i, 'percent'],
  [/\brates?\b/i, 'percent'],
  [/\b(?:average time|time to|time from|lead times?|time spent|turnaround|response times?|duration)\b/i, 'duration'],
  [/\b(?:scores?|ratings?|NPS)\b/i, 'score'],
  [/\b(?:number of|count of|how many|amount of)\b/i, 'count'],
];

/** Wording that says the measure should go down, or up. */
const DOWN_CUES =
  /\b(?:minimi[sz]e[sd]?|minimi[sz]ing|reduc(?:e|es|ed|ing|tion|tions)|fewer|decrease[sd]?|lower|(?:defect|error|churn|bounce) rates?|(?:number|percentage|count) of (?:\w+ ){0,2}(?:revisions|defects|errors|bugs|bottlenecks|blockers|complaints|incidents|issues detected))\b/i;
const UP_CUES = /\b(?:increase[sd]?|increasing|improve(?:s|d|ment)?|maximi[sz]e[sd]?|higher|more|grow(?:th)?)\b/i;

/** Returns the kind and direction from the target when there is one, else from the wording. */
export function inferMeasure(text: string, target: Target | null): Measure {
  if (target) return { kind: target.kind, direction: target.direction, evidence: [target.raw] };
  const evidence: string[] = [];
  let kind: TargetKind | null = null;
  let at = Infinity;
  for (const [re, k] of KIND_CUES) {
    const m = re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      kind = k;
      evidence[0] = m[0];
    }
  }
  const down = DOWN_CUES.exec(text);
  const up = UP_CUES.exec(text);
  let direction: Measure['direction'] = null;
  // "Improvement: reductions in lead time" wants the time down, so a down cue outranks an up cue.
  if (down) {
    direction = 'at-most';
    evidence.push(down[0]);
  } else if (up) {
    direction = 'at-least';
    evidence.push(up[0]);
  } else if (kind) {
    direction = defaultDirection(kind);
  }
  return { kind, direction, evidence };
}
