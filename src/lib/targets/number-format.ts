/**
 * Numbers as organisations write them. A document writes its decimals with a point ("99.5",
 * "1,250,000") or a comma ("99,5", "1.250.000", "1.250,00 €"), and may group thousands with
 * spaces, thin spaces or apostrophes ("1 250 000 kr", "1'250'000"). Each document's convention
 * is decided once from the numbers it writes unambiguously; its text is then rewritten, one
 * character for one, into the target grammar's own form (decimal point, comma groups), so every
 * position, and so every quoted phrase, stays the document's own.
 */

export type DecimalMark = '.' | ',';

/** Unambiguous evidence: a separator followed by one, two or four-plus digits is decimal; repeated three-digit groups are thousands. */
const COMMA_DECIMAL = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])|\d\.\d{3},\d|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/g;
const POINT_DECIMAL = /(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])|\d,\d{3}\.\d|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])/g;
/** One separator before exactly three digits ("1.250", "1,250"): a thousands group or a decimal, depending on the convention. */
const AMBIGUOUS = /(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,])/g;

const count = (texts: readonly string[], re: RegExp): number => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

/** The document's decimal mark: a comma only where its numbers show commas as decimals more often than points. */
export function decimalMarkOf(texts: readonly string[]): DecimalMark {
  return count(texts, COMMA_DECIMAL) > count(texts, POINT_DECIMAL) ? ',' : '.';
}

/** Numbers in `text` that read differently under the two conventions ("1.250": 1250 or 1.25), with their offsets. */
export function ambiguousNumbers(text: string): Array<{ text: string; index: number }> {
  return [...text.matchAll(AMBIGUOUS)].map((m) => ({ text: m[0], index: m.index }));
}

/** Digits grouped by spaces, thin spaces or apostrophes: "1 250 000", "1 250 kr", "1'250". */
const SPACED_GROUPS = /(?<![\d.,])\d{1,3}(?:[ \u2009\u202f'’]\d{3})+(?![\d])/g;
/**
 * A space-grouped number with a single group needs a currency, unit or counted word after it
 * ("1 800 parts"), so "top 3 100" stays two numbers…
 */
const UNIT_AFTER = /^\s*(?:kr|€|£|\$|[A-Z]{3}\b|%|\p{Ll}{3,})/u;
const NUMBER_RUN = /\d[\d.,]*\d/g;
const DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/**
 * Rewrites numbers into the grammar's form, one character for one: under a decimal comma, points
 * and commas swap inside numbers; space, thin-space and apostrophe groups become comma groups.
 */
export function localiseNumbers(text: string, mark: DecimalMark): string {
  let out = text.replace(SPACED_GROUPS, (m, offset: number) => {
    const groups = m.split(/[ \u2009\u202f'’]/).length - 1;
    // …or to end the text right after a label's colon ("Locations counted per week: 1 200").
    const alone = /^\s*$/.test(text.slice(offset + m.length)) && /:\s*$/.test(text.slice(0, offset));
    if (groups < 2 && !alone && !UNIT_AFTER.test(text.slice(offset + m.length)) && !/['’\u2009\u202f]/.test(m)) return m;
    return m.replace(/[ \u2009\u202f'’]/g, mark === ',' ? '.' : ',');
  });
  // A date ("30.09.2025") keeps its points, so the grammar knows it for a date.
  if (mark === ',') out = out.replace(NUMBER_RUN, (m) => (DATE.test(m) ? m : m.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))));
  return out;
}

/** A dollar named by its country: a code ("AUD") or a prefixed sign ("A$", "NZ$", "R$" is the real). */
const DOLLAR_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])(?:AUD|AU?\$)|\bAustralian\s+dollars?\b/u, 'AUD'],
  [/(?<![\p{L}])(?:CAD|CA?\$)|\bCanadian\s+dollars?\b/u, 'CAD'],
  [/(?<![\p{L}])(?:NZD|NZ\$)|\bNew\s+Zealand\s+dollars?\b/u, 'NZD'],
  [/(?<![\p{L}])(?:SGD|S\$)|\bSingapore\s+dollars?\b/u, 'SGD'],
  [/(?<![\p{L}])(?:HKD|HK\$)|\bHong\s+Kong\s+dollars?\b/u, 'HKD'],
  [/(?<![\p{L}])(?:USD|US\$)|\bUS\s+dollars?\b/u, 'USD'],
  // Mexico writes its peso with "$" too.
  [/(?<![\p{L}])(?:MXN|MX\$)|\bpesos?\s+mexicanos?\b|\bMexican\s+pesos?\b/iu, 'MXN'],
];

/**
 * The krona or krone a bare "kr" stands for in a document: the one code it names (SEK, NOK, DKK), else
 * the language it is written in, told by its letters (Swedish writes ä and ö, Norwegian and Danish æ
 * and ø) and, between those two, by "av" against "af". Undefined when nothing decides it, and "kr"
 * is then read as no currency at all rather than as the wrong one.
 */
export function kronaOf(texts: readonly string[]): string | undefined {
  const all = texts.join('\n');
  const codes = ['SEK', 'NOK', 'DKK'].filter((c) => new RegExp(`(?<![\\p{L}])${c}(?![\\p{L}])`, 'u').test(all));
  if (codes.length === 1) return codes[0];
  if (codes.length > 1) return undefined;
  const count = (re: RegExp): number => all.match(re)?.length ?? 0;
  const swedish = count(/[äöÄÖ]/gu);
  const nordic = count(/[æøÆØ]/gu);
  if (swedish > 2 * nordic && swedish >= 3) return 'SEK';
  if (nordic > 2 * swedish && nordic >= 3) {
    const av = count(/(?<![\p{L}])av(?![\p{L}])/giu);
    const af = count(/(?<![\p{L}])af(?![\p{L}])/giu);
    if (av > af) return 'NOK';
    if (af > av) return 'DKK';
  }
  return undefined;
}

/** Whether a document names the South African rand, so that "R 450 000" may be read as rand. */
export const namesRand = (texts: readonly string[]): boolean => texts.some((t) => /(?<![\p{L}])(?:ZAR|[Rr]and)(?![\p{L}])/u.test(t));

/**
 * The currency a bare "$" stands for in a document: the one dollar the document names elsewhere
 * ("all figures in AUD", "A$ 2.4m"), else undefined (then "$" is the US dollar). Decided once per
 * document, as the decimal mark is, since a "$" in an Australian kitchen's standards is no US dollar.
 */
export function dollarOf(texts: readonly string[]): string | undefined {
  const all = texts.join('\n');
  const named = DOLLAR_NAMES.filter(([re]) => re.test(all)).map(([, code]) => code);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  // No dollar named: the one dollar country the document shows it is written in, unless it also names the US.
  if (US_MARKS.test(all)) return undefined;
  const countries = DOLLAR_COUNTRIES.filter(([re]) => re.test(all)).map(([, code]) => code);
  return countries.length === 1 ? countries[0] : undefined;
}

/**
 * Where a document shows it is written in a dollar country other than the US: the country, its
 * states or provinces, its web domain or its business number ("ABN 12 345 678 901", "NSW", ".co.nz").
 */
const DOLLAR_COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])(?:Australian?|NSW|QLD|ABN\s?\d)(?![\p{L}])|\.(?:com|gov|edu|org)\.au\b/u, 'AUD'],
  [/(?<![\p{L}])(?:New\s+Zealand|Aotearoa|NZBN)(?![\p{L}])|\.(?:co|govt|org|ac)\.nz\b/u, 'NZD'],
  [/(?<![\p{L}])(?:Canada|Ontario|Qu[ée]bec|Alberta|British\s+Columbia|Manitoba|Saskatchewan|Nova\s+Scotia)(?![\p{L}])|\.gc\.ca\b/u, 'CAD'],
  [/(?<![\p{L}])(?:Singapore|UEN)(?![\p{L}])|\.(?:com|gov)\.sg\b/u, 'SGD'],
];
const US_MARKS = /(?<![\p{L}])(?:United\s+States|USA|U\.S\.A?\.|US\s+(?:GAAP|federal|states?))(?![\p{L}])/u;
