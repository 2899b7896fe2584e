import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/read/normalize-text.ts';

describe('normalizeText', () => {
  it('strips a BOM, accepts CRLF and keeps line numbers', () => {
    const n = normalizeText('\uFEFFa\r\nb\r\n\r\nc\r\n');
    expect(n.lines).toEqual(['a', 'b', '', 'c']);
    expect(n.normalisations.map((x) => x.kind)).toEqual(['bom', 'crlf']);
  });

  it('reads non-breaking spaces as spaces and says where', () => {
    const n = normalizeText('x\n\u00A0\n25k\u00A0calls');
    expect(n.lines).toEqual(['x', ' ', '25k calls']);
    expect(n.originalLines[2]).toBe('25k\u00A0calls');
    expect(n.normalisations).toEqual([
      { kind: 'nbsp', line: 2, column: 1, from: '\u00A0', to: ' ' },
      { kind: 'nbsp', line: 3, column: 4, from: '\u00A0', to: ' ' },
    ]);
  });

  it('repairs mojibake with its line and column', () => {
    const n = normalizeText('title\nthe teamâ€™s goal');
    expect(n.lines[1]).toBe('the team’s goal');
    expect(n.normalisations).toEqual([{ kind: 'mojibake', line: 2, column: 9, from: 'â€™', to: '’' }]);
  });

  it('keeps a last line without a newline', () => {
    expect(normalizeText('a\nb').lines).toEqual(['a', 'b']);
  });
});
