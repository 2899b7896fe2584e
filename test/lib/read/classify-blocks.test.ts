import { describe, expect, it } from 'vitest';
import { type ClassifiedHeading, classifyBlocks, headingTree } from '../../../src/lib/read/classify-blocks.ts';
import { markdownBlocks } from '../../../src/lib/read/markdown-blocks.ts';

const classify = (text: string) => classifyBlocks(markdownBlocks(text.split('\n')));
/** A classified tree as nested [kind, text, group text, children] for readable expectations. */
type Shape = [string, string, ...unknown[]];
const shape = (h: ClassifiedHeading): Shape => {
  const out: Shape = [h.kind, h.heading.text];
  if (h.kind === 'role') out.push(h.group?.heading.text ?? null);
  if (h.children.length > 0) out.push(h.children.map(shape));
  return out;
};
const shapes = (text: string) => classify(text).headings.map(shape);

describe('headingTree', () => {
  it('nests blocks under the nearest shallower heading and keeps what comes first as the preamble', () => {
    const tree = headingTree(markdownBlocks('Before.\n\n# A\n\n## B\n\n- x\n\n### C\n\n## D\n\ntext'.split('\n')));
    expect(tree.preamble.map((b) => b.type)).toEqual(['block']);
    expect(tree.headings.map((h) => h.heading.text)).toEqual(['A']);
    const [b, d] = tree.headings[0]!.children;
    expect([b!.heading.text, b!.content.map((x) => x.type), b!.children.map((c) => c.heading.text)]).toEqual(['B', ['item'], ['C']]);
    expect([d!.heading.text, d!.content.map((x) => x.type)]).toEqual(['D', ['block']]);
  });
});

describe('classifyBlocks', () => {
  it('reads a first level-1 heading as the title and a heading with items as a role', () => {
    expect(shapes('# Handbook\n\nIntro.\n\n## Ops\n\n- 5 runbooks\n')).toEqual([['title', 'Handbook', [['role', 'Ops', null]]]]);
  });

  it('does not read a first level-1 heading with KPIs as the title', () => {
    expect(shapes('# Ops\n\n- 5 runbooks\n')).toEqual([['role', 'Ops', null]]);
  });

  it('reads a heading that holds roles as a group, and every heading without roles inside it as a role', () => {
    expect(shapes('## Active Roles\n\n### Cook\n\n- 50 meals\n\n### Waiter\n')).toEqual([
      [
        'group',
        'Active Roles',
        [
          ['role', 'Cook', 'Active Roles'],
          ['role', 'Waiter', 'Active Roles'],
        ],
      ],
    ]);
  });

  it('reads a heading over a role as its group, and headings without roles under them as introduction', () => {
    expect(shapes('## About\n\nText.\n\n### Cook\n\n- 50 meals\n')).toEqual([['group', 'About', [['role', 'Cook', 'About']]]]);
    expect(shapes('## About\n\nText.\n\n### History\n\nMore text.\n')).toEqual([['introduction', 'About', [['introduction', 'History']]]]);
  });

  it('reads section sub-headings of a role, and every heading inside a section as a section', () => {
    expect(shapes('## Designer\n\n### Team KPIs\n\n#### Anything\n\n- 3 things\n')).toEqual([
      ['role', 'Designer', null, [['section', 'Team KPIs', [['section', 'Anything']]]]],
    ]);
  });

  it('reads another deeper heading under a role as a role of its own, in the same group', () => {
    expect(shapes('## Roles\n\n- ### Alpha\n  - 10 widgets\n- ##### Beta\n  1. 20% rate\n')).toEqual([
      ['group', 'Roles', [['role', 'Alpha', 'Roles', [['role', 'Beta', 'Roles']]]]],
    ]);
  });

  it('reads the glossary and every heading inside it as a term', () => {
    expect(shapes('## Glossary\n\n### Uptime\n\nMinutes up.\n\n#### Downtime\n\nMinutes down.\n')).toEqual([
      ['definitions', 'Glossary', [['term', 'Uptime', [['term', 'Downtime']]]]],
    ]);
  });

  it('reads a glossary inside a role and inside a section', () => {
    expect(shapes('## Ops\n\n- 1 x\n\n### Definitions\n\n### Team KPIs\n\n#### Terms\n')).toEqual([
      [
        'role',
        'Ops',
        null,
        [
          ['definitions', 'Definitions'],
          ['section', 'Team KPIs', [['definitions', 'Terms']]],
        ],
      ],
    ]);
  });

  it('keeps the preamble and each heading’s content', () => {
    const doc = classify('Lead text.\n\n## Ops\n\n- 1 x\n\nNote.\n');
    expect(doc.preamble.map((b) => b.type)).toEqual(['block']);
    expect(doc.headings[0]!.content.map((b) => b.type)).toEqual(['item', 'block']);
  });
});

describe('classifyBlocks on exported pages', () => {
  it('reads a table of contents as navigation, never a role, whatever its emoji', () => {
    expect(shapes('# H\n\n## 📋 Table of contents\n\n- [A](#a)\n\n## A\n\n- 5 x\n')).toEqual([
      [
        'title',
        'H',
        [
          ['navigation', 'Table of contents'],
          ['role', 'A', null],
        ],
      ],
    ]);
  });

  it('reads a heading without KPIs between two roles at its level as a role, but not one after the last role', () => {
    expect(shapes('# H\n\n## A\n\n- 1 x\n\n## B\n\nTo be agreed.\n\n## C\n\n- 2 y\n\n## About\n\nText.\n')).toEqual([
      [
        'title',
        'H',
        [
          ['role', 'A', null],
          ['role', 'B', null],
          ['role', 'C', null],
          ['introduction', 'About'],
        ],
      ],
    ]);
  });
});

describe('classifyBlocks, genre and objectives', () => {
  it('keeps a genre heading an aside even when it repeats under every role, so duties are never KPIs', () => {
    const text = [
      '# Profiles',
      '## Clerk',
      '### Main duties',
      '- File',
      '### KPIs',
      '- Accuracy: 98%',
      '## Porter',
      '### Main duties',
      '- Lift',
      '### KPIs',
      '- Moves: 20',
    ];
    expect(shapes(text.join('\n\n'))).toEqual([
      [
        'title',
        'Profiles',
        [
          [
            'role',
            'Clerk',
            null,
            [
              ['aside', 'Main duties'],
              ['section', 'KPIs'],
            ],
          ],
          [
            'role',
            'Porter',
            null,
            [
              ['aside', 'Main duties'],
              ['section', 'KPIs'],
            ],
          ],
        ],
      ],
    ]);
  });

  it('reads objective headings ("O1. …", "Objective 2: …") as sections of the role above them, not roles', () => {
    const text = [
      '# OKRs',
      '## Curator',
      '**O1. Make the collection visible**',
      '- Records digitised: 50%',
      '**Objective 2: Open well**',
      '- Budget: £186,000',
    ];
    expect(shapes(text.join('\n\n'))).toEqual([
      [
        'title',
        'OKRs',
        [
          [
            'role',
            'Curator',
            null,
            [
              ['section', 'O1. Make the collection visible'],
              ['section', 'Objective 2: Open well'],
            ],
          ],
        ],
      ],
    ]);
  });
});

describe('classifyBlocks, beside the groups', () => {
  it('reads a heading beside groups of measured roles, whose items state no number, as introduction', () => {
    const text = [
      '# Plan',
      '## Priorities',
      '- Reopen the hall',
      '- Grow audiences',
      '## Roles',
      '### Curator',
      '- Records: 50%',
      '## 4. Glossary',
      '- NPS: net promoter score',
    ];
    expect(shapes(text.join('\n\n'))).toEqual([
      [
        'title',
        'Plan',
        [
          ['introduction', 'Priorities'],
          ['group', 'Roles', [['role', 'Curator', 'Roles']]],
          ['definitions', '4. Glossary'],
        ],
      ],
    ]);
  });

  it('keeps such a heading a role where no grouped role states a number either', () => {
    const text = ['# KPIs', '## Office Manager', '- Supplier payments', '## Not available roles', '### Facilities Lead', '- Backlog'];
    expect(shapes(text.join('\n\n'))[0]![2]).toEqual([
      ['role', 'Office Manager', null],
      ['group', 'Not available roles', [['role', 'Facilities Lead', 'Not available roles']]],
    ]);
  });
});

describe('classifyBlocks, role names', () => {
  it('drops the outline number before a role’s name, as plain text does', () => {
    expect(shapes('# Appendix C\n\n## C.2 Executive Director\n\n- Grants won: 3\n\n## 3.1 Bus Operator\n\n- Punctuality: 95%')).toEqual([
      [
        'title',
        'Appendix C',
        [
          ['role', 'Executive Director', null],
          ['role', 'Bus Operator', null],
        ],
      ],
    ]);
  });
});

describe('classifyBlocks, role names: identifiers, fields and suffixes', () => {
  it("drops a clause identifier, a role field's label and a suffix naming the KPIs, and keeps a grade that is part of the name", () => {
    const md = [
      '# KPIs',
      '## A2-3.1 Bloc opératoire',
      '- Taux de remplissage: au moins 85 %',
      '## PASSENGER SERVICES - SERVICE LEVELS',
      '- Queue time: not more than 20 minutes',
      '## Store Manager – KPI review 2025/26',
      '- Sales: £25k',
      '## Role: Veterinary Nurse',
      '- Clinics: 10 per week',
      '## L2 Support Engineer',
      '- Tickets: 40',
    ].join('\n\n');
    const roles: string[] = [];
    const walk = (n: ClassifiedHeading) => {
      if (n.kind === 'role') roles.push(n.heading.text);
      n.children.forEach(walk);
    };
    classify(md).headings.forEach(walk);
    expect(roles).toEqual(['Bloc opératoire', 'PASSENGER SERVICES', 'Store Manager', 'Veterinary Nurse', 'L2 Support Engineer']);
  });
});

describe('classifyBlocks, document titles', () => {
  it('reads a heading naming a document (a policy, a scorecard, a performance board) as no role', () => {
    const kinds = classify(
      ['# Area Manager Quarterly Scorecard – 2025/26', '', '- Sales: £25k', '', '## Shop Manager', '', '- Gift Aid: 30%'].join('\n'),
    ).headings.map(shape);
    expect(kinds).toEqual([['title', 'Area Manager Quarterly Scorecard – 2025/26', [['role', 'Shop Manager', null]]]]);
  });
});
