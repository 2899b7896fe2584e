import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { parseOutline } from '../../../src/lib/read/parse-outline.ts';
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

  it("reads a KPI's target from its 'Target:' sub-bullet, not from the numbers in its wording", () => {
    const { handbook: book } = handbookOf(
      [
        'Pharmacy KPIs',
        '',
        'Clinical Pharmacist',
        '•\tMedicines reconciled within 24 hours of admission',
        'o\tTarget: ≥ 80% of patients',
        'o\tNote: ICU excluded',
        '•\tInterventions recorded',
      ].join('\n'),
    );
    expect(book.kpis.map((k) => [k.name, k.target?.raw ?? null, k.notes])).toEqual([
      ['Medicines reconciled within 24 hours of admission', '≥ 80%', ['Target: ≥ 80% of patients', 'Note: ICU excluded']],
      ['Interventions recorded', null, undefined],
    ]);
    expect(book.kpis[0]!.target).toMatchObject({ kind: 'percent', value: 80, direction: 'at-least', column: 11 });
  });

  it("reads 'Indicador 1 –' lines as the items of a role named by a 'Cargo:' field, and their indented fields as notes, the target from 'Meta:'", () => {
    const { handbook: book } = handbookOf(
      [
        'Anexo II',
        '',
        'Cargo: Conferente',
        'Indicador 1 – Acuracidade de conferência',
        '   Meta: ≥ 99.7%',
        '   Peso: 40%',
        'Indicador 2 – Divergências tratadas',
        '   Meta: em até 24 horas',
        '   Peso: 30%',
        '',
        'Step 1 – Collect the data',
        'Step 2 – Review it',
      ].join('\n'),
    );
    expect(book.roles.map((r) => r.name)).toEqual(['Conferente']);
    expect(book.kpis.map((k) => [k.name, k.target?.raw ?? null, k.notes])).toEqual([
      ['Acuracidade de conferência', '≥ 99.7%', ['Meta: ≥ 99.7%', 'Peso: 40%']],
      ['Divergências tratadas', 'em até 24 horas', ['Meta: em até 24 horas', 'Peso: 30%']],
    ]);
  });

  it("reads a plan about one post, named by its 'Job title:' field, as that post's, its numbered parts as sections and asides", () => {
    const { handbook: book } = handbookOf(
      [
        'Brackenfield Ltd',
        '',
        'Job title:     Assistant Store Manager',
        'Line manager:  Karen Holt',
        '',
        '1. WHY THIS PLAN IS IN PLACE',
        '  - Availability fell to 88% in May.',
        '',
        '2. OBJECTIVES AND MEASURES',
        'Objective 1 – Sales',
        '  Target:     At or above 100% of weekly budget',
        'Objective 2 – Availability',
        '  Target:     97% or higher',
        '',
        '3. SUPPORT WE WILL PROVIDE',
        '  - Weekly 1:1 with the Store Manager.',
      ].join('\n'),
    );
    expect(book.roles.map((r) => r.name)).toEqual(['Assistant Store Manager']);
    expect(book.kpis.map((k) => [k.name, k.target?.raw ?? null])).toEqual([
      ['Sales', 'At or above 100%'],
      ['Availability', '97% or higher'],
    ]);
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

describe('parseOutline, line by line', () => {
  const fold = (lines: string[]) => parseOutline(lines, 'f.txt');

  it('builds roles, KPIs and definitions with draft ids, and accounts each line to its entity', () => {
    const draft = fold([
      'Handbook',
      '',
      'Cook',
      '• Meals: 50 per shift',
      '  served hot',
      '',
      'Waiter',
      '• Tables: 10',
      '',
      'Glossary',
      '- Meal: a plate',
    ]);
    expect(draft.roles.map((r) => [r.id, r.name, r.kpis.map((k) => [k.id, k.text, k.line, k.endLine])])).toEqual([
      ['r1', 'Cook', [['r1/k1', 'Meals: 50 per shift served hot', 4, 5]]],
      ['r2', 'Waiter', [['r2/k1', 'Tables: 10', 8, 8]]],
    ]);
    expect(draft.definitions.map((d) => [d.id, d.term, d.text])).toEqual([['d1', 'Meal', 'a plate']]);
    expect(draft.accounts.map((a) => `${a.line} ${a.kind} ${a.ref}`)).toEqual([
      '1 title null',
      '3 role r1',
      '4 kpi r1/k1',
      '5 continuation r1/k1',
      '7 role r2',
      '8 kpi r2/k1',
      '10 section null',
      '11 definition d1',
    ]);
  });

  it('carries the group and section to the roles and KPIs that follow', () => {
    const draft = fold([
      'Handbook',
      '',
      'Not Available Roles',
      '',
      'Facilities Lead',
      'Project-Related Metrics',
      '- 5 audits',
      '',
      'Keeps the keys.',
    ]);
    expect(draft.roles[0]).toMatchObject({
      id: 'r1',
      group: { name: 'Not Available Roles', status: 'not-available', source: { file: 'f.txt', line: 3 } },
      sections: ['Project-Related Metrics'],
      notes: ['Keeps the keys.'],
      kpis: [{ id: 'r1/k1', section: 'Project-Related Metrics' }],
    });
    expect(draft.accounts.map((a) => `${a.line} ${a.kind} ${a.ref}`)).toEqual([
      '1 title null',
      '3 group null',
      '5 role r1',
      '6 section r1',
      '7 kpi r1/k1',
      '9 role r1',
    ]);
  });

  it('closes an item at a blank or chrome line, so the next line does not continue it', () => {
    const draft = fold(['Cook', '- 50 meals', '', 'a lower case note.', '- 3 menus', 'Back to top', 'another note.']);
    expect(draft.roles[0]!.kpis.map((k) => k.text)).toEqual(['50 meals', '3 menus']);
    expect(draft.roles[0]!.notes).toEqual(['a lower case note.', 'another note.']);
  });

  it('continues a definition, and reports a glossary bullet without a term', () => {
    const draft = fold(['Glossary', '- Meal: a plate', '  of food.', 'Served daily.', '- no term']);
    expect(draft.definitions.map((d) => [d.id, d.term, d.text, d.endLine])).toEqual([
      ['d1', 'Meal', 'a plate of food.\n\nServed daily.', 4],
      ['d2', 'no term', '', 5],
    ]);
    expect(draft.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:3 definition-without-term']);
  });

  it('reads numbered headings as groups and roles, each role in the innermost numbered group above it', () => {
    const draft = fold([
      'Handbook',
      '1. Sales',
      '1.1 Account Executive',
      '\t* Close 10 deals per quarter',
      '2. Support',
      '2.1 Support Team',
      '2.1.1 Tier 1 Agent',
      '\t* Tickets: 25 a day',
      '2.2 Support Manager',
      '1. Keep CSAT above 90%',
      '2. Hold a weekly review',
      '3. Finance Director',
      '\t* Close the books within 5 days',
    ]);
    expect(draft.roles.map((r) => [r.name, r.group?.name ?? null, r.kpis.map((k) => k.text)])).toEqual([
      ['Account Executive', 'Sales', ['Close 10 deals per quarter']],
      ['Tier 1 Agent', 'Support Team', ['Tickets: 25 a day']],
      ['Support Manager', 'Support', ['Keep CSAT above 90%', 'Hold a weekly review']],
      ['Finance Director', null, ['Close the books within 5 days']],
    ]);
    expect(draft.roles[0]).toMatchObject({ column: 5 });
    expect(draft.accounts.map((a) => `${a.line} ${a.kind} ${a.ref}`)).toEqual([
      '1 title null',
      '2 group null',
      '3 role r1',
      '4 kpi r1/k1',
      '5 group null',
      '6 group null',
      '7 role r2',
      '8 kpi r2/k1',
      '9 role r3',
      '10 kpi r3/k1',
      '11 kpi r3/k2',
      '12 role r4',
      '13 kpi r4/k1',
    ]);
  });

  it('reads a numbered group with a paragraph before the numbered headings under it', () => {
    const draft = fold(['1. Support', 'Our support team answers every customer.', '1.1 Support Agent', '\t* Tickets: 25 a day']);
    expect(draft.roles.map((r) => [r.name, r.group?.name])).toEqual([['Support Agent', 'Support']]);
    expect(draft.accounts.map((a) => `${a.line} ${a.kind}`)).toEqual(['1 group', '2 group', '3 role', '4 kpi']);
  });

  it('reads a heading over a paragraph before any role as introduction, and a role with a paragraph before its items as a role', () => {
    const draft = fold(['Handbook', 'Purpose', 'Why this exists.', 'Sales Lead', 'Owns the pipeline.', '- Win rate: 25%']);
    expect(draft.introduction).toEqual(['Purpose', 'Why this exists.']);
    expect(draft.roles.map((r) => [r.name, r.notes, r.kpis.length])).toEqual([['Sales Lead', ['Owns the pipeline.'], 1]]);
  });

  it('reads a heading in capitals over a role heading as the group of the roles that follow', () => {
    const draft = fold([
      'KPI REGISTER',
      'CONFIDENTIAL',
      '',
      'SALES',
      'Account Executive',
      '- Deals: 10',
      '',
      'Head of Design',
      '',
      'Designer',
      '- Reviews: 4',
    ]);
    expect(draft.roles.map((r) => [r.name, r.group?.name ?? null, r.kpis.length])).toEqual([
      ['Account Executive', 'SALES', 1],
      ['Head of Design', 'SALES', 0],
      ['Designer', 'SALES', 1],
    ]);
    expect(draft.introduction).toEqual(['CONFIDENTIAL']);
    // An acronym in capitals is no department; a heading with nothing under it before the first
    // role is introduction, as in every format ("Kenya Country Programme" under an NGO's name).
    const board = fold(['Board', '', 'CEO', '', 'CTO', '- Uptime: 99.9%']);
    expect(board.roles.map((r) => [r.name, r.group])).toEqual([['CTO', null]]);
    expect(board.introduction).toEqual(['CEO']);
  });

  it('reads a metadata line under the title as introduction, not as a role', () => {
    const draft = fold(['Handbook', 'Prepared by Jane Doe · Version 3 · Confidential', 'Owner: Finance', 'Cook', '- Meals: 50 per shift']);
    expect(draft.title?.text).toBe('Handbook');
    expect(draft.introduction).toEqual(['Prepared by Jane Doe · Version 3 · Confidential', 'Owner: Finance']);
    expect(draft.roles.map((r) => r.name)).toEqual(['Cook']);
  });

  it('does not let a section or glossary heading right under an item continue it', () => {
    const draft = fold([
      'Cook',
      'Kitchen metrics',
      '- Meals served per shift',
      'Hygiene metrics',
      '- Clean stations daily',
      'Glossary',
      'Meal – a plate',
    ]);
    expect(draft.roles[0]!.kpis.map((k) => [k.text, k.section])).toEqual([
      ['Meals served per shift', 'Kitchen metrics'],
      ['Clean stations daily', 'Hygiene metrics'],
    ]);
    expect(draft.definitions.map((d) => [d.term, d.text])).toEqual([['Meal', 'a plate']]);
  });

  it('reads a numbered line with indented lines under it as a KPI of a role named without a number', () => {
    const draft = fold([
      'Sales KPIs',
      'Account Manager',
      '1. Customer Satisfaction',
      '\t- measured by a quarterly survey',
      '2. Renewals',
      '\t- 90% of contracts',
    ]);
    // (Each nested bullet is a KPI of its own, as everywhere in outlines; only the numbered lines matter here.)
    expect(draft.roles.map((r) => r.name)).toEqual(['Account Manager']);
    expect(draft.roles[0]!.kpis.map((k) => k.text)).toEqual(expect.arrayContaining(['Customer Satisfaction', 'Renewals']));
  });

  it('starts a role at a capitalised heading with bullets right under an item, unless the item stops mid-phrase', () => {
    const draft = fold([
      'Content Marketer',
      '- Organic traffic up 20%',
      'SEO Specialist',
      '- Keywords in top 10: 50',
      '- Rooms booked and',
      'Ready Before Visits',
      '- Next item',
    ]);
    expect(draft.roles.map((r) => [r.name, r.kpis.map((k) => k.text)])).toEqual([
      ['Content Marketer', ['Organic traffic up 20%']],
      ['SEO Specialist', ['Keywords in top 10: 50', 'Rooms booked and Ready Before Visits', 'Next item']],
    ]);
  });

  it('reads "Term – text" and heading-like "Term: text" glossary lines as definitions of their own', () => {
    const draft = fold([
      'Glossary',
      'CSAT: customer satisfaction score',
      'NRR – net revenue retention',
      'measured yearly',
      '- Churn — customers lost',
    ]);
    expect(draft.definitions.map((d) => [d.term, d.text])).toEqual([
      ['CSAT', 'customer satisfaction score'],
      ['NRR', 'net revenue retention measured yearly'],
      ['Churn', 'customers lost'],
    ]);
    expect(draft.roles).toEqual([]);
    expect(draft.diagnostics).toEqual([]);
  });
});

describe('notes under an outline KPI', () => {
  it('reads a bullet nested under a KPI as the KPI’s note, not a KPI of its own', () => {
    const { handbook } = handbookOf(
      'Support KPIs\n\nSupport Agent\n\n• First response within 4 hours\n    ◦ Measured from the ticket’s creation\n    ◦ Business hours only\n• 90% customer satisfaction\n',
      'seeds/support.txt',
    );
    expect(handbook.kpis.map((k) => [k.name, k.notes ?? []])).toEqual([
      ['First response within 4 hours', ['Measured from the ticket’s creation', 'Business hours only']],
      ['90% customer satisfaction', []],
    ]);
    const accounts = handbook.documents[0]!.lineAccounts.filter((a) => a.line === 6 || a.line === 7);
    expect(accounts).toEqual([
      { line: 6, kind: 'continuation', ref: handbook.kpis[0]!.id },
      { line: 7, kind: 'continuation', ref: handbook.kpis[0]!.id },
    ]);
  });

  it('keeps bullets at the same indent as KPIs of their own', () => {
    const { handbook } = handbookOf('Ops KPIs\n\nOps Lead\n\n  • 5 audits per quarter\n  • 2 drills per year\n', 'seeds/ops.txt');
    expect(handbook.kpis.map((k) => k.name)).toEqual(['5 audits per quarter', '2 drills per year']);
  });
});

describe('parseOutline, an e-mail with quoted text', () => {
  it('reads the quoted lines of a reply as the rest of the text', () => {
    const mail = [
      'Subject: RE: Revenue targets',
      '',
      'Agreed, see below.',
      '',
      '> REVENUE MANAGER',
      '> - RevPAR index: 105 or higher',
      '> - Upsell per arrival: at least £6.50',
      '>',
      '> FRONT OFFICE MANAGER',
      '> - Check-in time: under 4 minutes',
    ].join('\n');
    const { handbook, result } = handbookOf(mail, 'seeds/mail.txt');
    // The line that holds only ">" is the quote's frame, accounted for like every other line.
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(handbook.roles.map((r) => r.name)).toEqual(['REVENUE MANAGER', 'FRONT OFFICE MANAGER']);
    expect(handbook.kpis.map((k) => k.target?.raw)).toEqual(['105 or higher', 'at least £6.50', 'under 4 minutes']);
  });
});
