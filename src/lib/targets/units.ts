/**
 * Every unit a target can be written in, each once: the duration units with their seconds, words
 * and spellings, the percent unit, and the count suffixes. The parser, the formatter, the
 * calculator and the search synonyms all read these tables, so a spelling added here is read,
 * shown and found everywhere.
 */

/** A duration unit as the parser returns it: the canonical unit and its length in seconds. */
export interface DurationUnit {
  /** Canonical unit, stored in `Target.unit`: "h", "business d". */
  unit: string;
  seconds: number;
}

export interface UnitSpelling {
  unit: string;
  /** The unit in words, for one and for many: "hour", "hours". */
  one: string;
  many: string;
  /** Every spelling the parser and the calculator read (any case; a space stands for any run of spaces), in the order search lists them. */
  spellings: readonly string[];
}

export interface DurationUnitSpelling extends DurationUnit, UnitSpelling {
  /** Every spelling the parser and the calculator read: `spellings`, then the unit in other languages. */
  read: readonly string[];
  /** Whether formatSeconds may show a number of seconds in this unit (weeks and longer read badly). */
  showsSeconds: boolean;
}

/**
 * Builds a unit's spellings: its short forms, its words, then other phrasings; `foreign`, the
 * unit in other languages, is read but not offered to search, whose words are the site's own.
 */
const spelled = (short: readonly string[], one: string, many: string, other: readonly string[] = [], foreign: readonly string[] = []) => {
  const spellings = [...new Set([...short, one, many, ...other])];
  return { one, many, spellings, read: [...spellings, ...foreign] };
};

/**
 * The duration units. "m" is no duration: a lone "m" means million, so minutes are written "min".
 * Registers from German, French, Dutch, Spanish, Italian, Nordic and Polish offices write their units in their
 * own words ("24 Stunden", "2 Arbeitstage", "5 jours"), read the same as the English ones.
 */
export const DURATION_UNITS: readonly DurationUnitSpelling[] = [
  {
    unit: 'business d',
    seconds: 86400,
    showsSeconds: false,
    ...spelled(
      ['business d'],
      'business day',
      'business days',
      ['working day', 'working days'],
      [
        'school day',
        'school days',
        'Arbeitstag',
        'Arbeitstage',
        'Arbeitstagen',
        'Werktag',
        'Werktage',
        'Werktagen',
        'jours ouvrés',
        'jours ouvrables',
        'werkdag',
        'werkdagen',
        'días hábiles',
        'días laborables',
        'dias úteis',
        'giorni lavorativi',
        'arbetsdagar',
        'arbetsdag',
        'virkedager',
        'arbeidsdager',
        'arbejdsdage',
        'hverdage',
        'dni roboczych',
        'dni robocze',
        'dzień roboczy',
      ],
    ),
  },
  // Like a business day (counted as a day), a business hour counts as an hour: the calculator cannot know the working calendar.
  {
    unit: 'business h',
    seconds: 3600,
    showsSeconds: false,
    ...spelled(['business h'], 'business hour', 'business hours', ['working hour', 'working hours']),
  },
  { unit: 'ms', seconds: 0.001, showsSeconds: false, ...spelled(['ms', 'msec', 'msecs'], 'millisecond', 'milliseconds') },
  {
    unit: 's',
    seconds: 1,
    showsSeconds: true,
    ...spelled(
      ['s', 'sec', 'secs'],
      'second',
      'seconds',
      [],
      ['Sekunde', 'Sekunden', 'seconde', 'secondes', 'seconden', 'segundo', 'segundos', 'secondi', 'sekunder', 'sekund', 'sekundy'],
    ),
  },
  {
    unit: 'min',
    seconds: 60,
    showsSeconds: true,
    ...spelled(
      ['min', 'mins'],
      'minute',
      'minutes',
      [],
      ['Minuten', 'minuut', 'minuto', 'minutos', 'minuti', 'minuter', 'minutter', 'minut', 'minuty'],
    ),
  },
  {
    unit: 'h',
    seconds: 3600,
    showsSeconds: true,
    ...spelled(
      ['h', 'hr', 'hrs'],
      'hour',
      'hours',
      [],
      [
        'Std',
        'Stunde',
        'Stunden',
        'heure',
        'heures',
        'uur',
        'uren',
        'hora',
        'horas',
        'ore',
        'timme',
        'timmar',
        'timer',
        'godzin',
        'godziny',
        'godzina',
      ],
    ),
  },
  {
    unit: 'd',
    seconds: 86400,
    showsSeconds: true,
    ...spelled(
      ['d'],
      'day',
      'days',
      ['calendar day', 'calendar days'],
      [
        'Tag',
        'Tage',
        'Tagen',
        'jour',
        'jours',
        'dag',
        'dagen',
        'día',
        'días',
        'dia',
        'dias',
        'giorno',
        'giorni',
        'dagar',
        'dage',
        'dager',
        'dni',
        'dzień',
        'dnia',
      ],
    ),
  },
  {
    unit: 'wk',
    seconds: 604800,
    showsSeconds: false,
    ...spelled(
      ['w', 'wk', 'wks'],
      'week',
      'weeks',
      [],
      [
        'Woche',
        'Wochen',
        'semaine',
        'semaines',
        'weken',
        'semana',
        'semanas',
        'settimane',
        'veckor',
        'uker',
        'uger',
        'tygodni',
        'tygodnie',
        'tydzień',
      ],
    ),
  },
  {
    unit: 'mo',
    seconds: 2629800,
    showsSeconds: false,
    ...spelled(
      ['mo', 'mos'],
      'month',
      'months',
      [],
      [
        'Monat',
        'Monate',
        'Monaten',
        'mois',
        'maand',
        'maanden',
        'mes',
        'meses',
        'mesi',
        'månader',
        'måneder',
        'miesięcy',
        'miesiące',
        'miesiąc',
      ],
    ),
  },
  {
    unit: 'yr',
    seconds: 31557600,
    showsSeconds: false,
    ...spelled(
      ['y', 'yr', 'yrs'],
      'year',
      'years',
      [],
      ['Jahr', 'Jahre', 'Jahren', 'année', 'années', 'jaar', 'jaren', 'año', 'años', 'anno', 'anni', 'år', 'lat', 'lata', 'rok'],
    ),
  },
];

/** The unit below every unit formatSeconds shows: what is shorter than a second is shown in it. */
export const SUBSECOND_UNIT: DurationUnitSpelling = DURATION_UNITS.find((u) => u.unit === 'ms')!;

/**
 * The percent unit. Search finds it by "percentage" too, which is no unit spelling ("80 percentage"
 * is not read), and not by "per" and "cent", which would match far too much.
 */
export const PERCENT_UNIT: UnitSpelling & { searchWords: readonly string[] } = {
  unit: '%',
  // A gap in percentage points ("no more than 2.0 percentage points") is compared as a percentage.
  ...spelled(['%', 'pct'], 'percent', 'percent', ['per cent', 'percentage points', 'percentage point']),
  searchWords: ['percent', 'percentage', 'pct'],
};

/** Count suffixes and their multipliers: "25k", "1.2M", "2 million". */
export const COUNT_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  // As Dutch, German and Indian documents abbreviate them: "€ 1,2 mln", "₹5 lakh", "₹1 crore".
  mln: 1e6,
  mio: 1e6,
  mrd: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** A currency as targets write it: its ISO 4217 code, the symbols that stand for it, its name. */
export interface Currency {
  code: string;
  /** Symbols written before the amount, longest first where one contains another ("US$" before "$"). */
  symbols: readonly string[];
  /** The currency in words, for one and for many. */
  one: string;
  many: string;
}

/** The currencies read in targets; "$" alone is the US dollar, as in most KPI documents. */
export const CURRENCIES: readonly Currency[] = [
  { code: 'USD', symbols: ['US$', '$'], one: 'US dollar', many: 'US dollars' },
  { code: 'EUR', symbols: ['€'], one: 'euro', many: 'euros' },
  { code: 'GBP', symbols: ['£'], one: 'pound', many: 'pounds' },
  { code: 'JPY', symbols: ['¥'], one: 'yen', many: 'yen' },
  { code: 'INR', symbols: ['₹'], one: 'rupee', many: 'rupees' },
  { code: 'CHF', symbols: [], one: 'Swiss franc', many: 'Swiss francs' },
  { code: 'CAD', symbols: ['C$', 'CA$'], one: 'Canadian dollar', many: 'Canadian dollars' },
  { code: 'AUD', symbols: ['A$', 'AU$'], one: 'Australian dollar', many: 'Australian dollars' },
  { code: 'NZD', symbols: ['NZ$'], one: 'New Zealand dollar', many: 'New Zealand dollars' },
  { code: 'SGD', symbols: ['S$'], one: 'Singapore dollar', many: 'Singapore dollars' },
  { code: 'HKD', symbols: ['HK$'], one: 'Hong Kong dollar', many: 'Hong Kong dollars' },
  { code: 'BRL', symbols: ['R$'], one: 'Brazilian real', many: 'Brazilian reais' },
  { code: 'MXN', symbols: ['MX$'], one: 'Mexican peso', many: 'Mexican pesos' },
  // "kr" alone is Swedish, Norwegian or Danish: only the code says which.
  { code: 'SEK', symbols: [], one: 'Swedish krona', many: 'Swedish kronor' },
  { code: 'NOK', symbols: [], one: 'Norwegian krone', many: 'Norwegian kroner' },
  { code: 'DKK', symbols: [], one: 'Danish krone', many: 'Danish kroner' },
  { code: 'PLN', symbols: ['zł'], one: 'złoty', many: 'złoty' },
  { code: 'ZAR', symbols: [], one: 'rand', many: 'rand' },
];

const CURRENCY_BY_SYMBOL = new Map(CURRENCIES.flatMap((c) => c.symbols.map((s) => [s, c] as const)));
const CURRENCY_BY_CODE = new Map<string, Currency>(CURRENCIES.map((c) => [c.code, c] as const));

/**
 * The currency of the table above that a symbol ("€") or code ("eur", "EUR") stands for; undefined
 * for anything else. The parser also reads every other ISO 4217 code (iso-currencies.ts), which
 * the calculator does not load until a target is read.
 */
export const tableCurrency = (written: string): Currency | undefined =>
  CURRENCY_BY_SYMBOL.get(written) ?? CURRENCY_BY_CODE.get(written.toUpperCase());

/** Every currency symbol, as a pattern (longest first, so "US$" wins over "$"). */
export const CURRENCY_SYMBOL_PATTERN = spellingPattern(CURRENCIES.flatMap((c) => c.symbols));

const normalise = (spelling: string): string => spelling.replace(/\s+/g, ' ').trim().toLowerCase();

const DURATION_BY_SPELLING = new Map(DURATION_UNITS.flatMap((u) => u.read.map((s) => [normalise(s), u] as const)));
const DURATION_BY_UNIT = new Map(DURATION_UNITS.map((u) => [u.unit, u] as const));

/** Looks up a duration unit as written ("hrs", "business days"); undefined when it is not one. */
export function durationUnit(word: string): DurationUnitSpelling | undefined {
  return DURATION_BY_SPELLING.get(normalise(word));
}

/** The duration unit stored as `unit` ("h"); undefined for any other unit. */
export const durationByUnit = (unit: string): DurationUnitSpelling | undefined => DURATION_BY_UNIT.get(unit);

/**
 * A regular-expression alternation of spellings, longest first so whole words win; a space in a
 * spelling matches any run of spaces. A spelling that ends in a letter gets `afterWord` (e.g. a
 * look-ahead that no letter follows), so "%" may be glued to what follows but "pct" may not.
 */
export function spellingPattern(spellings: readonly string[], afterWord = ''): string {
  const alternatives = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+') + (/\p{L}$/u.test(s) ? afterWord : ''));
  return `(?:${alternatives.join('|')})`;
}

/** Every duration spelling, as a pattern. */
export const DURATION_PATTERN = spellingPattern(DURATION_UNITS.flatMap((u) => u.read));

/** The last words of the two-word duration units ("days" of "business days"), as a pattern. */
export const DURATION_LAST_WORD_PATTERN = spellingPattern([
  ...new Set(DURATION_UNITS.flatMap((u) => u.read.filter((s) => s.includes(' ')).map((s) => s.slice(s.lastIndexOf(' ') + 1)))),
]);

/** Every percent spelling, as a pattern; a word must not run on into another ("pctile"). */
export const PERCENT_PATTERN = spellingPattern(PERCENT_UNIT.spellings, '(?![\\p{L}])');

/** Every count suffix, as a pattern. */
export const COUNT_SUFFIX_PATTERN = spellingPattern(Object.keys(COUNT_SUFFIXES));

/** The multiplier of a count suffix as written ("k", "Million"); 1 for none. */
export const countMultiplier = (suffix: string | undefined): number => (suffix ? (COUNT_SUFFIXES[suffix.toLowerCase()] ?? 1) : 1);

/** The words search finds a unit by: each word of each spelling, once ("business days" gives "business" and "days"). */
export function searchWords(u: UnitSpelling & { searchWords?: readonly string[] }): string[] {
  return u.searchWords ? [...u.searchWords] : [...new Set(u.spellings.flatMap((s) => s.split(' ')).filter((w) => /^\p{L}+$/u.test(w)))];
}
