/**
 * A KPI's record: what its document states about it besides its wording and target. Tables and
 * registers give it as columns, which the structure step keeps as "Header: value" notes; outlines
 * give it as "Owner:" and "Frequency:" lines under the KPI, which become the same notes; a KPI
 * may also say "(monthly)" in its own words. One reading serves all three.
 */
import type { KpiRecord, Period, Target } from '../schema.ts';

/** A note written as a field: a short label, a colon, a value. */
const FIELD = /^([^:]{1,48}):\s*(\S.*)$/su;

type Field = Exclude<keyof KpiRecord, 'period' | 'bands' | 'amber'>;
type Band = keyof NonNullable<KpiRecord['bands']>;

/** Labels of each field, in English and as European registers write them; whole labels only. */
const FIELD_LABELS: ReadonlyArray<[Field, RegExp]> = [
  [
    'owner',
    /^(?:(?:kpi|kri|measure|metric|indicator|data|target|process|business)\s+)?(?:owner|lead)|(?:accountable|responsible)(?:\s+(?:person|manager|officer|owner|lead))?|verantwortlich(?:e|er)?|responsable|eigenaar|propietario|responsável|responsabile|ansvarig|właściciel$/iu,
  ],
  [
    'frequency',
    /^(?:(?:reporting|review|measurement|monitoring|data)\s+)?(?:frequency|cadence|periodicity|cycle)|(?:reporting|review)\s+period|frequency\s+of\s+(?:review|reporting|measurement)|reported|measured|when\s+measured|häufigkeit|turnus|fréquence|périodicité|frequentie|frecuencia|periodicidad|frequência|periodicidade|frequenza|periodicità|frekvens|częstotliwość$/iu,
  ],
  [
    'dataSource',
    /^(?:(?:data|information|evidence)\s+)?sources?(?:\s+(?:system|of\s+data|of\s+evidence|\/\s*.+))?|evidence(?:\s+source)?|source\s+system|system|datenquelle|quelle|source\s+des\s+données|(?:gegevens)?bron|fuente(?:\s+de\s+datos)?|fonte(?:\s+de\s+dados|\s+dati)?|datakälla|źródło(?:\s+danych)?$/iu,
  ],
  [
    'polarity',
    /^(?:polarity|direction|better(?:\s+(?:if|when|is))?|good\s+is|desired\s+(?:trend|direction)|polarität|polarité|polariteit|polaridad)$/iu,
  ],
  [
    'definition',
    /^(?:definition|formula|calculation|method(?:ology)?|how\s+(?:it(?:\s+is|['’]s)\s+)?(?:measured|calculated)|definition\s*\/\s*calculation|berechnung|définition|definitie|definición|definição|definizione)$/iu,
  ],
];
const BAND_LABELS: ReadonlyArray<[Band, RegExp]> = [
  [
    'green',
    /^(?:green|on\s+track|grün|vert|groen|verde|grønn|grön|zielony)(?:\s+(?:threshold|band|level|range|target))?(?:\s*\([^)]*\))?$/iu,
  ],
  [
    'amber',
    /^(?:amber|yellow|watch|at\s+risk|gelb|orange|oranje|ámbar|amarelo|giallo|gul|żółty)(?:\s+(?:threshold|band|level|range))?(?:\s*\([^)]*\))?$/iu,
  ],
  [
    'red',
    /^(?:red|off\s+track|action(?:\s+required)?|rot|rouge|rood|rojo|vermelho|rosso|rød|röd|czerwony)(?:\s+(?:threshold|band|level|range))?(?:\s*\([^)]*\))?$/iu,
  ],
  ['threshold', /^(?:threshold|minimum(?:\s+(?:acceptable|standard|performance\s+level))?|floor|lower\s+limit)(?:\s*\([^)]*\))?$/iu],
];

/** "amber 90–95 %", "Amber: 85-94%" within a KPI's own words. */
const AMBER_IN_TEXT =
  /(?<![\p{L}])(?:amber|yellow)\s*(?:[:=]|band|is|if)?\s*((?:[<>≤≥]=?\s*)?\d[\d.,]*\s*%?(?:\s*(?:[–-]|to)\s*\d[\d.,]*\s*%?)?)/iu;

/** Words for each period, from the frequency field or the KPI's words ("monthly", "per quarter"). */
const PERIOD_WORDS: ReadonlyArray<[Period, RegExp]> = [
  [
    'day',
    /(?<![\p{L}])(?:daily|day|days|each\s+day|per\s+day|a\s+day|täglich|quotidien(?:ne)?|dagelijks|diari[oa]|giornalier[oa]|daglig(?:en)?|codziennie)(?![\p{L}])/iu,
  ],
  [
    'week',
    /(?<![\p{L}])(?:weekly|week|per\s+week|a\s+week|wöchentlich|hebdomadaire|wekelijks|semanal|settimanale|veckovis|ukentlig|tygodniowo)(?![\p{L}])/iu,
  ],
  [
    'month',
    /(?<![\p{L}])(?:monthly|month|per\s+month|a\s+month|monatlich|mensuel(?:le)?|maandelijks|mensual|mensal|mensile|månadsvis|månedlig|miesięcznie)(?![\p{L}])/iu,
  ],
  [
    'quarter',
    /(?<![\p{L}])(?:quarterly|quarter|per\s+quarter|a\s+quarter|quartalsweise|vierteljährlich|trimestriel(?:le)?|per\s+kwartaal|trimestral|trimestrale|kvartalsvis|kwartalnie)(?![\p{L}])/iu,
  ],
  [
    'year',
    /(?<![\p{L}])(?:annual(?:ly)?|yearly|year|per\s+year|a\s+year|per\s+annum|p\.a\.|jährlich|annuel(?:le)?|jaarlijks|anual|annuale|årlig(?:en)?|rocznie)(?![\p{L}])/iu,
  ],
];
/** A frequency in parentheses or after a comma in the KPI's words: "(monthly)", ", reported quarterly". */
const PERIOD_IN_TEXT =
  /\((?:[^)]*?\s)?(daily|weekly|monthly|quarterly|annually|annual|yearly)\)|,\s*(?:reported|measured|reviewed)\s+(daily|weekly|monthly|quarterly|annually|yearly)/iu;

/**
 * Whether a note is a field the record took as it stands ("Owner: Team Leader"), which a page may
 * show in the record's line instead of among the notes: nothing is then shown twice or lost.
 */
export function inRecord(note: string, record: KpiRecord): boolean {
  const f = noteField(note);
  return !!f && ((f.field !== undefined && record[f.field] === f.value) || (f.band !== undefined && record.bands?.[f.band] === f.value));
}

/** The record's field and band a note's label names, with its value; null for a note that is no field. */
function noteField(note: string): { field: Field | undefined; band: Band | undefined; value: string } | null {
  const m = FIELD.exec(note.trim());
  if (!m) return null;
  const label = m[1]!.trim();
  return {
    field: FIELD_LABELS.find(([, re]) => re.test(label))?.[0],
    band: BAND_LABELS.find(([, re]) => re.test(label))?.[0],
    value: m[2]!.trim(),
  };
}

/** The period a frequency names ("Monthly", "per quarter", "jährlich"), or undefined. */
export function periodOf(text: string): Period | undefined {
  return PERIOD_WORDS.find(([, re]) => re.test(text))?.[0];
}

/**
 * The band short of `target` that a miss may fall in and still be "close": the amber band, else
 * the band from the threshold to the target. Only a band in the target's kind and on the side the
 * target is missed counts; anything else is no band ("amber: within 5 points" states no level).
 */
function closeBand(target: Target | null, amber: Target | null, threshold: Target | null): Target | undefined {
  if (!target || target.direction === 'between') return undefined;
  const band = amber ?? (threshold ? { ...threshold, direction: target.direction, directionSource: 'explicit' as const } : null);
  if (!band || band.kind !== target.kind || band.unit !== target.unit) return undefined;
  const low = band.value;
  const high = band.direction === 'between' ? (band.max ?? band.value) : band.value;
  const goal = target.value;
  const missSide = target.direction === 'at-least' ? low < goal && high <= goal : high > goal && low >= goal;
  return missSide ? band : undefined;
}

/**
 * The record of a KPI from its notes and words. `readBand` reads a band's phrase as a target in
 * the document's number convention. Notes keep every field as written: nothing here removes one.
 */
export function kpiRecord(
  notes: readonly string[] | undefined,
  text: string,
  target: Target | null,
  readBand: (phrase: string) => Target | null,
): KpiRecord {
  const record: KpiRecord = {};
  const bands: NonNullable<KpiRecord['bands']> = {};
  for (const note of notes ?? []) {
    const f = noteField(note);
    if (f?.field && record[f.field] === undefined) record[f.field] = f.value;
    if (f?.band && bands[f.band] === undefined) bands[f.band] = f.value;
  }
  if (!bands.amber) {
    const inText = AMBER_IN_TEXT.exec(text);
    if (inText) bands.amber = inText[1]!.trim();
  }
  if (Object.keys(bands).length > 0) record.bands = bands;
  const inWords = PERIOD_IN_TEXT.exec(text);
  if (!record.frequency && inWords) record.frequency = inWords[1] ?? inWords[2];
  const period = record.frequency ? periodOf(record.frequency) : undefined;
  if (period) record.period = period;
  const amber = closeBand(target, bands.amber ? readBand(bands.amber) : null, bands.threshold ? readBand(bands.threshold) : null);
  if (amber) record.amber = amber;
  return record;
}
