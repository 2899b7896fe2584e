import { describe, expect, it } from 'vitest';
import { escapeControls, showDirectionControls } from '../../src/lib/control-characters.ts';
import { formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { parseDocument } from '../../src/lib/read/parse-document.ts';

describe('escapeControls', () => {
  it('writes every control, line break and direction character as its escape', () => {
    expect(escapeControls('seeds/\x1b[2Jx.md')).toBe('seeds/\\x1b[2Jx.md');
    expect(escapeControls('a.md\n[build] Complete!')).toBe('a.md\\x0a[build] Complete!');
    expect(escapeControls('\u202Edm.stpk\u2066\u2028\u0085')).toBe('\\u202edm.stpk\\u2066\\u2028\\x85');
    expect(escapeControls('Café – 95 % ≤ 2 d')).toBe('Café – 95 % ≤ 2 d');
  });

  it('leaves no control character in a formatted diagnostic', () => {
    const line = formatDiagnostic({
      file: 'seeds/\x1b]0;x\x07.md',
      line: 2,
      column: 1,
      severity: 'warning',
      code: 'skipped-file',
      message: 'A\r\nB',
    });
    expect(line).toBe('seeds/\\x1b]0;x\\x07.md:2:1  warning  skipped-file  A\\x0d\\x0aB');
    expect(line).not.toMatch(/\p{Cc}/u);
  });

  it('shows direction controls in a source line instead of obeying them', () => {
    expect(showDirectionControls('Role: \u202EtsylanA\tx')).toBe('Role: \\u202etsylanA\tx');
  });
});

describe('direction controls in documents', () => {
  it('are removed from names, each removal noted where it was', () => {
    const r = parseDocument('seeds/a.md', new TextEncoder().encode('# KPIs\n\n## \u202Etsylana\u202C Lead\n\n- 90% answered\n'));
    expect(r.document!.draft.roles.map((x) => x.name)).toEqual(['tsylana Lead']);
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toContain(
      "seeds/a.md:3:4  warning  bidi-control-removed  Removed 2 invisible text-direction controls (U+202E, U+202C), which can make a name display as something else. Check the line in the document's source; type it again without them if it was copied from elsewhere.",
    );
    expect(r.document!.originalLines[2]).toContain('\u202E');
  });
});
