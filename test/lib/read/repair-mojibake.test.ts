import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/lib/read/repair-mojibake.ts';

describe('repairMojibake', () => {
  it('repairs the apostrophe in the 000 seed', () => {
    expect(repairMojibake('companyâ€™s products')).toEqual({ text: 'company’s products', repairs: [{ index: 7, from: 'â€™', to: '’' }] });
  });

  it('repairs accented letters, dashes and quotes', () => {
    expect(repairMojibake('cafÃ© â€“ â€œhiâ€\u009D').text).toBe('café – “hi”');
  });

  it('leaves correct text alone', () => {
    expect(repairMojibake('company’s café – naïve Ã')).toEqual({ text: 'company’s café – naïve Ã', repairs: [] });
  });
});
