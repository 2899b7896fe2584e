/**
 * The longest slug, in characters. Ids become folder names under dist/, and a file system refuses
 * a name of more than 255 bytes (ENAMETOOLONG), so no name in a document may make a longer one.
 */
export const MAX_SLUG_LENGTH = 100;

/** Turns a name into a readable, URL-safe id ("Head of operations" → "head-of-operations"), at most MAX_SLUG_LENGTH long. */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words.slice(0, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      // A word that alone is too long is cut; otherwise the slug ends at the last whole word.
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug || 'untitled';
}

/** The slug given when a name has no letter or digit ("🚀", "!!!"). */
export const EMPTY_SLUG = 'untitled';

/**
 * Slugs handed out within one scope: `unique(base)` returns `base`, or `base-2`, `base-3`, … so that
 * it is not yet taken, and records it. Each base remembers the suffix it reached, so n repeats of
 * one name cost O(n), not O(n²) as counting up from "-2" each time would (20,000 identical bullets).
 */
export class SlugScope {
  readonly #taken = new Set<string>();
  readonly #next = new Map<string, number>();

  unique(base: string): string {
    let n = this.#next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.#taken.has(id)) id = `${base}-${++n}`;
    this.#next.set(base, n + 1);
    this.#taken.add(id);
    return id;
  }

  has(slug: string): boolean {
    return this.#taken.has(slug);
  }
}
