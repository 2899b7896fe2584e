/** Picks the glossary formula a KPI can be computed with, so the calculator can offer raw inputs. */
import type { Formula, GlossaryEntry, Kpi } from '../schema.ts';

const norm = (s: string) => s.toLowerCase().replace(/[-\s]+/g, ' ');

/**
 * The first entry whose term or alias the KPI mentions, else whose calculator phrases it
 * contains. The result must be the KPI's kind, and a fixed-scale score (NPS, −100…100) fits only
 * targets on that scale: the documents' "7/10 average NPS" is an average rating, not NPS.
 */
export function formulaFor(
  kpi: Pick<Kpi, 'text' | 'target' | 'measure'>,
  glossary: ReadonlyArray<{ id: string; data: GlossaryEntry }>,
): { id: string; formula: Formula } | null {
  const kind = kpi.target?.kind ?? kpi.measure.kind;
  if (!kind) return null;
  const text = ` ${norm(kpi.text)} `;
  const has = (phrase: string) => new RegExp(`[^a-z0-9]${norm(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^a-z0-9]`).test(text);
  const fits = glossary.filter(
    (g) =>
      g.data.formula &&
      g.data.formula.result === kind &&
      !(g.data.formula.scale && g.data.formula.scale !== (kpi.target?.kind === 'score' ? kpi.target.outOf : undefined)),
  );
  // The longest phrase wins, so "average time to resolve" beats "average time" whatever the order.
  const best = (phrases: (g: (typeof fits)[number]) => string[]) =>
    fits
      .map((g) => ({
        g,
        length: Math.max(
          0,
          ...phrases(g)
            .filter(has)
            .map((p) => p.length),
        ),
      }))
      .filter((x) => x.length > 0)
      .sort((a, b) => b.length - a.length)[0]?.g;
  const matched = best((g) => [g.data.term, ...g.data.aliases]) ?? best((g) => g.data.calculatorMatch);
  return matched ? { id: matched.id, formula: matched.data.formula! } : null;
}
