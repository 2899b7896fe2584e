/**
 * What each column of a KPI table holds, read from its header: the measure, its target, the role
 * and department a register row belongs to, the polarity ("Lower is better") and unit that
 * complete a bare target, and a description. Every other column is an attribute, kept with the
 * KPI as "Header: value", never lost. The same rules read Markdown, web-page and Word tables and
 * spreadsheet registers.
 */
import type { Direction } from '../schema.ts';
import type { Cell } from './markdown-blocks.ts';
import { type ColumnHints, nameKey } from './reading-hints.ts';

/** An identifier column ("KPI ID", "Ref", "No."): never the measure itself. */
const ID_COLUMN = /(?:^|\s)(?:id|ref\.?|reference|no\.?|#|code|number|nr\.?)$/i;
/** Column names in English first, then as German, French, Dutch, Spanish and Swedish registers write them. */
const MEASURE_COLUMN =
  /^(?:(?:goal|objective)\s+(?:title|name)|what\s+(?:we|is)\s+measured?|(?:assessment\s+|scoring\s+)?criteri(?:a|on)|(?:(?:scorecard|performance|service|team|role)\s+)?(?:kpis?|metrics?|key performance indicators?|(?:[\p{L}-]+\s+)?(?:performance\s+)?indicators?|spis?|(?:key\s+)?measures?(?:\s+of\s+success)?|kpi\s*\/\s*measure|success measures?|slis?|kris?|key\s+risk\s+indicators?|service\s+level\s+indicators?|performance\s+commitments?|kennzahl(?:en)?|indicateurs?|indicadore?s?|indicatoren|prestatie-?indicatoren|mått))(?![\p{L}])/iu;
/**
 * Target columns, the likeliest first: "Target", "FY25 target", "Target (green)", a RAG table's
 * green band, then "Goal", "Objective" and last "Threshold", which a scorecard may put before its
 * Target column as the lowest acceptable level.
 */
const TARGET_COLUMNS: readonly RegExp[] = [
  /^(?:\S+\s+){0,2}(?:targets?|expectations?)(?![\p{L}])|^what\s+good\s+looks\s+like$|^(?:ziel(?:wert)?e?|sollwert|objectifs?|cibles?|valeur\s+cible|doel(?:waarde)?|objetivos?|metas?|målvärde|mål)(?![\p{L}])/iu,
  /^(?:green|on\s+track)(?![\p{L}])|^(?:[\p{L}-]+\s+)?standards?(?:\s+(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?|fy\s?\d{2,4}))?$|^norm(?:\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?)?$|^(?:service\s+levels?|sla)(?:\s+(?:target|standard|required))?$|^(?:slos?|service\s+level\s+objectives?)$/iu,
  /^(?:\S+\s+)?(?:goals?|objectives?)(?![\p{L}])/iu,
  /^(?:\S+\s+)?thresholds?(?![\p{L}])/iu,
  // A floor or level stated as the standard to meet: "Minimum", "Minimum standard", "Required level".
  /^(?:minimum|min\.?|required|expected)(?:\s+(?:standard|level|target|performance))?$/iu,
];
const ROLE_COLUMN =
  /^(?:(?:responsible|accountable)\s+(?:officials?|officers?|managers?|persons?|owners?|leads?|executives?|directors?)|(?:(?:job|staff|employee|accountable|responsible|owning|owner|lead)\s+)?(?:roles?|positions?|posts?|job\s*titles?|jobs?)(?:\s+(?:names?|titles?|accountable|responsible|owner|holder))?|rolle|stelle|funktion|postes?|fonction|rol|functie|puesto|cargo|roll|befattning)$/iu;
const TEAM_COLUMN = /^(?:teams?(?:\s+name)?|équipe|equipo|(?:\p{L}+\s+)?groups?)$/iu;
/** A section of the organisation the rows belong to ("Section", "Ward", "Lab section"): whom the KPIs are for, where nothing else says. */
const SECTION_COLUMN = /^(?:(?:lab(?:oratory)?\s+)?sections?|wards?|sites?|stores?|branch(?:es)?)$/iu;
const GROUP_COLUMN =
  /^(?:(?:owning|responsible|lead)\s+)?(?:(?:departments?|dept\.?|divisions?|directorates?|functions?|business\s+units?|(?:service\s+)?areas?|services?|teams?)(?:\s+name)?|bereich|abteilung|département|direction|afdeling|departamento|área|avdelning)$/iu;
const POLARITY_COLUMN =
  /^(?:polarity|direction|target\s+type|min\s*\/\s*max|max\s*\/\s*min|better(?:\s+(?:if|when|is))?(?=\s*$|\s+\S)|good\s+is|desired\s+(?:trend|direction)|polarität|richtung|polarité|sens|polariteit|polaridad|sentido)(?![\p{L}])/iu;
/** Where the measure stood before ("Baseline 2023/24", "Start value"): a target above it is to be reached upwards. */
const BASELINE_COLUMN =
  /^(?:(?:\S+\s+)?baseline(?:\s+\S+)?|start(?:ing)?\s+(?:value|point|level)|ausgangswert|valeur\s+de\s+départ|nulmeting)$/iu;
const UNIT_COLUMN = /^(?:units?(?:\s+of\s+measures?)?|uom|einheit|unité|eenheid|unidad|enhet)$/iu;
const DESCRIPTION_COLUMN = /^(?:descriptions?|definitions?|details|how (?:it(?: is|['’]s) )?measured|notes?|formula|calculation)\b/i;

export interface TableColumns {
  measure: number;
  target: number;
  role: number;
  group: number;
  polarity: number;
  unit: number;
  baseline: number;
  description: number;
  /** The header's cells, by column, for attributes. */
  header: readonly Cell[];
}

/**
 * A header's names: the whole, and each half of a bilingual "Role / Functie" or a qualified "Role
 * (accountable)"; a SharePoint list's internal name decoded ("Position_x0020_Title" is "Position
 * Title"); a tracker's "Custom field (Role)" is "Role".
 */
const names = (text: string): string[] => {
  const t = text
    .trim()
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .trim();
  const wrapped = /^(?:custom\s+field|field|column)\s*\(([^)]+)\)$/i.exec(t)?.[1]?.trim();
  return [t, ...(wrapped ? [wrapped] : []), ...t.split(/\s+\/\s+/), t.replace(/\s*\([^)]*\)\s*$/, '')].filter(
    (n, i, all) => n && all.indexOf(n) === i,
  );
};

/** The index of the first header cell matching `re` and not taken, or -1. */
function find(header: readonly Cell[], re: RegExp, taken: Set<number>): number {
  const i = header.findIndex((c, k) => !taken.has(k) && names(c.text).some((n) => re.test(n)) && !ID_COLUMN.test(c.text.trim()));
  if (i >= 0) taken.add(i);
  return i;
}

/** A list's or tracker's title column: "Name" (Notion, SharePoint), "Summary" (Jira). */
const NAME_COLUMN = /^(?:names?|summary)$/i;
const orElse = (i: number, next: () => number): number => (i >= 0 ? i : next());

/** The column an editor's hint names, by its exact header (case and spacing aside), or -1. */
function hinted(header: readonly Cell[], name: string | undefined, taken: Set<number>): number {
  if (!name) return -1;
  const i = header.findIndex((c, k) => !taken.has(k) && nameKey(c.text) === nameKey(name));
  if (i >= 0) taken.add(i);
  return i;
}

/** Reads a header row: which column is which (-1 for none); `hints` name columns the rules miss. */
export function tableColumns(header: readonly Cell[], hints: ColumnHints = {}): TableColumns {
  const taken = new Set<number>();
  const fromHints = {
    role: hinted(header, hints.role, taken),
    group: hinted(header, hints.group, taken),
    measure: hinted(header, hints.measure, taken),
    target: hinted(header, hints.target, taken),
    unit: hinted(header, hints.unit, taken),
    polarity: hinted(header, hints.polarity, taken),
  };
  const columns = readColumns(header, taken);
  for (const [name, i] of Object.entries(fromHints) as [keyof typeof fromHints, number][]) if (i >= 0) columns[name] = i;
  return columns;
}

function readColumns(header: readonly Cell[], taken: Set<number>): TableColumns {
  const role = find(header, ROLE_COLUMN, taken);
  // With no role column, a Team column names whom the KPIs are for; with one, it groups them. With
  // neither, a section of the organisation does. (An Owner column does not: under a role's heading
  // it names who in the team answers for the KPI.)
  const team = role < 0 ? find(header, TEAM_COLUMN, taken) : -1;
  const section = role < 0 && team < 0 ? find(header, SECTION_COLUMN, taken) : -1;
  const group = find(header, GROUP_COLUMN, taken);
  // "Target type" (Min, Max) says the direction; it is taken before the target columns are looked for.
  const polarity = find(header, POLARITY_COLUMN, taken);
  const named = find(header, MEASURE_COLUMN, taken);
  const target = TARGET_COLUMNS.reduce((found, re) => orElse(found, () => find(header, re, taken)), -1);
  // "Name" names the KPI only in a table of targets: in the first column (a database export's
  // title column) or where no role is named; elsewhere beside a role, or with no target, it is a
  // person's name (a form's "Name | Staff number").
  const measure = orElse(named, () => {
    if (target < 0) return -1;
    const name = find(header, NAME_COLUMN, taken);
    if (name === 0 || (name > 0 && role < 0 && team < 0)) return name;
    if (name > 0) taken.delete(name);
    return -1;
  });
  return {
    role: role >= 0 ? role : team >= 0 ? team : section,
    group,
    measure,
    target,
    polarity,
    unit: find(header, UNIT_COLUMN, taken),
    baseline: find(header, BASELINE_COLUMN, taken),
    description: find(header, DESCRIPTION_COLUMN, taken),
    header,
  };
}

/** The share of a column's filled body cells that hold a digit. */
function digitShare(body: readonly (readonly Cell[])[], i: number): number {
  const filled = body.filter((r) => r[i]?.text.trim());
  return filled.length === 0 ? 0 : filled.filter((r) => /\d/.test(r[i]!.text)).length / filled.length;
}

/**
 * The columns checked against the rows under the header: a target column whose cells hold no
 * numbers ("Standard" naming each standard, beside "Minimum" holding "75%") is no target column,
 * and another column named like one whose cells do hold numbers is; the first then names the KPIs.
 */
export function settleColumns(columns: TableColumns, body: readonly (readonly Cell[])[]): TableColumns {
  const settled = settleTarget(columns, body);
  return settled.measure >= 0 || settled.target < 0 || settled.role < 0
    ? settled
    : { ...settled, measure: measureByContent(settled, body) };
}

/**
 * A register whose measure column has a name no rule knows ("Performance area", "Indicator
 * description"): the first column of text that is not an identifier and holds no numbers names the KPIs.
 */
function measureByContent(columns: TableColumns, body: readonly (readonly Cell[])[]): number {
  const used = new Set([columns.target, columns.role, columns.group, columns.unit, columns.polarity, columns.baseline]);
  return columns.header.findIndex(
    (c, i) =>
      !used.has(i) && !ID_COLUMN.test(c.text.trim()) && digitShare(body, i) < 0.5 && body.some((r) => /\p{L}{3}/u.test(r[i]?.text ?? '')),
  );
}

function settleTarget(columns: TableColumns, body: readonly (readonly Cell[])[]): TableColumns {
  if (columns.target < 0 || body.length === 0 || digitShare(body, columns.target) >= 0.5) return columns;
  const used = new Set([columns.target, columns.measure, columns.role, columns.group, columns.unit, columns.polarity, columns.description]);
  const other = columns.header.findIndex(
    (c, i) => !used.has(i) && TARGET_COLUMNS.some((re) => names(c.text).some((n) => re.test(n))) && digitShare(body, i) >= 0.5,
  );
  if (other < 0) return columns;
  return { ...columns, target: other, measure: columns.measure >= 0 ? columns.measure : columns.target };
}

/** A register: a table whose rows name the role each KPI belongs to. */
export const isRegister = (columns: TableColumns): boolean => columns.role >= 0 && columns.measure >= 0;

const LOWER =
  /(?<![\p{L}])(?:lower|less|fewer|smaller|decreas\p{L}*|reduc\p{L}*|minimi[sz]\p{L}*|down(?:wards?)?|below|under|niedriger|weniger|geringer|kleiner|moins|lager|minder|menor|lägre)(?![\p{L}])|[↓▼⬇]|^-$/iu;
const HIGHER =
  /(?<![\p{L}])(?:higher|more|greater|bigger|increas\p{L}*|maximi[sz]\p{L}*|up(?:wards?)?|above|over|höher|mehr|größer|plus|hoger|meer|mayor|högre)(?![\p{L}])|[↑▲⬆]|^\+$/iu;

/** A polarity cell's direction: "Lower is better", "↓", "Decrease" → at-most; null when it says neither. */
export function polarityOf(text: string): Exclude<Direction, 'between'> | null {
  // "Max" or "Maximum": the target is a ceiling; "Min": a floor.
  if (/^\s*max(?:imum)?\.?\s*$/i.test(text)) return 'at-most';
  if (/^\s*min(?:imum)?\.?\s*$/i.test(text)) return 'at-least';
  const lower = LOWER.test(text);
  const higher = HIGHER.test(text);
  if (lower === higher) return null;
  return lower ? 'at-most' : 'at-least';
}

/** The columns kept as attributes of a row's KPI: all but measure, target, role, group and description. */
export function attributeColumns(columns: TableColumns): number[] {
  // The measure's column is the first when no column names it (a table under a role).
  const used = new Set([Math.max(columns.measure, 0), columns.target, columns.role, columns.group, columns.description]);
  return columns.header.map((_, i) => i).filter((i) => !used.has(i));
}
