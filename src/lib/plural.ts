/** The noun alone in the number that agrees with `count`: "error" for 1, "errors" otherwise. */
export function pluralNoun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** Formats a count with its noun in the right number: "1 error", "2 errors", "1 KPI". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${pluralNoun(count, singular, pluralForm)}`;
}
