import { describe, expect, it } from 'vitest';
import { handbookOf } from '../helpers.ts';

/** Each KPI's name with the direction its target was given. */
const directions = (items: string[]) =>
  handbookOf(`# KPIs\n\n## Manager\n\n${items.map((i) => `- ${i}`).join('\n')}\n`, 'seeds/k.md').handbook.kpis.map((k) => [
    k.name,
    k.target?.direction,
  ]);

describe('a direction from the KPI name, where the target states none', () => {
  it('keeps a cost, waste or complaints down and hours contributed up', () => {
    expect(directions(['IT cost per user: £1,200', 'Waste: 2%', 'Complaints: 5', 'Volunteer hours contributed: 2,500 hours'])).toEqual([
      ['IT cost per user', 'at-most'],
      ['Waste', 'at-most'],
      ['Complaints', 'at-most'],
      ['Volunteer hours contributed', 'at-least'],
    ]);
  });

  it('reads time in each period as time given, "capped at" as a ceiling, and no word in parentheses', () => {
    expect(
      directions([
        'Floor hours: 4 hours per week',
        'Downtime: 2 hours per month',
        'Agency hours: capped at 15%',
        'Upsell revenue (upgrades, late checkout): £6,500',
      ]),
    ).toEqual([
      ['Floor hours', 'at-least'],
      ['Downtime', 'at-most'],
      ['Agency hours', 'at-most'],
      ['Upsell revenue (upgrades, late checkout)', 'at-least'],
    ]);
  });

  it('keeps hours spent on something and the accuracy of catching errors up, time lost down', () => {
    expect(
      directions(['Business development hours: 40 hours', 'Overtime hours: 10 hours', 'Fatal error identification accuracy: 95%']),
    ).toEqual([
      ['Business development hours', 'at-least'],
      ['Overtime hours', 'at-most'],
      ['Fatal error identification accuracy', 'at-least'],
    ]);
  });

  it('keeps what each customer spends, and penalties upheld on appeal, up', () => {
    expect(
      directions(['Secondary spend per visitor: £4.20', 'Penalty fares upheld on appeal: 90%', 'Complaints resolved within 10 days: 95%']),
    ).toEqual([
      ['Secondary spend per visitor', 'at-least'],
      ['Penalty fares upheld on appeal', 'at-least'],
      ['Complaints resolved within 10 days', 'at-least'],
    ]);
  });
});

describe('a Unit cell naming a currency in words', () => {
  it('completes a bare amount as that currency', () => {
    const { handbook } = handbookOf(
      '# Plan\n\n## CFO\n\n| KPI | Unit | Target |\n| --- | --- | --- |\n| Revenue collected | Rand | 186 500 000 |\n',
      'seeds/p.md',
    );
    expect(handbook.kpis[0]?.target).toMatchObject({ kind: 'currency', currency: 'ZAR', value: 186_500_000 });
  });
});

describe('a baseline column', () => {
  it('gives the direction a target lies from it', () => {
    const { handbook } = handbookOf(
      '# Goals\n\n## Housekeeper\n\n| Goal title | Start value | Target value |\n| --- | --- | --- |\n| Out-of-order room nights | 260 | 200 |\n| Cleanliness score | 8.7 | 9.2 |\n',
      'seeds/g.md',
    );
    expect(handbook.kpis.map((k) => k.target?.direction)).toEqual(['at-most', 'at-least']);
  });
});

describe('a direction from the KPI name: what goes without it, and satisfaction with it', () => {
  it('keeps "without error" and "satisfaction with complaint handling" up, and errors down', () => {
    expect(
      directions(['Loadsheets issued without error: 99.8%', 'Satisfaction with complaint handling: 60%', 'Loadsheet errors: 2']),
    ).toEqual([
      ['Loadsheets issued without error', 'at-least'],
      ['Satisfaction with complaint handling', 'at-least'],
      ['Loadsheet errors', 'at-most'],
    ]);
  });

  it('completes a bare target with a unit of time the name gives in any spelling', () => {
    const h = handbookOf(
      '# KPIs\n\n## Registrar\n\n| KPI | Target |\n|---|---|\n| Time to register a plan (business days) | 15 |\n| Wartezeit (Tage) | 3 |\n',
      'seeds/k.md',
    ).handbook;
    expect(h.kpis.map((k) => `${k.target?.value} ${k.target?.unit}`)).toEqual(['15 business d', '3 d']);
  });
});
