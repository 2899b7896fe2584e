/** Computes a glossary formula from its raw inputs; shared by the definitions page and the calculator. */
import type { Formula } from '../schema.ts';

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
