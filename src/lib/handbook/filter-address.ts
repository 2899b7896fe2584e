/**
 * Filters kept in the page's address (`/kpis/?q=stand-ups&kind=duration`), so that reloading,
 * going Back to the page and sharing its link all show what was filtered.
 */

/** Each named filter's value in a query string ("?q=qa"), empty when the address has none. */
export function filtersFrom<K extends string>(search: string, names: readonly K[]): Record<K, string> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(names.map((n) => [n, params.get(n)?.trim() ?? ''])) as Record<K, string>;
}

/**
 * A query string with the filters set, each empty one removed, any other parameter kept: "" when
 * nothing is left, so an unfiltered page keeps its plain address.
 */
export function searchWith(search: string, filters: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(filters)) {
    if (value.trim()) params.set(name, value.trim());
    else params.delete(name);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
