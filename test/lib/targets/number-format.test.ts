import { describe, expect, it } from 'vitest';
import { ambiguousNumbers, decimalMarkOf, dollarOf, kronaOf, localiseNumbers } from '../../../src/lib/targets/number-format.ts';
import { readTarget } from '../../../src/lib/targets/parse-target.ts';

describe('decimalMarkOf', () => {
  it('decides a document writes decimal commas only from numbers that can mean one thing', () => {
    expect(decimalMarkOf(['99,5 %', '€ 1.250.000', '1,5 Tage'])).toBe(',');
    expect(decimalMarkOf(['99.5%', '$1,250,000', '1.5 days'])).toBe('.');
    expect(decimalMarkOf(['1,250 tickets'])).toBe('.');
    expect(decimalMarkOf([])).toBe('.');
  });
});

describe('localiseNumbers', () => {
  it('rewrites numbers one character for one, so every phrase keeps its place', () => {
    for (const [text, mark, out] of [
      ['≤ € 1.250.000 per quarter', ',', '≤ € 1,250,000 per quarter'],
      ['99,5 %', ',', '99.5 %'],
      ['1 250 000 kr', '.', '1,250,000 kr'],
      ["1'250'000", '.', '1,250,000'],
      ['1 800 parts', '.', '1,800 parts'],
      ['top 3 100', '.', 'top 3 100'],
      ['closed by 30.09.2025', ',', 'closed by 30.09.2025'],
    ] as const) {
      expect(localiseNumbers(text, mark)).toBe(out);
      expect(localiseNumbers(text, mark)).toHaveLength(text.length);
    }
  });

  it('lets the target grammar read a document in its own convention', () => {
    expect(readTarget(localiseNumbers('≤ € 1.250.000', ','))).toMatchObject({
      target: { value: 1250000, currency: 'EUR', direction: 'at-most' },
    });
    expect(readTarget(localiseNumbers('0,11 €', ','))).toMatchObject({ target: { value: 0.11, currency: 'EUR' } });
  });
});

describe('ambiguousNumbers', () => {
  it('finds a number with one separator before exactly three digits', () => {
    expect(ambiguousNumbers('at least 1.250 or 1,250 but not 1.25 or 1.250.000')).toEqual([
      { text: '1.250', index: 9 },
      { text: '1,250', index: 18 },
    ]);
  });
});

describe('dollarOf', () => {
  it('reads a bare "$" as the one dollar a document names, else as no decision', () => {
    expect(dollarOf(['All figures in AUD, excluding GST.', 'Margin: $14.50'])).toBe('AUD');
    expect(dollarOf(['Budget: C$ 2.4m', 'Cost: $30'])).toBe('CAD');
    expect(dollarOf(['Cost: $30'])).toBeUndefined();
    expect(dollarOf(['USD 2M and AUD 3M'])).toBeUndefined();
  });
  it('reads it as the dollar of the country the document shows, unless it also names the United States', () => {
    expect(dollarOf(['Motor Claims (NSW/ACT and QLD hubs)', 'Under $4,800'])).toBe('AUD');
    expect(dollarOf(['Offices in Auckland, New Zealand', '$1.8m'])).toBe('NZD');
    expect(dollarOf(['Offices in Sydney, Australia and Chicago, USA', '$30'])).toBeUndefined();
    expect(dollarOf(['Australia and Canada teams', '$30'])).toBeUndefined();
  });
});

describe('kronaOf', () => {
  it('reads a bare "kr" as the one code a document names, else by the letters of its language', () => {
    expect(kronaOf(['Alla belopp i SEK', '≤ 310 kr'])).toBe('SEK');
    expect(kronaOf(['Målen gäller för lagret och följs upp månadsvis', '≤ 310 kr'])).toBe('SEK');
    expect(
      kronaOf(['Målene følges opp av lederen, og kostnaden skal være lav før året er ferdig; løpende oppfølging', 'Kostnad: ≤ 310 kr']),
    ).toBe('NOK');
    expect(
      kronaOf(['Målene følges op af lederen, og omkostningen skal være lav før året er færdigt; løbende opfølgning', 'Pris: ≤ 310 kr']),
    ).toBe('DKK');
    expect(kronaOf(['Freight cost per pallet: ≤ 310 kr'])).toBeUndefined();
    expect(kronaOf(['SEK and NOK budgets'])).toBeUndefined();
  });
});
