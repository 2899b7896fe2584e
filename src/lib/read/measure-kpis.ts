/**
 * Reads every KPI's target (from its text, or its table's Target cell with the row's Unit and
 * Polarity) and infers its measure. Numbers are read in the document's own convention: its
 * decimal mark is decided once from all its KPIs (number-format.ts), and a number that reads
 * differently under the other convention ("1.250") is reported where the document uses commas.
 */
import { diagnostic } from '../diagnostic.ts';
import { quote } from '../quote.ts';
import type { Diagnostic, Target } from '../schema.ts';
import { inferMeasure } from '../targets/infer-measure.ts';
import { currencyNamed } from '../targets/iso-currencies.ts';
import {
  ambiguousNumbers,
  type DecimalMark,
  decimalMarkOf,
  dollarOf,
  kronaOf,
  localiseNumbers,
  namesRand,
} from '../targets/number-format.ts';
import { readTarget, SIGNED_LEVEL, type TargetReading } from '../targets/parse-target.ts';
import { DURATION_PATTERN } from '../targets/units.ts';
import type { DraftDocument, DraftKpi, MeasuredKpi } from './draft.ts';
import { kpiRecord } from './kpi-record.ts';

type TargetSource = { text: string; line: number; column: number; unit?: string; polarity?: 'at-least' | 'at-most' };

/** Where a KPI's target is read from: its table's Target cell, or its own text. */
const sourceOf = (kpi: DraftKpi): TargetSource => kpi.targetCell ?? { text: kpi.text, line: kpi.line, column: kpi.column };

/** A unit the KPI's name gives in parentheses: "Average time to offer (days)", "Cost to serve (£)". */
const UNIT_IN_NAME = /\((%|£|€|\$|[A-Z]{3})\)/u;
/**
 * A unit of time the name measures in: in parentheses, in any spelling the targets are read in
 * ("(business days)", "(Werktage)", "(days on hand)"), or as its last word ("Debtor days (own invoices)").
 */
const DURATION_IN_NAME = new RegExp(
  `\\((${DURATION_PATTERN})(?:\\s+[\\p{L}\\s]{1,24})?\\)|(?<![\\p{L}])((?:working |business |calendar )?(?:days|hours|weeks|months|minutes))\\s*(?:\\([^)]*\\))?\\s*$`,
  'iu',
);

const durationInName = (name: string): string | undefined => {
  const m = DURATION_IN_NAME.exec(name);
  return m?.[1] ?? m?.[2];
};

/** A return or a cover, which should be high: "Return on investment: 3:1", "Pipeline coverage". */
const RATIO_UP = /(?<![\p{L}])(?:return|roi|coverage|cover|yield|leverage)(?![\p{L}])/iu;

/**
 * How a document writes its numbers, decided once from the whole document: its decimal mark, the
 * dollar a bare "$" and the krona a bare "kr" stand for, and whether "R" before an amount is the rand.
 */
export interface NumberStyle {
  mark: DecimalMark;
  dollar?: string | undefined;
  krona?: string | undefined;
  rand?: boolean;
}

/**
 * Reads a target in the document's convention. A target with no unit of its own ("95", "≤ 24",
 * "75–85") takes the row's Unit cell ("%", "h"), or a unit the KPI's name gives in parentheses;
 * a target without direction words takes the row's Polarity ("2" with "Lower is better"); a
 * signed number is a level where the name says the measure is a score ("Branch NPS": "+35").
 * Phrases keep the document's own characters.
 */
export function readSourceTarget(source: Pick<TargetSource, 'text' | 'unit' | 'polarity'>, style: NumberStyle, name = ''): TargetReading {
  const { mark } = style;
  const options = {
    signedLevel: SIGNED_LEVEL.test(name),
    ratioUp: RATIO_UP.test(name),
    rand: style.rand === true,
    ...(style.dollar ? { dollar: style.dollar } : {}),
    ...(style.krona ? { krona: style.krona } : {}),
  };
  const plain = readTarget(localiseNumbers(source.text, mark), options);
  // A Unit cell naming a currency in words ("Rand") completes the amount as that currency.
  const written = source.unit || UNIT_IN_NAME.exec(name)?.[1] || durationInName(name) || '';
  const unit = currencyNamed(written)?.code ?? written;
  const bare = !plain.target || (plain.target.kind === 'count' && plain.target.unit === '');
  const completed = unit && bare && /\d/.test(source.text) ? readTarget(localiseNumbers(`${source.text} ${unit}`, mark), options) : null;
  const reading = completed?.target ? completed : plain;
  const text = reading === completed ? `${source.text} ${unit}` : source.text;
  const { target, unreadable } = reading;
  if (target) {
    const at = (target.column ?? 1) - 1;
    // The unit came from another cell: the phrase is the cell's own text.
    target.raw = text.slice(at, Math.min(at + target.raw.length, source.text.length)).trim() || source.text.trim();
    if (source.polarity && target.directionSource === 'inferred' && target.direction !== 'between') {
      target.direction = source.polarity;
      target.directionSource = 'explicit';
    }
  }
  if (unreadable) unreadable.phrase = text.slice(unreadable.start, unreadable.start + unreadable.phrase.length);
  return reading;
}

/**
 * A KPI named for something that should be low: waste, absence, attrition, errors, complaints,
 * incidents, a variance or a backlog ("Absence rate"), and, for an amount, a cost or spend ("IT
 * cost per user"; a share of spend, "Spend with local SMEs: 30%", is no amount). A name that counts
 * what was done about it ("Complaints resolved within 10 days"), what goes without it ("Loadsheets
 * issued without error"), or how satisfied or compliant people are with it, is not one.
 */
const LOW_IS_GOOD =
  /(?<![\p{L}])(?:waste|wastage|shrink(?:age)?|absence|sickness|attrition|turnover|churn|errors?|defects?|complaints?|incidents?|accidents?|injur(?:y|ies)|variance|backlog|arrears|write-?offs?|fines?|penalt(?:y|ies)|exceptions?|findings?|failures?|downtime|abandon(?:ed|ment)|overdue|late|reopen(?:ed|s)?|rework|scrap|claims?|breaches?|voids?)(?![\p{L}])/iu;
/** A cost or spend, but not what each customer spends ("Secondary spend per visitor: £4.20"), which is income. */
const LOW_AMOUNT =
  /(?<![\p{L}])(?:costs?|spend|spending|expenditure|overspend|budget|coûts?|dépenses?|frais|kosten|ausgaben|costes?|gastos?|custos?|despesas?|costi|spese|kostnad(?:er)?|koszty?)(?![\p{L}])(?!\s+per\s+(?:visitor|customer|guest|head|member|transaction|cover|basket|order|client|patron|diner))/iu;
const DONE_ABOUT_IT =
  /(?<![\p{L}])(?:resolved|resolution|closed|closure|answered|completed|delivered|processed|handled|recover(?:ed|y|ies)|collected|collection|met|passed|achieved|published|submitted|reviewed|investigated|actioned|responded|acknowledged|avoided|prevented|saved|savings|reduced|cleared|removed|upheld|within|on\s+time|free|accuracy|accurate|identification|identified|detected|detection|caught|without|satisf\p{L}*|complian(?:ce|t))(?![\p{L}])/iu;

/** Right after a quantity: "per week", "a month", "each shift". */
const PER_PERIOD = /^\s*(?:per|a|an|each|every)\s+(?:day|week|fortnight|month|quarter|term|year|shift|session)\b/i;

/** A name that counts hours spent on something ("Business development hours"): time given, unless it is time lost or waited. */
const HOURS_SPENT = /(?<![\p{L}])hours?(?:\s*\([^)]*\))?\s*$/iu;
const TIME_LOST =
  /(?<![\p{L}])(?:overtime|lost|idle|wait\p{L}*|delay\p{L}*|down\s*time|absence|sick\p{L}*|agency|response|resolution|turnaround|handling)(?![\p{L}])/iu;

/** Time given or kept in hand, which should be long: hours contributed or completed, notice given ahead. */
const LONG_IS_GOOD =
  /(?<![\p{L}])(?:chargeable|billable|pro\s+bono|contribut\p{L}*|complet\p{L}*|volunteer\p{L}*|logged|training|trained|cpd|learning|ahead|in\s+advance|notice|uptime|tenure|retention)(?![\p{L}])/iu;

/**
 * The direction a KPI's wording gives a target of `kind` that states none, or null. Words in
 * parentheses only explain the name ("Upsell revenue (upgrades, late checkout)") and are not read.
 */
function directionFromName(fullName: string, kind: Target['kind'], perPeriod: boolean): 'at-least' | 'at-most' | null {
  const name = fullName.replace(/\([^)]*\)/g, ' ');
  // A duration is taken as a time to keep short, unless the name says it is time given, or it is
  // an amount of time in each period ("Floor hours: 4 hours per week") that is not lost time.
  if (kind === 'duration') {
    if (perPeriod) return LOW_IS_GOOD.test(name) ? 'at-most' : 'at-least';
    if (HOURS_SPENT.test(name) && !TIME_LOST.test(name) && !LOW_IS_GOOD.test(name)) return 'at-least';
    return LONG_IS_GOOD.test(name) ? 'at-least' : null;
  }
  if (DONE_ABOUT_IT.test(name)) return null;
  const amount = kind === 'currency' || kind === 'count';
  return LOW_IS_GOOD.test(name) || (amount && LOW_AMOUNT.test(name)) ? 'at-most' : null;
}

function measureKpi(file: string, lines: readonly string[], kpi: DraftKpi, style: NumberStyle, diagnostics: Diagnostic[]): MeasuredKpi {
  const { mark } = style;
  const source = sourceOf(kpi);
  const reading = readSourceTarget(source, style, kpi.name);
  const t = reading.target;
  // "IT cost per user: £1,200" states no direction, and a cost is kept down; "Volunteer hours contributed: 25k hours" is kept up.
  const named =
    t && t.directionSource === 'inferred' && t.direction !== 'between' && t.kind !== 'change'
      ? directionFromName(kpi.name, t.kind, PER_PERIOD.test(source.text.slice(source.text.indexOf(t.raw) + t.raw.length)))
      : null;
  if (t && named) t.direction = named;
  const line = lines[source.line - 1] ?? '';
  if (reading.target) {
    const found = line.indexOf(reading.target.raw, Math.max(0, source.column - 1));
    reading.target.column = found >= 0 ? found + 1 : source.column + (reading.target.column ?? 1) - 1;
    if (mark === ',') {
      for (const n of ambiguousNumbers(reading.target.raw)) {
        diagnostics.push(
          diagnostic(
            'ambiguous-number',
            file,
            source.line,
            reading.target.column + n.index,
            `${quote(n.text)} could be a number with a decimal comma or with a thousands separator; this document writes decimal commas, so it is read as ${n.text.replace(/[.,]/, '.')}. Write it with a group separator and decimals ("1.250,00") or as plain digits to say which.`,
          ),
        );
      }
    }
  } else if (reading.unreadable) {
    const found = line.indexOf(reading.unreadable.phrase);
    diagnostics.push(
      diagnostic(
        'unreadable-target',
        file,
        source.line,
        found >= 0 ? found + 1 : source.column,
        `Cannot read ${quote(reading.unreadable.phrase)} as a target (${reading.unreadable.reason}); the KPI is kept without a numeric target.`,
      ),
    );
  }
  // A band ("Amber: 90 - 95") is read like the target: in the row's unit and the document's numbers.
  const readBand = (text: string) => readSourceTarget({ text, ...(source.unit ? { unit: source.unit } : {}) }, style, kpi.name).target;
  return {
    ...kpi,
    target: reading.target,
    measure: inferMeasure(kpi.text, reading.target),
    record: kpiRecord(kpi.notes, kpi.text, reading.target, readBand),
  };
}

/** Reads every KPI's target and measure, in the document's number convention. */
export function measureKpis(
  file: string,
  lines: readonly string[],
  draft: DraftDocument,
  diagnostics: Diagnostic[],
): DraftDocument<MeasuredKpi> {
  const style: NumberStyle = {
    mark: decimalMarkOf(draft.roles.flatMap((r) => r.kpis.map((k) => sourceOf(k).text))),
    dollar: dollarOf(lines),
    krona: kronaOf(lines),
    rand: namesRand(lines),
  };
  return {
    ...draft,
    roles: draft.roles.map((role) => ({ ...role, kpis: role.kpis.map((kpi) => measureKpi(file, lines, kpi, style, diagnostics)) })),
  };
}
