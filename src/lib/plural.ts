/** Formats a count with its noun in the right number: "1 error", "2 errors", "1 KPI". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}
