/** The outline the editors' page shows: each heading as the reader took it, in every format. */
import { describe, expect, it } from 'vitest';
import { handbookOf } from '../helpers.ts';

const outline = (text: string, name?: string) => {
  const { handbook } = handbookOf(text, name);
  return handbook.documents[0]!.outline.map((o) => `${o.line} ${o.kind} ${o.text}${o.ref ? ` → ${o.ref}` : ''}`);
};

describe('the outline of a document as read', () => {
  it('marks a role profile\u2019s role, its KPI section and the genre around it, in Markdown', () => {
    expect(
      outline(
        '# Role Profile: Payroll Officer\n\n## Key Responsibilities\n\n- Run payroll\n\n## Key Performance Indicators\n\n- Accuracy: 99.8%\n\n## Version history\n\n| Version | Date |\n|---|---|\n| 1 | 2025 |\n',
        'test/profile.md',
      ),
    ).toEqual([
      '1 role Payroll Officer → profile/payroll-officer',
      '3 notes Key Responsibilities → profile/payroll-officer',
      '7 section Key Performance Indicators → profile/payroll-officer',
      '11 notes Version history → profile/payroll-officer',
    ]);
  });

  it('marks a balanced scorecard\u2019s perspectives as sections of each manager, in a plain-text outline', () => {
    const text = [
      'Scorecards 2025',
      '',
      '1. Managers',
      '',
      '1.1 Head of Revenues',
      'Financial',
      '• Collection rate – 97%',
      'Customer',
      '• Satisfied residents – 80%',
      '',
      '1.2 ICT Manager',
      'Financial',
      '• Budget outturn – £3.4m',
      'Customer',
      '• Desk satisfaction – 90%',
      '',
      'Version history',
      '• 1.0 first issue',
    ].join('\n');
    expect(outline(text, 'test/scorecard.txt')).toEqual([
      '1 title Scorecards 2025',
      '3 group Managers',
      '5 role Head of Revenues → scorecard/head-of-revenues',
      '6 section Financial → scorecard/head-of-revenues',
      '8 section Customer → scorecard/head-of-revenues',
      '11 role ICT Manager → scorecard/ict-manager',
      '12 section Financial → scorecard/ict-manager',
      '14 section Customer → scorecard/ict-manager',
      '17 introduction Version history',
    ]);
  });
});

describe('a balanced scorecard exported as text, with numbered Word headings', () => {
  it('reads each numbered role over a paragraph and its repeated perspectives, and the numbered genre headings as introduction', () => {
    const text = [
      'Acme Ltd',
      'Balanced Scorecard FY2025',
      '',
      'Document owner:\tHead of Delivery',
      '',
      '1.\tIntroduction',
      'This sets out each role\u2019s scorecard.',
      '2.\tHow the scorecard is weighted',
      '•\tFinancial – 30%',
      '•\tCustomer – 70%',
      '3.\tRole scorecards',
      '3.1.\tDelivery Lead',
      'Reports to: Head of Delivery.',
      'Financial',
      '•\tProject gross margin: ≥ 38%',
      'Customer',
      '•\tClient satisfaction: 8.5/10 or above',
      '3.2.\tSenior Developer',
      'Reports to: Delivery Lead.',
      'Financial',
      '•\tBillable utilisation: 82%',
      'Customer',
      '•\tEscaped defects: ≤ 2 per sprint',
    ].join('\n');
    const { handbook } = handbookOf(text, 'test/bsc.txt');
    expect(handbook.roles.map((r) => [r.name, r.sections, handbook.kpis.filter((k) => k.role === r.id).map((k) => k.name)])).toEqual([
      ['Delivery Lead', ['Financial', 'Customer'], ['Project gross margin', 'Client satisfaction']],
      ['Senior Developer', ['Financial', 'Customer'], ['Billable utilisation', 'Escaped defects']],
    ]);
    expect(handbook.documents[0]!.introduction).toContain('Financial – 30%');
  });
});
