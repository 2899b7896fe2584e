/**
 * Acronyms and what they stand for, as the handbook's own text gives them: "Net Promoter Score
 * (NPS)" or "NPS (Net Promoter Score)" spelled out, or an acronym written somewhere ("e.g., NPS")
 * whose letters are the initials of a capitalised name written elsewhere ("Average Net Promoter
 * Score"). Search indexes each under the other, so "nps" finds the KPI that writes the name out.
 * No list of acronyms is kept: only what the documents write is paired.
 */

/** Acronym (upper case, singular) → the names it stands for, as first written. */
export type Acronyms = ReadonlyMap<string, readonly string[]>;

/** Two to six capitals standing alone, optionally plural ("SDKs"); "HaaS" and "B2B" are not. */
const ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?(?![\p{L}\p{N}])/gu;
/** Small words a name may hold without counting them ("Head of Design", "Return on Investment"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'to', 'the', 'at', 'by', 'with']);
/** A word: letters, digits and apostrophes; a hyphen parts two words ("Project-Related" is P and R). */
const WORD = /\p{L}[\p{L}\p{N}'’]*/gu;
const isTitleWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
/** Words a name does not start with: "The Client" is prose, not a name with initials TC. */
const NOT_FIRST = new Set([...CONNECTORS, 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'its', 'their', 'see', 'use', 'per']);
/** The longest name considered, in words that count. */
const MAX_WORDS = 6;
/**
 * An acronym that capitalised names elsewhere could stand for more often than this ("PM": Product
 * Manager, Project Manager, Planned Maintenance…) is too ambiguous to pair by initials alone.
 */
const MAX_NAMES = 3;

/** Lower case, punctuation as spaces: how a phrase is looked for in a text. */
const normalise = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The acronyms a text writes (singular), unless the text is all capitals (a heading shouting, not acronyms). */
export function acronymsIn(text: string): string[] {
  if (!/\p{Ll}/u.test(text)) return [];
  return [...new Set([...text.matchAll(ACRONYM)].map((m) => m[1]!))];
}

/**
 * Runs of capitalised words, with the small connecting words and "&" they may hold inside:
 * "Client Success Metrics: Client satisfaction" gives ["Client", "Success", "Metrics"] and ["Client"].
 */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let end = 0;
  const close = () => {
    while (run.length && !isTitleWord(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const joined = /^(?:\s*&?\s*|-)$/.test(text.slice(end, m.index));
    end = m.index + word.length;
    if (!joined) close();
    if (isTitleWord(word)) run.push(word);
    else if (run.length && CONNECTORS.has(word)) run.push(word);
    else close();
  }
  close();
  return runs;
}

/** The initials of a name: of its capitalised words alone, and with its small words counted too ("ROI"). */
function initialsOf(words: readonly string[]): string[] {
  const first = (w: string) => w[0]!.toUpperCase();
  return [...new Set([words.filter(isTitleWord).map(first).join(''), words.map(first).join('')])];
}

/** Every name of two or more capitalised words inside the runs whose initials are one of the acronyms, by its initials. */
function namesByInitials(texts: readonly string[], acronyms: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const text of texts)
    for (const run of capitalisedRuns(text))
      for (let i = 0; i < run.length; i++) {
        if (!isTitleWord(run[i]!) || NOT_FIRST.has(run[i]!.toLowerCase())) continue;
        for (let j = i + 1; j < run.length && j - i < MAX_WORDS + 2; j++) {
          const words = run.slice(i, j + 1);
          if (!isTitleWord(run[j]!) || words.filter(isTitleWord).length > MAX_WORDS) continue;
          for (const initials of initialsOf(words))
            if (acronyms.has(initials)) (out.get(initials) ?? out.set(initials, []).get(initials)!).push(words.join(' '));
        }
      }
  return out;
}

/**
 * Whether a run of words spells an acronym by its initials, any case: every word's ("On time in
 * full", OTIF), or those of all but the small words, when it does not start with one.
 */
const spells = (words: readonly string[], acronym: string) => {
  const initials = (ws: readonly string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
  const small = (w: string) => CONNECTORS.has(w.toLowerCase());
  return words.length >= 2 && (initials(words) === acronym || (!small(words[0]!) && initials(words.filter((w) => !small(w))) === acronym));
};

/** Names spelled out beside their acronym: "Net Promoter Score (NPS)", "NPS (Net Promoter Score)", "key performance indicators (KPIs)". */
function spelledOut(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(/\((\p{Lu}{2,6})s?\)/gu)) {
    const acronym = m[1]!;
    const before = [...text.slice(0, m.index).matchAll(WORD)].map((w) => w[0]);
    // The name ends just before the bracket: take as many words back as spell it.
    for (let n = acronym.length; n <= acronym.length + 3 && n <= before.length; n++) {
      const words = before.slice(-n);
      if (spells(words, acronym)) {
        out.push([acronym, words.join(' ')]);
        break;
      }
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?\s*\(([^)]*)\)/gu)) {
    const words = [...m[2]!.matchAll(WORD)].map((w) => w[0]);
    if (spells(words, m[1]!)) out.push([m[1]!, words.join(' ')]);
  }
  return out;
}

/** The acronyms the texts pair with names, each with the names it stands for (case-insensitively distinct). */
export function findAcronyms(texts: readonly string[]): Acronyms {
  const pairs = new Map<string, string[]>();
  const add = (acronym: string, name: string) => {
    const names = pairs.get(acronym) ?? pairs.set(acronym, []).get(acronym)!;
    if (!names.some((n) => normalise(n) === normalise(name))) names.push(name);
  };
  for (const text of texts) for (const [acronym, name] of spelledOut(text)) add(acronym, name);
  const written = new Set(texts.flatMap(acronymsIn));
  const names = namesByInitials(texts, written);
  for (const acronym of [...written].sort()) {
    const distinct = new Set((names.get(acronym) ?? []).map(normalise));
    if (distinct.size <= MAX_NAMES) for (const name of names.get(acronym) ?? []) add(acronym, name);
  }
  return pairs;
}

const wordsOf = (s: string) => [...s.matchAll(WORD)].map((m) => m[0]);

/** Whether a text's word is a name's word: any case, the last also plural; a name of two words capitalised as written. */
const sameWord = (t: string, n: string, last: boolean, strict: boolean) => {
  const [tl, nl] = [t.toLowerCase(), n.toLowerCase()];
  return (tl === nl || (last && tl === `${nl}s`)) && (!strict || t[0] === n[0]);
};

interface Name {
  acronym: string;
  words: string[];
}

/** The names by their first word in lower case, so a text is read once whatever the number of acronyms. */
const namesByFirstWord = new WeakMap<Acronyms, Map<string, Name[]>>();
function byFirstWord(acronyms: Acronyms): Map<string, Name[]> {
  let index = namesByFirstWord.get(acronyms);
  if (!index) {
    index = new Map();
    for (const [acronym, names] of acronyms)
      for (const name of names) {
        const words = wordsOf(name);
        const first = words[0]!.toLowerCase();
        (index.get(first) ?? index.set(first, []).get(first)!).push({ acronym, words });
      }
    namesByFirstWord.set(acronyms, index);
  }
  return index;
}

/**
 * The acronyms whose names a text holds as whole words, the last word also plural ("Project
 * Managers"). A name of two words must be capitalised as written ("Social Media", never "social
 * media" in prose); a longer one is specific enough in any case ("net promoter score").
 */
function spelledIn(text: string, acronyms: Acronyms): Set<string> {
  const index = byFirstWord(acronyms);
  const words = wordsOf(text);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (const { acronym, words: name } of index.get(words[i]!.toLowerCase()) ?? []) {
      const strict = name.length < 3;
      if (i + name.length <= words.length && name.every((n, j) => sameWord(words[i + j]!, n, j === name.length - 1, strict)))
        found.add(acronym);
    }
  return found;
}

/**
 * The words search should also find a text by: the acronym of each name it writes out, and the
 * name of each acronym it writes, where the handbook pairs that acronym with one name only (an
 * acronym of two names, such as "PM", adds neither name to the texts that write it).
 */
export function acronymTerms(text: string, acronyms: Acronyms): string[] {
  const written = acronymsIn(text).filter((a) => acronyms.has(a));
  const spelled = spelledIn(text, acronyms);
  return [
    ...[...spelled].filter((a) => !written.includes(a)),
    ...written.flatMap((a) => {
      const names = acronyms.get(a)!;
      return names.length === 1 && !spelled.has(a) ? [names[0]!] : [];
    }),
  ];
}
