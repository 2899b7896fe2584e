/**
 * The 1-based line on which each element of a top-level JSON array starts, so messages about an
 * entry of a hand-written JSON file can point at it. Strings are skipped, so brackets inside them
 * do not count; the text is assumed to be valid JSON (it is parsed separately).
 */
export function arrayEntryLines(json: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectEntry = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === '"') {
      if (depth === 1 && expectEntry) {
        lines.push(line);
        expectEntry = false;
      }
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectEntry && c !== ']') {
      lines.push(line);
      expectEntry = false;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectEntry = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectEntry = true;
  }
  return lines;
}
