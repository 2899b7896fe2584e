import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/lib/handbook/slugify.ts';

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
    const taken = new Set<string>();
    expect([uniqueSlug('a', taken), uniqueSlug('a', taken), uniqueSlug('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });
});
