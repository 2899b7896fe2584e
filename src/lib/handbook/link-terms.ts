/** Splits text into plain runs and mentions of defined terms, so pages can link each mention. */

export interface TermPhrase {
  /** Where a mention links to (a definition's anchor). */
  href: string;
  /** The phrases that count as a mention: the term and its aliases. */
  phrases: readonly string[];
}

export type TextSegment = { text: string; href?: undefined } | { text: string; href: string };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Markdown link kept in a KPI's wording: `[text](url)`. */
const MARKDOWN_LINK = /\[([^\]\n]+)\]\(([^()\s]+)\)/g;
/**
 * Only web, mail and same-site addresses become links; anything else (javascript:, data:) stays
 * text. "//host/x" and "/\\host/x" lead to another site, however much they look like paths.
 */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i;

/**
 * Builds a matcher once for many texts; longer phrases win over the shorter ones they contain.
 * Markdown links written in the text (`[dashboard](https://…)`) become links to their address.
 */
export function termLinker(terms: readonly TermPhrase[]): (text: string) => TextSegment[] {
  const linkTerms = termMatcher(terms);
  return (text) => {
    if (!text.includes('](')) return linkTerms(text);
    const out: TextSegment[] = [];
    let last = 0;
    for (const m of text.matchAll(MARKDOWN_LINK)) {
      if (!SAFE_HREF.test(m[2]!)) continue;
      if (m.index > last) out.push(...linkTerms(text.slice(last, m.index)));
      out.push({ text: m[1]!, href: m[2]! });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(...linkTerms(text.slice(last)));
    return out;
  };
}

function termMatcher(terms: readonly TermPhrase[]): (text: string) => TextSegment[] {
  const entries = terms.flatMap((t) =>
    t.phrases.filter((p) => p.trim()).map((p) => ({ phrase: p.toLowerCase().replace(/[-\s]+/g, ' '), href: t.href })),
  );
  entries.sort((a, b) => b.phrase.length - a.phrase.length);
  if (entries.length === 0) return (text) => [{ text }];
  // Hyphens and spaces are interchangeable: "quality-assurance pass rate" = "quality assurance pass rate".
  const pattern = entries.map((e) => escapeRegExp(e.phrase).replace(/ /g, '[-\\s]+')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  const hrefOf = new Map(entries.map((e) => [e.phrase, e.href]));
  return (text) => {
    const out: TextSegment[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      const href = hrefOf.get(m[0].toLowerCase().replace(/[-\s]+/g, ' '));
      if (!href) continue;
      if (m.index! > last) out.push({ text: text.slice(last, m.index) });
      out.push({ text: m[0], href });
      last = m.index! + m[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  };
}
