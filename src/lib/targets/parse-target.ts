/**
 * The target grammar: finds the numeric target in a KPI's wording ("24hrs", "7/10", "25k",
 * "under €4.50", "30–45 days", "reduce by 20% YoY", "3x quota") and reads a phrase a user types
 * as a custom target with the same rules. A direction is only ever taken from words that state it
 * or from the kind; anything with a number that cannot be read is reported, never guessed.
 */
import { quote } from '../quote.ts';
import type { Direction, Target, TargetKind } from '../schema.ts';
import { CURRENCY_CODE_PATTERN, currencyOf } from './iso-currencies.ts';
import { defaultDirection } from './kinds.ts';
import {
  COUNT_SUFFIX_PATTERN,
  CURRENCY_SYMBOL_PATTERN,
  countMultiplier,
  DURATION_PATTERN,
  durationUnit,
  PERCENT_PATTERN,
} from './units.ts';

// The unit lookup and the default direction live with the unit and kind tables; callers import them from here too.
export { defaultDirection } from './kinds.ts';
export { durationUnit } from './units.ts';

/** A number as written in a document: grouped thousands or plain, with an optional decimal part. */
/** Digits as written: Indian grouping ("25,00,000"), thousands groups ("25,000"), or plain. */
const DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Numbers written as words, which a target may use for small numbers ("within one month", "at least two"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
/**
 * A number word is read only where a number must stand: before a unit of time ("one month"), or
 * after a bound ("at least two", "no more than three"); "one of the team" and "two-way" stay words.
 */
const WORD_NUMBER = String.raw`(?<![\p{L}-])(?:(zero)|(?<=(?:at\s+least|no\s+(?:more|fewer|less)\s+than|not\s+more\s+than|(?:more|fewer|less)\s+than|up\s+to|(?:maximum|minimum)\s+of|within|every|each)\s+)(${Object.keys(NUMBER_WORDS).join('|')})|(${Object.keys(NUMBER_WORDS).join('|')})(?=\s+(?:${DURATION_PATTERN})(?![\p{L}])))(?![\p{L}-])`;
/** A number not glued to a preceding letter or digit (so B2C and v2 are not quantities). */
const NUMBER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_.,/])(${DIGITS})|${WORD_NUMBER}`, 'giu');
/** The same, and digits glued to a rand sign ("R180k"), for a document that names the rand. */
const NUMBER_OR_RAND_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_.,/])(${DIGITS})|${WORD_NUMBER}|(?<=(?<![\p{L}])R)(${DIGITS})`, 'giu');

/** A unit right after a number: the percent sign or word, a duration unit, a count suffix. */
const PERCENT_AFTER = new RegExp(`^\\s*${PERCENT_PATTERN}`, 'iu');
const DURATION_AFTER = new RegExp(`^\\s*(${DURATION_PATTERN})(?![\\p{L}\\d])`, 'iu');
const COUNT_SUFFIX_AFTER = new RegExp(`^\\s*(${COUNT_SUFFIX_PATTERN})(?![\\p{L}\\d])`, 'iu');
const CURRENCY_CODE_AFTER = new RegExp(`^\\s*(${CURRENCY_CODE_PATTERN})`, 'u');
/** A symbol before the amount, with at most one space ("€4.50", "€ 1.250.000"), or a code ("USD 2M"). */
const CURRENCY_BEFORE = new RegExp(`(?:(${CURRENCY_SYMBOL_PATTERN}) ?|(?<![\\p{L}])(${CURRENCY_CODE_PATTERN})\\s*)$`, 'u');
/** A symbol after the amount, as much of Europe writes it ("1.250,00 €", "2,450,000 £"). */
const CURRENCY_SYMBOL_AFTER = new RegExp(`^ ?(${CURRENCY_SYMBOL_PATTERN})(?![\\p{L}\\d])`, 'u');
/**
 * Words that make the number after them a name, not a quantity: a deadline ("by working day 5"),
 * a tier, level, band, stage, week or year of something, a standard ("ISO 27001"), a version or
 * a reference. The quantity comes before such words ("within 5 working days"), never after.
 */
const NAMING_WORD_BEFORE =
  /(?<![\p{L}])(?:w?d\s*[+-]|(?:(?:working|business|calendar)\s+)?(?:day|week|month|quarter|year|tier|level|band|stage|phase|grade|priority|severity|iso(?:\/iec)?|bs|en|wcag|pci(?:\s+dss)?|itil|soc|nist|cmmi|version|release|step|page|section|clause|article|appendix|annex|schedule|no\.|number|room|floor|zone|gate|wave|sprint|cohort|line))\s*$/iu;
/**
 * What follows the digits of a date: "30.09" then ".2025" (the digits took the day and month), or
 * "30" then "/09/2025" or "-09-30", or a month "12" then "/2025". A score ("7.5/10") is no date.
 */
const DATE_AFTER_DAY_MONTH = /^\.\d{2,4}(?!\d)/;
/** A month by name, as in "12 July 2025", "31st of March", "July 12, 2025", "Sept 30". */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_AFTER_DAY = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?(?![\p{L}])(?:,?\s+(?:19|20)\d\d(?!\d))?`, 'iu');
const MONTH_BEFORE_DAY = new RegExp(String.raw`(?<![\p{L}])${MONTH}\.?\s+$`, 'iu');
const DATE_AFTER_DAY = /^(?:\/\d{1,2}\/\d{2,4}|-\d{1,2}-\d{1,4}|\/(?:19|20)\d\d)(?!\d)/;
/** "3x", "2 ×": a multiple; the letter must stand alone ("3xl" is no multiple). */
const RATIO_AFTER = /^\s*[x×](?![\p{L}\d])/iu;
/** The second number of a range: "30–45", "3 - 5", "80 to 90", "between 80 and 90". */
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|—|to|and|und|en|et|y|e)\s*(?:${CURRENCY_SYMBOL_PATTERN})?\s*(${DIGITS})`, 'iu');
const RANGE_DASH_AFTER = new RegExp(String.raw`^\s*(?:-|–|—|to)\s*(?:${CURRENCY_SYMBOL_PATTERN})?\s*(${DIGITS})`, 'iu');

/** A measure whose level is written with a sign: a net promoter score, an index or a balance. */
export const SIGNED_LEVEL = /(?<![\p{L}])(?:e?nps|net\s+promoter|promoter\s+score|score|index|balance|net\s+sentiment)(?![\p{L}])/iu;

/** Words right before a year, in the languages targets are read in ("in", "FY", "target", "för", "für", "pour", "w"). */
const YEAR_BEFORE =
  /(?:(?<![\p{L}])(?:in|by|since|until|before|after|during|from|of|for|fy|cy|year|target|goal|budget|plan|i|för|år|mål|im|für|bis|seit|ziel|en|pour|depuis|objectif|voor|sinds|doel|para|desde|hasta|objetivo|nel|per|entro|obiettivo|w|do|od|cel)|©)\s*$/iu;

/** Words right after a year that say it is one: "the 2024 result", "2023 baseline", "2024/25 outturn". */
const YEAR_AFTER =
  /^(?:\/\d{2,4})?\s+(?:results?|scores?|baselines?|levels?|figures?|outturn|actuals?|values?|performance|survey|position|average|budget|plan)(?![\p{L}])/iu;

/** Direction words before a number; strict bounds exclude the number itself. */
const BEFORE: ReadonlyArray<{ re: RegExp; direction: Exclude<Direction, 'between'>; strict: boolean }> = [
  {
    re: /(?<![\p{L}])(?:at\s+or\s+(?:above|over|more\s+than|higher\s+than|better\s+than)|at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|minimum\s+of|minimum|min\.?|≥|>=)\s*$/iu,
    direction: 'at-least',
    strict: false,
  },
  { re: /(?<![\p{L}])(?:more\s+than|greater\s+than|higher\s+than|over|above|exceeding|>)\s*$/iu, direction: 'at-least', strict: true },
  {
    re: /(?<![\p{L}])(?:at\s+or\s+(?:below|under|less\s+than|lower\s+than)|at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+higher\s+than|maximum\s+of|maximum|max\.?|within(?:\s+(?:the\s+)?(?:first|next))?|up\s+to|capped\s+at|a\s+cap\s+of|limited\s+to|not\s+to\s+exceed|not\s+exceeding|≤|<=)\s*$/iu,
    direction: 'at-most',
    strict: false,
  },
  { re: /(?<![\p{L}])(?:less\s+than|fewer\s+than|lower\s+than|under|below|<)\s*$/iu, direction: 'at-most', strict: true },
  // The same bounds as German, French, Dutch, Spanish, Portuguese and Italian documents write them;
  // the negated forms ("no más de", "pas plus de") are listed with their meaning, and win as the earlier phrase.
  {
    re: /(?<![\p{L}])(?:mindestens|mind\.|wenigstens|no\s+inferior\s+a|não\s+inferior\s+a|m[ií]n\.|nicht\s+weniger\s+als|au\s+moins|pas\s+moins\s+de|minimum\s+de|minimaal|ten\s+minste|tenminste|minstens|niet\s+minder\s+dan|al\s+menos|como\s+m[ií]nimo|no\s+menos\s+de|m[ií]nimo\s+de|pelo\s+menos|no\s+m[ií]nimo|n[ãa]o\s+menos\s+de|almeno|non\s+meno\s+di|minimo|minst|mindst|lägst|co\s+najmniej|nie\s+mniej\s+niż|minimum\s+to)\s*$/iu,
    direction: 'at-least',
    strict: false,
  },
  {
    re: /(?<![\p{L}])(?:mehr\s+als|über|plus\s+de|supérieur\s+à|au-dessus\s+de|meer\s+dan|boven|hoger\s+dan|más\s+de|mayor\s+(?:que|a)|superior\s+a|por\s+encima\s+de|mais\s+de|acima\s+de|più\s+di|oltre|superiore\s+a|mer\s+än|över|mere\s+end|mer\s+enn|więcej\s+niż|powyżej|ponad)\s*$/iu,
    direction: 'at-least',
    strict: true,
  },
  {
    re: /(?<![\p{L}])(?:höchstens|max\.|m[áa]x\.|maximal|maximaal|no\s+superior\s+a|não\s+superior\s+a|bis\s+zu|innerhalb(?:\s+von)?|nicht\s+mehr\s+als|au\s+plus|au\s+maximum|pas\s+plus\s+de|jusqu['’]à|sous|dans\s+les|hoogstens|ten\s+hoogste|niet\s+meer\s+dan|binnen|como\s+m[áa]ximo|no\s+m[áa]s\s+de|m[áa]ximo\s+de|m[áa]ximo|hasta|dentro\s+de|en\s+un\s+plazo\s+de|no\s+m[áa]ximo|n[ãa]o\s+mais\s+de|em\s+até|até|al\s+massimo|non\s+più\s+di|massimo|entro|fino\s+a|högst|maximalt|max\.?|inom|høyst|højst|maksimalt|innen|inden\s+for|nie\s+więcej\s+niż|maksymalnie|maks\.?|najwyżej|w\s+ciągu)\s*$/iu,
    direction: 'at-most',
    strict: false,
  },
  {
    re: /(?<![\p{L}])(?:weniger\s+als|unter(?:halb)?|moins\s+de|inférieur\s+à|en\s+dessous\s+de|au-dessous\s+de|minder\s+dan|onder|lager\s+dan|kleiner\s+dan|menos\s+de|menor\s+(?:que|a)|inferior\s+a|por\s+debajo\s+de|abaixo\s+de|meno\s+di|inferiore\s+a|sotto|mindre\s+än|färre\s+än|under|mindre\s+end|færre\s+end|mindre\s+enn|færre\s+enn|mniej\s+niż|poniżej)\s*$/iu,
    direction: 'at-most',
    strict: true,
  },
];
/** Direction words after a number, or after its counted noun ("5 incidents or fewer"). */
/** After a length of time, words that make it a lead time: "before CAB", "in advance", "ahead of the meeting", "notice". */
const LEAD_TIME_AFTER =
  /^['’]?\s*(?:before|ahead(?:\s+of)?|in\s+advance|prior\s+to|beforehand|(?:of\s+)?notice|vorher|im\s+voraus|à\s+l['’]avance|avant|vooraf|de\s+antelación|antes|in\s+anticipo|i\s+förväg)(?![\p{L}])/iu;
const AT_LEAST_AFTER =
  /^(\s*(?:[\p{L}][\p{L}'’-]*\s+){0,3}?)(?:\+|or\s+more|or\s+higher|or\s+above|or\s+greater|or\s+better|and\s+above|and\s+up|minimum|at\s+least|oder\s+mehr|ou\s+plus|of\s+meer|o\s+más|ou\s+mais|o\s+più)(?![\p{L}])/iu;
const AT_MOST_AFTER =
  /^(\s*(?:[\p{L}][\p{L}'’-]*\s+){0,3}?)(?:or\s+less|or\s+lower|or\s+fewer|or\s+below|or\s+under|or\s+sooner|or\s+faster|and\s+below|and\s+under|maximum|max|at\s+most|at\s+the\s+most|oder\s+weniger|ou\s+moins|of\s+minder|o\s+menos|ou\s+menos|o\s+meno)(?![\p{L}])/iu;

/** Verbs of a relative change, and which way each goes, followed by "by" right before the number. */
const CHANGE_BEFORE =
  /(?<![\p{L}])(reduc|cut|decreas|lower|drop|shrink|minimi[sz]|bring\s+down|increas|grow|rais|improv|boost|expand|lift)[\p{L}]*(?:\s+(?!by\b)[^\s.;:!?]+){0,8}?\s+by\s+(?:(at\s+least|no\s+less\s+than|a\s+minimum\s+of|at\s+most|up\s+to|no\s+more\s+than)\s+)?$/iu;
const DOWN_VERB = /^(?:reduc|cut|decreas|lower|drop|shrink|minimi|bring)/i;
/**
 * "Raise FCR from 68% to 74%", "grow from 14.2k to 17k", "from 38% today to 50%": a move from a
 * baseline to the target, not a range. A verb of change before "from", or words between the
 * baseline and "to" (today, last year, a parenthesis), say so; a bare "from 30 to 45 days" stays a range.
 */
const MOVE_VERB_BEFORE =
  /(?<![\p{L}])(?:reduc|cut|decreas|lower|drop|shrink|bring|increas|grow|rais|improv|boost|expand|lift|move|push|take|get|go|shift)[\p{L}]*(?:\s+[^\s.;:!?]+){0,6}?\s+from\s+$/iu;
const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;
/** Between the baseline and its "to": nothing, or a few words or a parenthesis about the baseline ("today", "(H1 last year)"). */
const TO_BETWEEN = /^(\s*(?:\([^)]{0,60}\)|[\p{L}\s,]{0,30}?))?\s*\bto\s+$/iu;

/** "10% reduction", "5% growth": a change named right after a percentage. */
const CHANGE_NOUN_AFTER = /^\s*(reduction|decrease|cut|fall|drop|increase|growth|rise|uplift|improvement)(?![\p{L}])/iu;
const DOWN_NOUN = /^(?:reduction|decrease|cut|fall|drop)$/i;

/** "grow 2x", "increase revenue 3×": a multiple of the baseline. */
const GROW_BEFORE = /(?<![\p{L}])(grow|increas|rais|boost|expand|multiply)[\p{L}]*(?:\s+(?!by\b)[^\s.;:!?]+){0,4}?\s+(?:by\s+)?$/iu;
/** The period a change is measured over, anywhere in its clause. */
const PERIOD =
  /(?<![\p{L}])(YoY|Y\/Y|QoQ|Q\/Q|MoM|M\/M|WoW|(?:year|quarter|month|week)[- ](?:on|over)[- ](?:year|quarter|month|week)|(?:compared\s+(?:with|to)|vs\.?|versus|against|from|over)\s+(?:the\s+)?(?:last|previous|prior|same)\s+(?:year|quarter|month|week|period)(?:\s+last\s+year)?)(?![\p{L}])/iu;

/** Words that end a counted noun phrase: prepositions, conjunctions and participles. */
const NOUN_STOP =
  /^(?:to|for|by|with|of|in|on|per|from|and|or|at|within|during|using|via|across|over|under|than|that|which|who|the|a|an|each|every|is|are|be)$/i;

export interface FoundQuantity {
  kind: TargetKind;
  value: number;
  unit: string;
  outOf?: number;
  seconds?: number;
  max?: number;
  maxSeconds?: number;
  currency?: string;
  /** A sign written before the number ("-5%", "+10%"). */
  sign?: -1 | 1;
  /** "±10%": a tolerance either side of a reference. */
  tolerance?: boolean;
  reference?: string;
  /** 0-based start and end of the quantity itself (without direction words) in the text. */
  start: number;
  end: number;
}

export interface UnreadableNumber {
  /** The numeric phrase that could not be read, quoted in the warning. */
  phrase: string;
  start: number;
  reason: string;
}

const toNumber = (digits: string): number => NUMBER_WORDS[digits.toLowerCase()] ?? Number(digits.replace(/,/g, ''));

/** Reads the counted noun after a count ("25k transactions generated" → "transactions"). */
function countedNoun(rest: string): string {
  const words: string[] = [];
  for (const m of rest.matchAll(/\s*([\p{L}][\p{L}'’-]*)|\s*(\S)/gu)) {
    const word = m[1];
    if (!word || NOUN_STOP.test(word) || (words.length > 0 && /[a-z]{3,}ed$/i.test(word))) break;
    words.push(word);
    if (words.length === 4) break;
  }
  return words.join(' ');
}

/** What a multiple or a tolerance is of: "quota" in "3x quota", "the previous quarter" in "2x the previous quarter". */
function referenceAfter(rest: string): string | undefined {
  const m = /^\s*(?:of\s+)?((?:the\s+|last\s+|previous\s+)*[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3})/iu.exec(rest);
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (words.length && /^(?:per|each|by|in|for|within|and|or|to|on|at|with)$/i.test(w)) break;
    words.push(w);
  }
  return words.join(' ') || undefined;
}

/** "kr", "kr.", "tkr" (thousand), "mkr", "Mkr", "mnkr" (million) after an amount. */
const KRONA_AFTER = /^\s?(t|m|mn)?kr\.?(?![\p{L}])/iu;

/** The unit after a number, as the kind of quantity it makes; null when none is written. */
function unitAfter(
  rest: string,
  value: number,
  options: Pick<ReadOptions, 'krona' | 'dollar'> = {},
): { kind: TargetKind; unit: string; value: number; length: number; outOf?: number; perSecond?: number; currency?: string } | null {
  const score = /^\s*(?:\/|out\s+of)\s*(\d+(?:\.\d+)?)(?![\p{L}\d])/iu.exec(rest);
  if (score) return { kind: 'score', unit: `/${score[1]}`, value, outOf: Number(score[1]), length: score[0].length };
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) return { kind: 'percent', unit: '%', value, length: percent[0].length };
  const duration = DURATION_AFTER.exec(rest);
  if (duration) {
    const unit = durationUnit(duration[1]!)!;
    return { kind: 'duration', unit: unit.unit, value, perSecond: unit.seconds, length: duration[0].length };
  }
  const ratio = RATIO_AFTER.exec(rest);
  if (ratio) return { kind: 'ratio', unit: '×', value, length: ratio[0].length };
  const suffix = COUNT_SUFFIX_AFTER.exec(rest);
  let length = 0;
  let multiplied = value;
  if (suffix && (suffix[0].length === suffix[1]!.length || suffix[1]!.length > 2)) {
    multiplied = value * countMultiplier(suffix[1]);
    length = suffix[0].length;
  }
  // "25k hours": a suffixed number of a unit of time.
  const time = length ? DURATION_AFTER.exec(rest.slice(length)) : null;
  if (time) {
    const unit = durationUnit(time[1]!)!;
    return { kind: 'duration', unit: unit.unit, value: multiplied, perSecond: unit.seconds, length: length + time[0].length };
  }
  const code = CURRENCY_CODE_AFTER.exec(rest.slice(length));
  if (code) return { kind: 'currency', unit: code[1]!, currency: code[1]!, value: multiplied, length: length + code[0].length };
  const symbol = CURRENCY_SYMBOL_AFTER.exec(rest.slice(length));
  // "13.8 $/MWh" in an Australian document: the bare "$" is the document's dollar, after the amount too.
  const after = symbol ? currencyOf(symbol[1] === '$' && options.dollar ? options.dollar : symbol[1]!) : undefined;
  if (after) return { kind: 'currency', unit: after.code, currency: after.code, value: multiplied, length: length + symbol![0].length };
  // "310 kr", "85 tkr" (thousands), "2,4 Mkr" (millions), in the krona the document is written for.
  const krona = options.krona;
  const kr = krona && !length ? KRONA_AFTER.exec(rest) : null;
  if (kr && krona) {
    const times = kr[1] ? (/^t/i.test(kr[1]) ? 1e3 : 1e6) : 1;
    return { kind: 'currency', unit: krona, currency: krona, value: value * times, length: kr[0].length };
  }
  if (length) return { kind: 'count', unit: '', value: multiplied, length };
  return null;
}

/**
 * Whether the digits after `before` are an item's label at the start of its text ("O1", "KR1.2",
 * "KR 2.2", "KPI 3"): capitals glued to the number, or two to four capitals and a space, but not
 * a currency code ("USD 2M"), a lone capital ("A 10% rise"), or the rand sign where the document names the rand.
 */
function isItemLabel(before: string, rand = false): boolean {
  const m = /^\s*(\p{Lu}{1,4})(\s?)$/u.exec(before);
  if (!m || (rand && m[1] === 'R')) return false;
  return m[2] === '' || (m[1]!.length >= 2 && !currencyOf(m[1]!));
}

/** Reads the quantity whose digits start at `start`, or explains why it is not one. */
function readQuantity(
  text: string,
  digits: string,
  start: number,
  options: ReadOptions = {},
): FoundQuantity | UnreadableNumber | { skipTo: number } | null {
  const before = text.slice(0, start);
  const value = toNumber(digits);
  let end = start + digits.length;
  // A number in a compound word ("5-axis cells", "3-way match", "360-degree review") names a kind
  // of thing; a length of time so written ("a 4-hour response") is still read.
  const compound = /^-(\p{L}+)/u.exec(text.slice(end));
  if (compound && !DURATION_AFTER.test(compound[1]!) && !/^(?:k|m|bn|x|stars?|points?|pts?)$/i.test(compound[1]!))
    return { skipTo: end + compound[0].length };
  // A time of day ("10:30") and round-the-clock ("24/7") are no quantities.
  const clock = /^(?::\d\d)+/.exec(text.slice(end)) ?? (digits === '24' ? /^\/7(?!\d)/.exec(text.slice(end)) : null);
  if (clock) return { skipTo: end + clock[0].length };
  // "3:1" is a ratio whose better side the words must state (3 CVs per interview should fall, a
  // 3:1 return should rise): read where they do, else reported rather than read one way.
  const colonRatio = /^:(\d(?:\.\d+)?)(?![\d:])/.exec(text.slice(end));
  if (colonRatio) {
    const over = toNumber(colonRatio[1]!);
    if (options.ratioUp && over > 0) {
      return finish(
        text,
        { kind: 'ratio', unit: '×', value: value / over, length: colonRatio[0].length },
        start,
        end + colonRatio[0].length,
        undefined,
        {},
      );
    }
    return {
      phrase: digits + colonRatio[0],
      start,
      reason: 'a ratio written with a colon is not read; write the target as "at most 3 CVs per interview" or "at least 3×"',
    };
  }
  const date = /^\d{1,2}\.\d{1,2}$/.test(digits)
    ? DATE_AFTER_DAY_MONTH.exec(text.slice(end))
    : /^\d{1,4}$/.test(digits)
      ? DATE_AFTER_DAY.exec(text.slice(end))
      : null;
  if (date) return { skipTo: end + date[0].length };
  // A day of a month named in words is a date, not a count of days.
  if (/^\d{1,2}$/.test(digits) && Number(digits) >= 1 && Number(digits) <= 31) {
    const named = MONTH_AFTER_DAY.exec(text.slice(end));
    if (named) return { skipTo: end + named[0].length };
    if (MONTH_BEFORE_DAY.test(before))
      return { skipTo: end + (/^(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)/i.exec(text.slice(end))?.[0].length ?? 0) };
  }
  if (NAMING_WORD_BEFORE.test(before) || isItemLabel(before, options.rand)) return { skipTo: end };
  // "doors closed by STD –5", "by boarding –10 minutes": an offset from an event, not a quantity.
  if (/\p{L}\s+[–−]$/u.test(before)) return { skipTo: end + (unitAfter(text.slice(end), value, options)?.length ?? 0) };
  let qStart = start;

  // Money: a symbol or an ISO code before the amount ("€4.50", "USD 2M").
  // "R 450 000" is rand only in a document that names the rand: alone, "R" is too common a letter.
  const money = CURRENCY_BEFORE.exec(before) ?? (options.rand ? /(?<![\p{L}])(R)\s?$/u.exec(before) : null);
  const symbol = money?.[1] === 'R' && options.rand ? 'ZAR' : money?.[1] === '$' && options.dollar ? options.dollar : money?.[1];
  const beforeCurrency = money ? currencyOf(symbol ?? money[2]!) : undefined;
  if (money) qStart = start - money[0].length;
  const tolerance = /(?:±|\+\s?\/\s?[-−])\s*$/.exec(text.slice(0, qStart));
  let sign = tolerance ? null : /(?<![\p{L}\p{N}])([-−+])$/u.exec(text.slice(0, qStart));
  if (sign) qStart -= 1;
  if (tolerance) qStart -= tolerance[0].length;

  const unit = unitAfter(text.slice(end), value, options);
  // A range: the unit may follow either end ("80% to 90%", "30–45 days", "between 80 and 90%").
  // "between", and as German, Dutch, French, Spanish, Portuguese and Italian write it.
  const between = /(?<![\p{L}])(?:between|zwischen|tussen|entre|tra|fra)\s+$/iu.exec(text.slice(0, qStart));
  const afterLow = end + (unit?.length ?? 0);
  // "grow from 14.2k to 17k" is a move to 17k, read in readTarget, not a range.
  const move = !between && MOVE_VERB_BEFORE.test(text.slice(0, qStart));
  const range = sign || tolerance || move ? null : (between ? RANGE_AFTER : RANGE_DASH_AFTER).exec(text.slice(afterLow));
  if (range) {
    if (between) qStart = between.index;
    const highNumber = toNumber(range[1]!);
    const highEnd = afterLow + range[0].length;
    const highUnit = unitAfter(text.slice(highEnd), highNumber, options);
    end = highEnd + (highUnit?.length ?? 0);
    if (unit && highUnit && (unit.kind !== highUnit.kind || unit.unit !== highUnit.unit)) {
      return { phrase: text.slice(qStart, end), start: qStart, reason: 'the two ends of the range are in different units' };
    }
    // A suffix written once counts for both ends: "25–30k" is 25,000 to 30,000.
    const multiplier = highUnit ? highUnit.value / (highNumber || 1) : unit ? unit.value / (value || 1) : 1;
    const low = unit ? unit.value : value * multiplier;
    const high = highUnit ? highUnit.value : highNumber * multiplier;
    // A span of years ("2023–2024") is a date, not a range to reach.
    if (!unit && !highUnit && /^(?:19|20)\d\d$/.test(digits) && /^(?:19|20)\d\d$/.test(range[1]!)) return { skipTo: end };
    if (low > high) {
      return { phrase: text.slice(qStart, end), start: qStart, reason: 'a range must run from the lower number to the higher one' };
    }
    const shared = highUnit ?? unit ?? { kind: 'count' as const, unit: '', value, length: 0 };
    return finish(text, { ...shared, value: low }, qStart, end, beforeCurrency, { high });
  }
  if (unit) end += unit.length;

  // "+20" for a score that can be negative (an NPS of at least +20) is the level +20, not a change.
  // Only a plus sign is looked at: the words around it are read for it alone, not for every number.
  const bounded = () =>
    /^\s*or\s+(?:higher|above|more|better|greater)\b/i.test(text.slice(end)) || BEFORE.some((b) => b.re.test(text.slice(0, qStart)));
  if (sign?.[1] === '+' && unit?.kind !== 'percent' && (options.signedLevel || bounded() || SIGNED_LEVEL.test(text))) sign = null;
  if (sign && unit?.kind !== 'percent') {
    return { phrase: text.slice(qStart, end), start: qStart, reason: 'a target cannot be negative; write a change as "reduce by 5%"' };
  }
  if (tolerance && unit?.kind !== 'percent') {
    return {
      phrase: text.slice(qStart, end),
      start: qStart,
      reason: 'a tolerance is read for percentages only, as in "within ±10% of commit"',
    };
  }
  if (unit?.kind === 'score' && (unit.outOf! <= 0 || value > unit.outOf!)) {
    return { phrase: text.slice(qStart, end), start: qStart, reason: `a score must lie between 0 and its scale, ${unit.outOf}` };
  }
  if (unit?.kind === 'currency' && beforeCurrency && beforeCurrency.code !== unit.currency) {
    return { phrase: text.slice(qStart, end), start: qStart, reason: 'two different currencies are written around one amount' };
  }
  if (!unit) {
    // Letters glued to the number that are no unit: ordinals are not quantities, the rest is unreadable.
    const glued = /^[\p{L}]+/u.exec(text.slice(end));
    if (glued && !(digits.toLowerCase() in NUMBER_WORDS)) {
      if (/^(?:st|nd|rd|th)$/i.test(glued[0])) return null;
      return { phrase: digits + glued[0], start, reason: `${quote(glued[0])} is not a unit this handbook knows` };
    }
    // A year after "in/by/since…", or naming a plan's year ("FY 2025", "target 2026", "mål 2025"), is a date, not a quantity.
    if (/^(?:19|20)\d\d$/.test(digits) && (YEAR_BEFORE.test(before) || YEAR_AFTER.test(text.slice(end)))) return null;
  }
  return finish(text, unit ?? { kind: 'count', unit: '', value, length: 0 }, qStart, end, beforeCurrency, {
    sign: sign ? (sign[1] === '+' ? 1 : -1) : undefined,
    tolerance: !!tolerance,
  });
}

/** Completes a quantity: money from a symbol before it, a counted noun, seconds for durations. */
function finish(
  text: string,
  unit: NonNullable<ReturnType<typeof unitAfter>> | { kind: TargetKind; unit: string; value: number; length: number; perSecond?: number },
  start: number,
  end: number,
  currency: ReturnType<typeof currencyOf>,
  extra: { high?: number; sign?: -1 | 1; tolerance?: boolean },
): FoundQuantity {
  const q: FoundQuantity = { kind: unit.kind, value: unit.value, unit: unit.unit, start, end };
  if (currency && (unit.kind === 'count' || unit.kind === 'currency')) {
    q.kind = 'currency';
    q.unit = currency.code;
    q.currency = currency.code;
  } else if (unit.kind === 'currency') q.currency = unit.unit;
  if (q.kind === 'count') q.unit = countedNoun(text.slice(end));
  if ('outOf' in unit && unit.outOf !== undefined) q.outOf = unit.outOf;
  if (extra.high !== undefined) q.max = extra.high;
  if ('perSecond' in unit && unit.perSecond !== undefined) {
    q.seconds = q.value * unit.perSecond;
    if (q.max !== undefined) q.maxSeconds = q.max * unit.perSecond;
  }
  if (extra.sign) q.sign = extra.sign;
  if (extra.tolerance) q.tolerance = true;
  if (q.kind === 'ratio' || q.tolerance) {
    const reference = referenceAfter(text.slice(end));
    if (reference) q.reference = reference;
  }
  return q;
}

/** Every readable quantity and every unreadable numeric phrase in `text`, in order. */
export function findQuantities(text: string, options: ReadOptions = {}): Array<FoundQuantity | UnreadableNumber> {
  const found: Array<FoundQuantity | UnreadableNumber> = [];
  let skipUntil = 0;
  for (const m of text.matchAll(options.rand ? NUMBER_OR_RAND_RE : NUMBER_RE)) {
    if (m.index! < skipUntil) continue;
    const q = readQuantity(text, m.slice(1).find((g) => g !== undefined)!, m.index!, options);
    if (!q) continue;
    if ('skipTo' in q) {
      skipUntil = q.skipTo;
      continue;
    }
    found.push(q);
    skipUntil = 'end' in q ? q.end : q.start + q.phrase.length;
  }
  return found;
}

export const isQuantity = (q: FoundQuantity | UnreadableNumber): q is FoundQuantity => 'kind' in q;

/** The clause a quantity stands in, for the words around it: up to the nearest sentence stop. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(text.lastIndexOf('.', start - 2) + 1, text.lastIndexOf(';', start) + 1, text.lastIndexOf(':', start) + 1, 0);
  const stops = [...text.slice(end).matchAll(/[;:!?]|\.(?!\d)/g)];
  const to = stops.length ? end + stops[0]!.index! : text.length;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/** Builds a Target from a quantity, reading explicit direction words right before or after it. */
function toTarget(text: string, q: FoundQuantity): Target {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end);
  let start = q.start;
  let end = q.end;
  let direction: Direction | null = null;
  let strict = false;
  let kind = q.kind;
  let value = q.value;
  let unit = q.unit;
  let max = q.max;
  let period: string | undefined;
  let reference = q.reference;
  let zeroInferred = false;
  const clause = clauseAround(text, q.start, q.end);

  if (q.max !== undefined) {
    direction = 'between';
  } else if (q.tolerance) {
    // "within ±10% of commit": the deviation from the reference, either way.
    kind = 'change';
    direction = 'between';
    value = -q.value;
    max = q.value;
    const within = /(?<![\p{L}])within\s*$/iu.exec(text.slice(0, start));
    if (within) start -= within[0].length;
    const of = /^\s*of\s+/i.exec(after);
    if (of && reference) end += of[0].length + reference.length;
  } else {
    const change = q.kind === 'percent' ? CHANGE_BEFORE.exec(clause.before) : null;
    const grow = q.kind === 'ratio' ? GROW_BEFORE.exec(clause.before) : null;
    const noun = q.kind === 'percent' ? CHANGE_NOUN_AFTER.exec(after) : null;
    if (change) {
      const down = DOWN_VERB.test(change[1]!);
      kind = 'change';
      value = down ? -q.value : q.value;
      const bound = change[2]?.toLowerCase();
      // "reduce by at most 20%" bounds the size of the cut from above: the change is at least −20 %.
      const atMostWords = bound && /^(?:at\s+most|up\s+to|no\s+more\s+than)$/.test(bound);
      direction = down !== !!atMostWords ? 'at-most' : 'at-least';
      start = q.start - (clause.before.length - change.index);
      reference = undefined;
    } else if (grow) {
      kind = 'change';
      value = (q.value - 1) * 100;
      unit = '%';
      direction = 'at-least';
      start = q.start - (clause.before.length - grow.index);
      reference = undefined;
    } else if (q.sign && q.kind === 'percent') {
      kind = 'change';
      value = q.sign * q.value;
      direction = q.sign < 0 ? 'at-most' : 'at-least';
    } else if (noun) {
      // "a 10% reduction", "5% growth on last year": a change named after the number.
      const down = DOWN_NOUN.test(noun[1]!);
      kind = 'change';
      value = down ? -q.value : q.value;
      direction = down ? 'at-most' : 'at-least';
      end = q.end + noun[0].length;
    }
    if (kind === 'change') {
      const p = PERIOD.exec(clause.after) ?? PERIOD.exec(clause.before);
      if (p) {
        period = p[1]!.replace(/\s+/g, ' ');
        if (clause.after.indexOf(p[0]) !== -1) end = q.end + clause.after.indexOf(p[0]) + p[0].length;
      }
    }
    // "every 28 days": an interval, at most that long between two of them, whatever follows ("as a minimum").
    const every = kind === 'duration' ? /(?<![\p{L}])every\s+$/iu.exec(before) : null;
    if (!direction && every) {
      direction = 'at-most';
      start = q.start - (before.length - every.index);
    }
    if (!direction) {
      // Both lists are tried and the earliest phrase wins, so "no more than" is not read as "more than".
      let best: RegExpExecArray | null = null;
      for (const b of BEFORE) {
        const m = b.re.exec(before);
        if (m && (!best || m.index < best.index)) {
          best = m;
          direction = b.direction;
          strict = b.strict;
          start = q.start - (before.length - m.index);
        }
      }
      for (const [re, dir] of [
        [AT_LEAST_AFTER, 'at-least'],
        [AT_MOST_AFTER, 'at-most'],
      ] as const) {
        const m = re.exec(after);
        if (m && !direction) {
          direction = dir;
          end = q.end + m[0].length;
        }
      }
      // "48 hours before CAB", "5 days' notice", "2 weeks in advance": a lead time, which should be long.
      const lead = kind === 'duration' && !direction ? LEAD_TIME_AFTER.exec(after) : null;
      if (lead) {
        direction = 'at-least';
        end = q.end + lead[0].length;
      }
      // Nothing is better than zero of something: "0 incidents", "zero critical bugs". No word
      // says so, so the direction counts as inferred.
      if (!direction && value === 0 && (kind === 'count' || kind === 'currency' || /(?<![\p{L}])at\s+$/iu.test(before))) {
        direction = 'at-most';
        zeroInferred = true;
      }
    }
  }
  const stated = direction !== null && !zeroInferred;
  const raw = text.slice(start, end);
  const base = {
    raw: raw.trim(),
    kind,
    value,
    unit: kind === 'change' ? '%' : unit,
    direction: direction ?? defaultDirection(kind),
    directionSource: stated || kind === 'change' || direction === 'between' ? ('explicit' as const) : ('inferred' as const),
    column: start + 1 + (raw.length - raw.trimStart().length),
    ...(strict ? { strict: true } : {}),
    ...(max !== undefined ? { max } : {}),
  };
  return { ...base, ...kindFields(kind, q, period, reference) } as Target;
}

/** Something the quantity reader always sets was not set: a bug here, not in the document. */
function missing(field: string, q: FoundQuantity): never {
  throw new Error(`parse-target: a ${q.kind} quantity at ${q.start} has no ${field}`);
}

/** The fields only `kind` has: a score's scale, a duration's seconds, money's currency. */
function kindFields(kind: TargetKind, q: FoundQuantity, period: string | undefined, reference: string | undefined): Partial<Target> {
  switch (kind) {
    case 'score':
      return { outOf: q.outOf ?? missing('scale', q) };
    case 'duration':
      return { seconds: q.seconds ?? missing('seconds', q), ...(q.maxSeconds !== undefined ? { maxSeconds: q.maxSeconds } : {}) };
    case 'currency':
      return { currency: q.currency ?? missing('currency', q) };
    case 'change':
      return { ...(period ? { period } : {}), ...(reference ? { reference } : {}) };
    case 'ratio':
      return { ...(reference ? { reference } : {}) };
    default:
      return {};
  }
}

export interface TargetReading {
  target: Target | null;
  /** Set when the text holds a number but no readable target; the KPI keeps `target: null`. */
  unreadable: UnreadableNumber | null;
}

/**
 * Where a "Name: target" item's target part starts, so that a number in the name ("remediated
 * within 7 days: 100%") is read as a condition; -1 when the text is no such item. A colon inside
 * a time (10:30) or an address (https://) does not count.
 */
function targetPartStart(text: string): number {
  const m = /^[^:]{1,160}?(?<!https?):(?![\d/])\s*/u.exec(text);
  // A colon inside parentheses ("≥ 65% (national 2024: 61%)") labels a note, not the item.
  const open = m ? m[0].split('(').length - m[0].split(')').length : 0;
  if (m && open <= 0) return m[0].length;
  // "Name ........ target", as boards and forms print it: the part after the dot leaders.
  const leader = /^\S.{0,120}?\s*(?:\.{3,}|…{2,})\s*(?=\S)/su.exec(text);
  if (leader) return leader[0].length;
  // "Name – target", as outlines and bullets write it: the part after the last spaced dash.
  const dash = /^.*\S\s+[–—]\s+(?=\S)/su.exec(text);
  return dash ? dash[0].length : -1;
}

const ZERO_PHRASE =
  /^(?:none|nil|nenhum[ao]?|ningun[ao]|aucun(?:e)?|keine?|geen|nessun[oa]?|ingen|inga|brak|no\s+(?!target|data|baseline|figure|value|measure|change|limit|set\b|more\b|less\b|fewer\b|later\b)[\p{L}][\p{L}\s'’-]{2,60})\s*\.?\s*$/iu;

/** Where a phrase saying "none of it" stands: the whole text, or its part after a name; null when there is none. */
function zeroPhrase(text: string): { start: number; end: number } | null {
  if (/\d/.test(text)) return null;
  const part = Math.max(0, targetPartStart(text));
  const rest = text.slice(part);
  if (!ZERO_PHRASE.test(rest) || /\s+(?:set|defined|agreed|yet)\s*\.?\s*$/i.test(rest)) return null;
  // "No formal target", "no agreed baseline": what is missing is the target, not the thing counted.
  if (/(?<![\p{L}])(?:targets?|goals?|thresholds?|baselines?|data|measures?|kpis?)(?![\p{L}])/iu.test(rest)) return null;
  return { start: part, end: text.trimEnd().length };
}

/**
 * "Within 60 seconds on 90% of calls", "in 4 hours for 95% of tickets": the time is the window
 * and the share of cases that meet it is the target, as in the commoner "90% within 60 seconds".
 */
function shareAfterWindow(text: string, q: FoundQuantity, quantities: readonly FoundQuantity[]): FoundQuantity {
  if (q.kind !== 'duration') return q;
  const next = quantities.find((n) => n.start >= q.end && n.kind === 'percent');
  const between = text.slice(q.end, next?.start ?? q.end);
  if (!next || !/^\s*[,;]?\s*(?:on|for|in|of|at|bij|voor|bei|für|sur|pour|en|para|em|per)\s+$/i.test(between)) return q;
  if (!/^\s*(?:of|van|von|der|des|de|du|da|del|di|dos|das)\s/i.test(text.slice(next.end))) return q;
  return next;
}

/** Words saying that a KPI is watched without a target. */
const NO_TARGET =
  /(?<![\p{L}])(?:no\s+(?:numeric\s+|formal\s+|set\s+)?(?:target|standard)|monitor(?:ed|ing)?\s+only|for\s+information(?:\s+only)?|report(?:ed|ing)?\s+only|not\s+targeted|target\s+(?:tbc|tbd|to\s+be\s+(?:confirmed|set|agreed)))(?![\p{L}])/iu;

/** Whether the quantity sits inside parentheses, which qualify a name ("Aged stock (over 26 weeks)") rather than set its target. */
function inParentheses(text: string, q: FoundQuantity): boolean {
  const before = text.slice(0, q.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && text.indexOf(')', q.end) >= 0;
}

/**
 * Reads a KPI's target. In "Name: target" items the part after the colon is searched first;
 * otherwise the first readable quantity is the one the KPI is measured by ("95% of requests
 * answered within 2 business days" → 95 %).
 */
/** What the words around a target say of it, when they are not in its text (a table's Target cell). */
export interface ReadOptions {
  /** The KPI measures a level that may be negative (a net promoter score), so "+35" is the level +35. */
  signedLevel?: boolean;
  /** The KPI measures a return or a cover, which should be high, so "3:1" is read as at least 3×. */
  ratioUp?: boolean;
  /** The ISO code a bare "$" stands for in this document ("AUD"); the US dollar when unset. */
  dollar?: string;
  /** The ISO code a bare "kr" stands for in this document ("SEK"); "kr" is no currency when unset. */
  krona?: string;
  /** The document names the rand, so "R 450 000" is an amount in rand. */
  rand?: boolean;
}

export function readTarget(text: string, options: ReadOptions = {}): TargetReading {
  // "None", "Nil" or "No critical non-conformances", as a Target cell or the part after a name says
  // it: nothing of it is the target. Words that say no target is set ("no target", "none set") are no zero.
  const none = zeroPhrase(text);
  if (none) return { target: toTarget(text, { kind: 'count', value: 0, unit: '', ...none }), unreadable: null };
  const found = findQuantities(text, options);
  const part = targetPartStart(text);
  const quantities = found.filter(isQuantity);
  // "Cost to raise £1: no more than 25p": the target part holds a number that cannot be read, so
  // a number in the name ("£1") is not taken in its place; the KPI is reported instead.
  const unreadablePart = part > 0 ? found.find((q): q is UnreadableNumber => !isQuantity(q) && q.start >= part) : undefined;
  if (unreadablePart && !quantities.some((q) => q.start >= part)) return { target: null, unreadable: unreadablePart };
  // "Repeat callers within 1 hour – monitor only", "Audits: reported, no target": the numbers
  // before such words belong to the name, and the KPI has no target.
  const unset = NO_TARGET.exec(text);
  if (unset && !quantities.some((q) => q.start >= unset.index)) return { target: null, unreadable: null };
  const outside = quantities.filter((q) => !inParentheses(text, q));
  const found1 =
    (part > 0 ? outside.find((q) => q.start >= part) : undefined) ??
    (part > 0 ? quantities.find((q) => q.start >= part) : undefined) ??
    outside[0] ??
    quantities[0];
  const first = found1 ? shareAfterWindow(text, found1, quantities) : found1;
  if (first && isQuantity(first)) {
    // "Decrease defects by 5" is a change of an amount from a baseline no document states: reading
    // it as "at least 5" would turn the target around, so it is reported instead.
    if (first.kind !== 'percent' && first.kind !== 'ratio' && CHANGE_BEFORE.test(clauseAround(text, first.start, first.end).before)) {
      return {
        target: null,
        unreadable: {
          phrase: text.slice(first.start, first.end),
          start: first.start,
          reason: 'a change by an amount is not read, since the baseline is unknown; state the target itself or the change in %',
        },
      };
    }
    const to = moveTarget(text, first, quantities);
    if (to) return { target: to, unreadable: null };
    return { target: toTarget(text, first), unreadable: null };
  }
  return { target: null, unreadable: found.find((q): q is UnreadableNumber => !isQuantity(q)) ?? null };
}

/**
 * The target of a move from a baseline ("from 68% to 74%", "from 9,800 (H1 last year) to 12,000"):
 * the quantity after "to", to be reached from above or below as the baseline lies; null when
 * `first` is no baseline.
 */
function moveTarget(text: string, first: FoundQuantity, quantities: readonly FoundQuantity[]): Target | null {
  if (first.max !== undefined || !FROM_BEFORE.test(text.slice(0, first.start))) return null;
  const next = quantities[quantities.indexOf(first) + 1];
  const between = next ? TO_BETWEEN.exec(text.slice(first.end, next.start)) : null;
  if (!next || !between || next.kind !== first.kind || next.max !== undefined) return null;
  // A bare "from 30 to 45 days" is a range, unless a verb of change or words about the baseline say otherwise.
  if (!between[1]?.trim() && !MOVE_VERB_BEFORE.test(text.slice(0, first.start))) return null;
  const size = (q: FoundQuantity) => q.seconds ?? q.value;
  const target = toTarget(text, next);
  if (size(next) === size(first)) return target;
  return { ...target, direction: size(next) > size(first) ? 'at-least' : 'at-most', directionSource: 'explicit' };
}

/**
 * Reads a target phrase typed by a user ("≥ 90%", "under 2 days", "4/5", "30–45 days",
 * "under €4.50"). Column is dropped, since the phrase has no source line. Returns an error
 * message when it is not one target.
 */
export function parseTargetPhrase(phrase: string): { target: Target } | { error: string } {
  const trimmed = phrase.trim();
  if (!trimmed) return { error: 'Type a target, for example "≥ 90%", "under 2 days", "4/5" or "30–45 days".' };
  const { target, unreadable } = readTarget(trimmed);
  if (!target) {
    return { error: unreadable ? `Cannot read ${quote(unreadable.phrase)}: ${unreadable.reason}.` : `No number in ${quote(trimmed)}.` };
  }
  const { column: _column, ...rest } = target;
  return { target: rest };
}
