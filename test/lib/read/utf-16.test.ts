import { describe, expect, it } from 'vitest';
import { parseFile } from '../helpers.ts';

describe('UTF-16 documents', () => {
  const utf8 = '# Support KPIs';
  for (const file of ['utf-16le-bom.txt', 'utf-16be-bom.txt', 'utf-16le-no-bom.txt']) {
    it(`${file} is read like any text file, with a note`, () => {
      const r = parseFile(`test/fixtures/bad/${file}`);
      const doc = r.document!;
      expect(doc.title).toBe(utf8.slice(2));
      expect(doc.lines[6]).toBe('- Café visits: 3 per week £12.50 ≤ “quoted”');
      expect(doc.coverage.accounted).toBe(doc.coverage.nonBlank);
      expect(r.diagnostics.map((d) => d.code)).toContain('utf-16-read');
      expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(doc.encoding).toBe(file.includes('be') ? 'utf-16be' : 'utf-16le');
    });
  }
});
