/** Computes a glossary formula from its raw inputs; shared by the definitions page and the calculator. */
import type { Formula, Target } from '../schema.ts';
import { readValue, unitSeconds } from './evaluate-target.ts';
import { formatSeconds } from './format-target.ts';
import { durationUnit } from './units.ts';

export type FormulaResult = { value: number } | { error: string };

/** Evaluates `formula` with one number per input id (durations in seconds). */
export function evaluateFormula(formula: Pick<Formula, 'op' | 'inputs'>, values: Readonly<Record<string, number>>): FormulaResult {
  const args: number[] = [];
  for (const input of formula.inputs) {
    const v = values[input.id];
    if (v === undefined || !Number.isFinite(v)) return { error: `Enter ${input.label.toLowerCase()}.` };
    if (v < 0) return { error: `${input.label} cannot be negative.` };
    args.push(v);
  }
  const [a, b, c] = args as [number, number, number?];
  switch (formula.op) {
    case 'percent-of':
      if (b === 0) return { error: `${formula.inputs[1]!.label} must be more than 0.` };
      if (a > b) return { error: `${formula.inputs[0]!.label} cannot exceed ${formula.inputs[1]!.label.toLowerCase()}.` };
      return { value: (a / b) * 100 };
    case 'mean':
      if (b === 0) return { error: `${formula.inputs[1]!.label} must be more than 0.` };
      return { value: a / b };
    case 'net-percent':
      if (!c) return { error: `${formula.inputs[2]!.label} must be more than 0.` };
      if (a + b > c)
        return {
          error: `${formula.inputs[0]!.label} and ${formula.inputs[1]!.label.toLowerCase()} cannot exceed ${formula.inputs[2]!.label.toLowerCase()}.`,
        };
      return { value: ((a - b) / c) * 100 };
  }
}

/** Reads a count input: a plain number, "25k" or "1,200". */
const COUNT: Target = { raw: '1', kind: 'count', value: 1, unit: '', direction: 'at-least', directionSource: 'inferred' };
/** Reads a duration input typed with its unit ("120h", "90 min") into seconds. */
const SECONDS: Target = {
  raw: '1 s',
  kind: 'duration',
  value: 1,
  unit: 's',
  seconds: 1,
  direction: 'at-most',
  directionSource: 'inferred',
};

/** The unit a duration was typed in ("h" for "120 h"), or null for a bare number. */
function typedUnit(text: string): { unit: string; seconds: number } | null {
  const word = /[\p{L}]+(?:\s+[\p{L}]+)?\s*$/u.exec(text.trim());
  const unit = word ? (durationUnit(word[0].trim()) ?? durationUnit(word[0].trim().split(/\s+/).pop()!)) : undefined;
  return unit ? { unit: unit.unit, seconds: unit.seconds } : null;
}

/**
 * Evaluates a KPI's formula from the inputs as typed, keeping units: a mean of durations is a
 * duration in the unit typed (or, for bare numbers, the target's unit), a percent-of is a percent.
 * Returns the value to fill in as the KPI's value, a message, or an empty message while inputs are missing.
 */
export function computeFormula(
  formula: Pick<Formula, 'op' | 'inputs' | 'result'>,
  raw: readonly string[],
  target: Target | null,
): { value: string } | { message: string } {
  const values: Record<string, number> = {};
  const durationTarget = target?.kind === 'duration' ? target : null;
  let shownIn: { unit: string; seconds: number } | null = null;
  // Where the result is no duration (hours worked ÷ hours available), units cancel out: bare
  // numbers are read as they are, as long as none of the durations carries a unit.
  const unitsCancel =
    formula.result !== 'duration' && formula.inputs.every((input, k) => input.kind !== 'duration' || !typedUnit(raw[k] ?? ''));
  for (const [k, input] of formula.inputs.entries()) {
    const text = raw[k]?.trim() ?? '';
    if (!text) return { message: '' };
    let reading: ReturnType<typeof readValue>;
    if (input.kind === 'duration' && !unitsCancel) {
      const unit = typedUnit(text);
      if (!unit && !durationTarget) return { message: `${input.label}: add a unit of time, such as 120h or 90 min.` };
      // A bare number is in the target's unit, as everywhere in the calculator.
      reading = readValue(text, unit ? SECONDS : durationTarget!);
      shownIn ??= unit ?? { unit: durationTarget!.unit, seconds: unitSeconds(durationTarget!) };
    } else reading = readValue(text, COUNT);
    if ('error' in reading) return { message: `${input.label}: ${reading.error}` };
    values[input.id] = reading.value;
  }
  const r = evaluateFormula(formula, values);
  if ('error' in r) return { message: r.error };
  const n = (x: number, digits: number) => `${+x.toFixed(digits)}`;
  if (formula.result === 'percent') return { value: `${n(r.value, 2)}%` };
  if (formula.result === 'duration') {
    const unit = shownIn ?? { unit: 's', seconds: 1 };
    // Less than one of the unit ("0.0002 h") reads better in a smaller one ("750 ms").
    return { value: r.value > 0 && r.value < unit.seconds ? formatSeconds(r.value) : `${n(r.value / unit.seconds, 3)} ${unit.unit}` };
  }
  return { value: n(r.value, 2) };
}
