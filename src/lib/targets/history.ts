/**
 * A scorecard's history: the value typed for each KPI in each period (its frequency's period, a
 * month where the document states none), kept in the reader's browser. Pure data: the element
 * stores it, this module names periods, records values and finds the period before.
 */
import type { Period } from '../schema.ts';

/** KPI position → period key ("2026-12", "2026-Q4") → the value as typed. */
export type History = Record<string, Record<string, string>>;

/** Each period as a frequency is named in filters: "Monthly". */
export const PERIOD_NAME: Readonly<Record<Period, string>> = {
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};

/** The period a KPI's values are kept for when its document states no frequency. */
export const DEFAULT_PERIOD: Period = 'month';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - start) / 86_400_000 + 1) / 7) };
}

/** The key of the period `date` falls in, sortable as text: "2026-12-07", "2026-W49", "2026-12", "2026-Q4", "2026". */
export function periodKey(period: Period, date: Date): string {
  const y = date.getFullYear();
  switch (period) {
    case 'day':
      return `${y}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    case 'week': {
      const w = isoWeek(date);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'month':
      return `${y}-${pad(date.getMonth() + 1)}`;
    case 'quarter':
      return `${y}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    case 'year':
      return String(y);
  }
}

/** The history with `value` kept for one KPI and period; an empty value removes that period's entry. */
export function recordValue(history: History, kpi: number, key: string, value: string): History {
  const forKpi = { ...(history[kpi] ?? {}) };
  if (value.trim()) forKpi[key] = value.trim();
  else delete forKpi[key];
  const next = { ...history };
  if (Object.keys(forKpi).length > 0) next[kpi] = forKpi;
  else delete next[kpi];
  return next;
}

/** A KPI's values in period order, oldest first. */
export function series(history: History, kpi: number): Array<{ key: string; value: string }> {
  return Object.entries(history[kpi] ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value }));
}

/** The latest value kept for a period before `key`, or null. */
export function previousValue(history: History, kpi: number, key: string): { key: string; value: string } | null {
  return (
    series(history, kpi)
      .filter((e) => e.key < key)
      .at(-1) ?? null
  );
}

/** Reads stored history, dropping anything that is not a map of maps of strings (an old or edited entry). */
export function parseHistory(json: string | null): History {
  if (!json) return {};
  try {
    const data: unknown = JSON.parse(json);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: History = {};
    for (const [kpi, periods] of Object.entries(data)) {
      if (!periods || typeof periods !== 'object' || Array.isArray(periods)) continue;
      const kept = Object.entries(periods).filter((e): e is [string, string] => typeof e[1] === 'string');
      if (kept.length > 0) out[kpi] = Object.fromEntries(kept);
    }
    return out;
  } catch {
    return {};
  }
}
