import { describe, expect, it } from 'vitest';
import { isInside, skipReason } from '../../../src/lib/read/intake.ts';

describe('skipReason', () => {
  it('skips hidden files, backups and the README, and reads everything else', () => {
    expect(
      ['.DS_Store', 'kpis.txt~', '#kpis.md#', 'kpis.md.bak', '.kpis.md.swp', '~$kpis.docx', 'README.md', 'readme'].map(skipReason),
    ).toEqual([
      'a hidden file',
      'an editor backup or lock file',
      'an editor backup or lock file',
      'an editor backup or lock file',
      'a hidden file',
      'an editor backup or lock file',
      "the folder's README",
      "the folder's README",
    ]);
    expect(['kpis.txt', 'readme-first-kpis.md', 'finance', 'Q3 targets.md'].map(skipReason)).toEqual([null, null, null, null]);
  });
});

describe('isInside', () => {
  it('tells a path inside the folder from one beside it', () => {
    expect(isInside('/w/seeds', '/w/seeds/a.txt')).toBe(true);
    expect(isInside('/w/seeds/', '/w/seeds/sub/a.txt')).toBe(true);
    expect(isInside('/w/seeds', '/w/seeds-old/a.txt')).toBe(false);
    expect(isInside('/w/seeds', '/etc/passwd')).toBe(false);
  });
});
