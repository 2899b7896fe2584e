/**
 * Excel stores "90 %" as 0.9 and "£4,500,000" as 4500000, and shows them through the cell's number
 * format; read-excel-file returns the stored number. This finds, per sheet, the numeric cells whose
 * format shows more than the number (a percentage, a currency, literal text such as `"≥ "0%`) and
 * says how the sheet shows each, so a target reads as the sheet shows it: "90%", never 0.9.
 */
import type JSZip from 'jszip';

/** Attributes of one XML start tag, by name. */
function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Zero-based row and column of an A1-style address ("F5" → [4, 5]). */
function address(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const column = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

/** How a format shows a number: text before and after it, and whether it is a percentage. */
export interface Shown {
  prefix: string;
  suffix: string;
  percent: boolean;
}

/**
 * Reads a number format's first section ("positive numbers"): quoted and escaped literals, a
 * currency tag ("[$€-407]"), bare currency symbols and "%". Null for a date or time format, or
 * one that shows the number alone.
 */
export function readFormat(code: string): Shown | null {
  const section = code.split(';')[0] ?? '';
  const tokens = [...section.matchAll(/"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|([0#?.,]+)|(%)|([£€$¥])|([dmyhs]+)|(.)/giu)];
  let prefix = '';
  let suffix = '';
  let seenNumber = false;
  let percent = false;
  for (const t of tokens) {
    const literal = t[1] ?? t[2] ?? t[3] ?? t[6];
    if (t[7] && !seenNumber) return null;
    if (t[4]) seenNumber = true;
    else if (t[5]) percent = true;
    else if (literal !== undefined) {
      if (seenNumber) suffix += literal;
      else prefix += literal;
    } else if (t[8] && !/[_*]/.test(t[8])) {
      if (seenNumber) suffix += t[8];
      else prefix += t[8];
    }
  }
  if (!seenNumber || (!percent && !prefix.trim() && !suffix.trim())) return null;
  return { prefix, suffix, percent };
}

/** Built-in number formats that show a percentage (9: "0%", 10: "0.00%"). */
const BUILT_IN: Record<number, string> = { 9: '0%', 10: '0.00%' };

/** For each style index whose number format shows more than the number, how it shows it. */
function styleFormats(stylesXml: string): Map<number, Shown> {
  const custom = new Map(
    [...stylesXml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      return [Number(a.get('numFmtId')), unescapeXml(a.get('formatCode') ?? '')] as const;
    }),
  );
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Map<number, Shown>();
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = Number(attributes(m[0]).get('numFmtId') ?? 0);
    const shown = readFormat(custom.get(id) ?? BUILT_IN[id] ?? '');
    if (shown) out.set(i, shown);
  });
  return out;
}

export interface FormattedCell {
  stored: number;
  shown: Shown;
}

/** For each sheet name, its formatted numeric cells by "row,column", with the stored value. */
export async function formattedCells(zip: JSZip): Promise<Map<string, Map<string, FormattedCell>>> {
  const out = new Map<string, Map<string, FormattedCell>>();
  const styles = styleFormats((await zip.file('xl/styles.xml')?.async('string')) ?? '');
  if (styles.size === 0) return out;
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      return [a.get('Id') ?? '', (a.get('Target') ?? '').replace(/^\/?(?:xl\/)?/, 'xl/')] as const;
    }),
  );
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const xml = await zip.file(targets.get(a.get('r:id') ?? '') ?? '')?.async('string');
    if (!xml) continue;
    const cells = new Map<string, FormattedCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ca = attributes(c[1]!);
      const value = /<v>([^<]*)<\/v>/.exec(c[2] ?? '')?.[1];
      const at = address(ca.get('r') ?? '');
      const shown = styles.get(Number(ca.get('s') ?? -1));
      if (!at || value === undefined || (ca.get('t') ?? 'n') !== 'n' || !shown) continue;
      cells.set(`${at[0]},${at[1]}`, { stored: Number(value), shown });
    }
    if (cells.size > 0) out.set(unescapeXml(a.get('name') ?? ''), cells);
  }
  return out;
}

/** A formatted cell's text as the sheet shows it: 0.925 → "92.5%", 4500000 → "£4500000" (rounded to hide binary noise). */
export function shownText(cell: FormattedCell): string {
  const n = Number((cell.shown.percent ? cell.stored * 100 : cell.stored).toPrecision(12));
  return `${cell.shown.prefix}${n}${cell.shown.percent ? '%' : ''}${cell.shown.suffix}`.trim();
}
