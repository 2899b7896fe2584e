/**
 * Excel stores "90 %" as 0.9 in a cell formatted as a percentage, and read-excel-file returns the
 * stored number. This finds, per sheet, the cells whose number format shows a percentage (built-in
 * formats 9 and 10, or a custom format with an unquoted "%"), so that the reader can show them as
 * the sheet does: a target of "90%", never 0.9.
 */
import type JSZip from 'jszip';

/** Attributes of one XML start tag, by name. */
function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** Zero-based row and column of an A1-style address ("F5" → [4, 5]). */
function address(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const column = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

/** The style indexes whose number format is a percentage. */
function percentStyles(stylesXml: string): Set<number> {
  const custom = new Map(
    [...stylesXml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      return [Number(a.get('numFmtId')), a.get('formatCode') ?? ''] as const;
    }),
  );
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = Number(attributes(m[0]).get('numFmtId') ?? 0);
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\\./g, '');
    if (id === 9 || id === 10 || code.includes('%')) out.add(i);
  });
  return out;
}

/** For each sheet name, the "row,column" keys of its numeric cells shown as percentages, with their stored value. */
export async function percentCells(zip: JSZip): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  const styles = percentStyles((await zip.file('xl/styles.xml')?.async('string')) ?? '');
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
    const cells = new Map<string, number>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ca = attributes(c[1]!);
      const value = /<v>([^<]*)<\/v>/.exec(c[2] ?? '')?.[1];
      const at = address(ca.get('r') ?? '');
      if (!at || value === undefined || (ca.get('t') ?? 'n') !== 'n' || !styles.has(Number(ca.get('s') ?? -1))) continue;
      cells.set(`${at[0]},${at[1]}`, Number(value));
    }
    if (cells.size > 0) out.set(a.get('name') ?? '', cells);
  }
  return out;
}

/** A percentage cell's text as the sheet shows it: 0.925 → "92.5%" (rounded to hide binary noise). */
export const percentText = (stored: number): string => `${Number((stored * 100).toPrecision(12))}%`;
