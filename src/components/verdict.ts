import type { Reading } from '../lib/targets/evaluate-target.ts';

/**
 * The words after a verdict, shared by the role scorecard and the one-target check:
 * " — 5 percentage points short of the target. Read as 75 %; target ≥ 80 %."
 */
export function verdictDetail(gapText: string, reading: Extract<Reading, { text: string }>, targetText: string): string {
  return ` — ${gapText}. Read as ${reading.text}${reading.note ? ` (${reading.note})` : ''}; target ${targetText}.`;
}
