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

/** Returns `base`, or `base-2`, `base-3`, … so that it is not yet in `taken`; records the result. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
