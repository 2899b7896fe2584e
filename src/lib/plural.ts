const RULES = new Intl.PluralRules('en');

/** The noun alone in the number that agrees with `count`, by the language's rules: "error" for 1, "errors" for 0, 2 or 1.5. */
export function pluralNoun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return RULES.select(count) === 'one' ? singular : pluralForm;
}

/** Formats a count with its noun in the right number: "1 error", "2 errors", "1 KPI". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${pluralNoun(count, singular, pluralForm)}`;
}
