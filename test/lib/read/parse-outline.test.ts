import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { handbookOf, parseFile } from '../helpers.ts';

const result = parseFile('test/fixtures/outline/variants.txt');
const book = buildHandbook([result.document!]);

describe('parseOutline', () => {
  it('reads the title line and introduction', () => {
    expect(book.documents[0]).toMatchObject({
      title: 'Operations handbook - roles and measures',
      format: 'outline',
      introduction: 'This outline is exported from the wiki every month.',
    });
  });

  it('reads every bullet style: -, *, ·, •, 1. and 1)', () => {
    expect(book.kpis.map((k) => k.source.line)).toEqual([8, 10, 12, 15, 16, 21, 22, 29]);
  });

  it('joins continuation lines to their item', () => {
    const [payments, readiness] = book.kpis;
    expect(payments).toMatchObject({
      name: 'Supplier Payments',
      description: 'Percentage of supplier invoices paid within terms, measured monthly by finance.',
      source: { line: 8, endLine: 9 },
    });
    expect(readiness).toMatchObject({
      text: 'Office Readiness: Rooms booked and ready before each client visit',
      source: { line: 10, endLine: 11 },
    });
  });

  it('keeps an item without a name', () => {
    expect(book.kpis[2]).toMatchObject({ name: 'Reduction in facility tickets through preventive maintenance.', description: null });
  });

  it('reads sections, groups and not-available roles', () => {
    expect(book.roles.map((r) => [r.name, r.status, r.sections])).toEqual([
      ['Office Manager', 'active', ['Project-Related Metrics', 'Area-Specific KPIs']],
      ['People Partner', 'active', ['Role/Area-Specific Metrics']],
      ['Facilities Lead', 'not-available', ['Project-Related Metrics']],
    ]);
  });

  it('reads a glossary and recognises page chrome', () => {
    expect(book.definitions.map((d) => d.term)).toEqual(['Time to Hire', 'Variance']);
    expect(book.documents[0]!.coverage).toMatchObject({ unaccounted: [], byKind: { chrome: 3, continuation: 2 } });
  });

  it('reads a role with no title line and bullets right under it', () => {
    const { handbook } = handbookOf('Barista\n• Drinks served: 150 drinks per shift\n• Rating: 4.5/5\n');
    expect(handbook.documents[0]!.titleDerived).toBe(true);
    expect(handbook.roles.map((r) => [r.name, r.kpiCount, r.targetCount])).toEqual([['Barista', 2, 2]]);
  });
});
