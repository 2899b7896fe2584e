/** The per-KPI data the role page's calculator reads from its JSON script tag. */

import type { Formula, GlossaryEntry, Kpi, Period, Target } from '../schema.ts';
import { formulaFor } from './formula-for.ts';
import { DEFAULT_PERIOD } from './history.ts';

export interface ScorecardKpi {
  id: string;
  position: number;
  name: string;
  target: Kpi['target'];
  kind: Kpi['measure']['kind'];
  /** The document's amber band (or threshold): a miss inside it is "close". */
  amber?: Target;
  /** The period values are kept for in the history: the KPI's frequency, else a month. */
  period: Period;
  formula: (Pick<Formula, 'op' | 'expression' | 'inputs' | 'result'> & { term: string }) | null;
}

/** Builds the calculator's data for a role's KPIs, attaching the glossary formula each can use. */
export function scorecardKpis(kpis: readonly Kpi[], glossary: ReadonlyArray<{ id: string; data: GlossaryEntry }>): ScorecardKpi[] {
  return kpis.map((k) => {
    const f = formulaFor(k, glossary);
    const term = f ? glossary.find((g) => g.id === f.id)!.data.term : '';
    return {
      id: k.id,
      position: k.position,
      name: k.name,
      target: k.target,
      kind: k.target?.kind ?? k.measure.kind,
      ...(k.record.amber ? { amber: k.record.amber } : {}),
      period: k.record.period ?? DEFAULT_PERIOD,
      formula: f ? { op: f.formula.op, expression: f.formula.expression, inputs: f.formula.inputs, result: f.formula.result, term } : null,
    };
  });
}
