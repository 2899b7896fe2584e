/** Splits decoded text into lines and normalises them (BOM, CRLF, NBSP, mojibake), recording each change. */

import type { Nodes, Root } from 'hast';
import { DIRECTION_CONTROL_RE } from '../control-characters.ts';
import type { Normalisation } from '../schema.ts';
import { repairMojibake } from './repair-mojibake.ts';

export interface NormalisedText {
  /** Lines after normalisation; line n is at index n - 1. */
  lines: string[];
  /** Lines exactly as decoded (without terminators and BOM), for the faithful source view. */
  originalLines: string[];
  normalisations: Normalisation[];
}

/** U+00A0 and its narrow sibling U+202F both render as a space and should be read as one. */
const NBSP_RE = /[\u00A0\u202F]/g;

/** Normalises decoded document text line by line; line numbers are never shifted. */
export function normalizeText(text: string): NormalisedText {
  const normalisations: Normalisation[] = [];
  let body = text;
  if (body.startsWith('\uFEFF')) {
    body = body.slice(1);
    normalisations.push({ kind: 'bom', line: 1, column: 1, from: '\uFEFF', to: '' });
  }
  const firstCrlf = body.indexOf('\r\n');
  if (firstCrlf >= 0) {
    const line = body.slice(0, firstCrlf).split(/\n|\r/).length;
    normalisations.push({ kind: 'crlf', line, column: firstCrlf + 1, from: '\r\n', to: '\n' });
  }
  const originalLines = body.split(/\r\n|\n|\r/);
  // A final newline ends the last line; it does not start an empty one.
  if (originalLines.length > 1 && originalLines.at(-1) === '') originalLines.pop();
  const lines = originalLines.map((original, i) => {
    const line = i + 1;
    let current = original.replace(NBSP_RE, (ch, col: number) => {
      normalisations.push({ kind: 'nbsp', line, column: col + 1, from: ch, to: ' ' });
      return ' ';
    });
    // Removed, each removal noted: see DIRECTION_CONTROL_RE.
    current = current.replace(DIRECTION_CONTROL_RE, (ch, col: number) => {
      normalisations.push({ kind: 'bidi', line, column: col + 1, from: ch, to: '' });
      return '';
    });
    const repaired = repairMojibake(current);
    for (const r of repaired.repairs) {
      normalisations.push({ kind: 'mojibake', line, column: r.index + 1, from: r.from, to: r.to });
    }
    current = repaired.text;
    return current;
  });
  return { lines, originalLines, normalisations };
}

/** The same normalisation on a hast tree's text, in place, for a document whose lines are made from it (Word). */
export function normalizeTree(tree: Root): Root {
  const visit = (node: Nodes) => {
    if (node.type === 'text') node.value = repairMojibake(node.value.replace(NBSP_RE, ' ').replace(DIRECTION_CONTROL_RE, '')).text;
    else if ('children' in node) for (const c of node.children) visit(c);
  };
  visit(tree);
  return tree;
}
