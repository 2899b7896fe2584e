/**
 * The words readers use for what the documents say otherwise: "QA" for quality assurance,
 * "back-end developer" for Backend Engineers, "test coverage" for a test-case pass rate. Generic
 * to workplaces, not to any one document; the role filter and the search index both read them.
 */

/** Words and phrases that name the same thing, each group read as one. */
const SAME: readonly (readonly string[])[] = [
  ['developer', 'developers', 'engineer', 'engineers', 'programmer', 'dev', 'devs'],
  ['qa', 'quality assurance', 'tester', 'testers', 'testing'],
  ['backend', 'back-end', 'back end', 'server side'],
  ['frontend', 'front-end', 'front end', 'client side', 'web'],
  ['mobile', 'ios', 'android', 'app'],
  ['ux', 'user experience'],
  ['ui', 'user interface'],
  ['designer', 'designers', 'design'],
  ['devops', 'sre', 'site reliability', 'infrastructure', 'platform'],
  ['manager', 'lead', 'head'],
  ['support', 'helpdesk', 'help desk', 'customer service'],
  ['intern', 'interns', 'trainee', 'graduate'],
  ['writer', 'documentation', 'docs'],
  ['architect', 'architecture'],
  ['analyst', 'analysis'],
  ['finance', 'accounting', 'accounts'],
  ['hr', 'people', 'human resources'],
];

/** Phrases a KPI's wording implies although it does not use them, for search. */
const IMPLIED: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\bquality standards?\b|\bcode quality\b|\bcode reviews?\b/i, ['code coverage', 'code quality']],
  [/\btest cases?\b|\bpass rate\b|\btests? (?:passed|run)\b/i, ['test coverage', 'tests passed']],
  [/\bresolv\w*|\bresolution\b/i, ['fix time', 'time to fix']],
  [/\bresponse time\b|\blatency\b/i, ['speed', 'performance']],
  [/\battrition\b|\bturnover\b|\bretention\b/i, ['staff turnover', 'attrition']],
  [/\bsatisfaction\b|\bcsat\b|\bnps\b/i, ['happiness', 'satisfaction']],
];

const normalise = (s: string) => s.toLowerCase().replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();

/** Whether `text` holds `phrase` as whole words, hyphens read as spaces ("Back-end" holds "back end"). */
function holds(text: string, phrase: string): boolean {
  return ` ${normalise(text).replace(/[^\p{L}\p{N} ]/gu, ' ')} `.includes(` ${normalise(phrase)} `);
}

/** The other words readers use for what `text` says: for "Backend Engineers", "back-end", "developer", … */
export function readerWords(text: string): string[] {
  const found = new Set<string>();
  for (const group of SAME) if (group.some((w) => holds(text, w))) for (const w of group) if (!holds(text, w)) found.add(w);
  return [...found];
}

/** Phrases a KPI's wording implies ("code coverage" for "code meeting agreed-upon quality standards"). */
export function impliedPhrases(text: string): string[] {
  return [...new Set(IMPLIED.flatMap(([re, phrases]) => (re.test(text) ? phrases.filter((p) => !holds(text, p)) : [])))];
}

/** A query or a text as the role filter compares them: lower case, hyphens and punctuation as spaces. */
export const filterText = (s: string): string =>
  ` ${normalise(s)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')} `;

/** The words of a query as texts are compared: lower case, hyphens and punctuation as spaces ("Back-end" → back, end). */
export const queryWords = (query: string): string[] => filterText(query).split(' ').filter(Boolean);

/**
 * Whether a filter text (as `filterText` makes it: a role card's name, initials and reader words,
 * or a KPI row's words) has every query word at the start of one of its words, in any order:
 * "engineer backend" finds Backend Engineers, "qa" Quality Assurance Engineer.
 */
export const matchesAll = (text: string, words: readonly string[]): boolean => words.every((w) => text.includes(` ${w}`));
