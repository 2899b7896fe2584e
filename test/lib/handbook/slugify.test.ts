import { describe, expect, it } from 'vitest';
import { SlugScope, slugify } from '../../../src/lib/handbook/slugify.ts';

describe('slugify', () => {
  it('makes readable ids', () => {
    expect(slugify('Head of operations')).toBe('head-of-operations');
    expect(slugify('UX / UI Designer')).toBe('ux-ui-designer');
    expect(slugify('Sales & Marketing Intern')).toBe('sales-and-marketing-intern');
    expect(slugify('Company’s Café')).toBe('companys-cafe');
    expect(slugify('***')).toBe('untitled');
    expect(slugify('one two three four', 2)).toBe('one-two');
  });

  it('keeps every id short enough to be a folder name, cutting at a whole word when it can', () => {
    expect(slugify('x'.repeat(260))).toBe('x'.repeat(100));
    const long = slugify(
      'Senior principal staff engineering manager for platform reliability and developer experience across the region',
      20,
    );
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toBe('senior-principal-staff-engineering-manager-for-platform-reliability-and-developer-experience-across');
  });

  it('numbers repeats', () => {
    const scope = new SlugScope();
    expect([scope.unique('a'), scope.unique('a'), scope.unique('a')]).toEqual(['a', 'a-2', 'a-3']);
  });

  it('skips a suffix another name already took, and never hands out one slug twice', () => {
    const scope = new SlugScope();
    const got = ['a-2', 'a', 'a', 'a', 'a-2', 'a-3'].map((s) => scope.unique(s));
    expect(got).toEqual(['a-2', 'a', 'a-3', 'a-4', 'a-2-2', 'a-3-2']);
    expect(new Set(got).size).toBe(got.length);
  });

  it('counts on from the last suffix, so many repeats stay linear', () => {
    const scope = new SlugScope();
    // Counting up from "-2" each time would make about 2·10⁹ set lookups here; each call makes one or two.
    const ids = Array.from({ length: 100_000 }, () => scope.unique('same'));
    expect(ids.at(-1)).toBe('same-100000');
    expect(new Set(ids).size).toBe(100_000);
  });
});
