import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/lib/handbook/build-handbook.ts';
import { checkHealth, type HealthInput, measureKey } from '../../../src/lib/health/checks.ts';
import { applySuppressions, countDiagnostics, healthConfigSchema } from '../../../src/lib/health/config.ts';
import type { Diagnostic } from '../../../src/lib/schema.ts';
import { createSpeller } from '../../../src/loaders/speller.ts';
import { handbookOf, parseFile, ROOT, sampleHandbook } from '../helpers.ts';

const speller = createSpeller();
const config = healthConfigSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content/health.json'), 'utf8')));
const input = (h: ReturnType<typeof buildHandbook>, extra: Partial<HealthInput> = {}): HealthInput => ({
  ...h,
  definedTerms: [
    'customer satisfaction',
    'quality assurance pass rate',
    'net promoter score',
    'on-time delivery rate',
    'lead conversion rate',
    'defect rate',
    'resource utilization',
  ],
  vocabulary: config.vocabulary,
  speller,
  ...extra,
});
const check = (text: string, extra: Partial<HealthInput> = {}) => checkHealth(input(handbookOf(text, 'seeds/t.md').handbook, extra));
const codes = (fs: Diagnostic[]) => fs.map((f) => `${f.line}:${f.column} ${f.code}`);

describe('each check', () => {
  it('repeated-word: flags "response response", not "that that" split by punctuation', () => {
    expect(codes(check('# T\n\n## Ops\n\n- 2 second response response time.\n').filter((f) => f.code === 'repeated-word'))).toEqual([
      '5:12 repeated-word',
    ]);
    expect(check('# T\n\n## Ops\n\n- 2 second response, response time.\n').filter((f) => f.code === 'repeated-word')).toEqual([]);
  });

  it('misspelling: suggests the word, knows both spellings and the vocabulary', () => {
    const f = check('# T\n\n## Ops\n\n- 2 second vverage time.\n').filter((x) => x.code === 'misspelling');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('did you mean “average”');
    expect(
      check('# T\n\n## Ops\n\n- 2 events organised and 3 events organized in the timeframe.\n').filter((x) => x.code === 'misspelling'),
    ).toEqual([]);
    expect(check('# T\n\n## Ops\n\n- 2 events in Plutio.\n', { vocabulary: [] }).filter((x) => x.code === 'misspelling')).toHaveLength(1);
  });

  it('cross-family-word: a family word in another family’s role', () => {
    const doc =
      '# T\n\n## List\n\n### Backend Team\n\n- 90% of mobile code reviewed.\n\n### Backend Engineers\n\n- 90% of backend code reviewed.\n\n### Mobile Team\n\n- 90% of mobile code reviewed.\n\n### Mobile Engineers\n\n- 90% of mobile code reviewed.\n';
    expect(codes(check(doc).filter((f) => f.code === 'cross-family-word'))).toEqual(['7:10 cross-family-word']);
  });

  it('number-agreement: one with a plural noun, not one with a singular', () => {
    expect(check('# T\n\n## Ops\n\n- 1 developer events organised.\n').filter((f) => f.code === 'number-agreement')).toHaveLength(1);
    expect(
      check('# T\n\n## Ops\n\n- 1 developer event organised.\n- 2 developer events organised.\n').filter(
        (f) => f.code === 'number-agreement',
      ),
    ).toEqual([]);
  });

  it('role-without-targets, kpi-without-target and role-without-kpis', () => {
    const f = check('# T\n\n## Roles\n\n### Ops\n\n- Quality of work.\n\n### Empty\n\n### Dev\n\n- 5 demos given.\n');
    expect(f.filter((x) => x.code !== 'misspelling').map((x) => `${x.code} ${x.role}`)).toEqual([
      'role-without-targets t/ops',
      'kpi-without-target t/ops',
      'role-without-kpis t/empty',
    ]);
  });

  it('inconsistent-target: the same measure with different targets is information', () => {
    const f = check(
      '# T\n\n## Roles\n\n### A\n\n- 24hrs average time to resolve issues.\n\n### B\n\n- 36hrs average time to resolve issues.\n\n### C\n\n- 24hrs average time to resolve issues.\n',
    );
    const inconsistent = f.filter((x) => x.code === 'inconsistent-target');
    expect(inconsistent.map((x) => [x.role, x.severity])).toEqual([
      ['t/a', 'info'],
      ['t/b', 'info'],
      ['t/c', 'info'],
    ]);
    expect(inconsistent[1]!.message).toContain('A ≤ 24 h');
    expect(measureKey({ text: '24hrs overall average time to resolve issues.', target: null })).toBe('hrs time to resolve issues');
  });

  it('undefined-measure: a named rate no one defines', () => {
    expect(check('# T\n\n## Ops\n\n- 80% average ticket reopen rate.\n').filter((f) => f.code === 'undefined-measure')).toHaveLength(1);
    expect(check('# T\n\n## Ops\n\n- 80% average lead conversion rate.\n').filter((f) => f.code === 'undefined-measure')).toEqual([]);
  });

  it('suppressions keep the finding, marked with the reason', () => {
    const f = applySuppressions(check('# T\n\n## Ops\n\n- 1 developer events organised.\n'), [
      { code: 'number-agreement', file: 'seeds/t.md', match: 'developer event', reason: 'Meant: events of one kind.' },
    ]);
    const agreement = f.find((x) => x.code === 'number-agreement')!;
    expect(agreement.suppressed).toBe('Meant: events of one kind.');
    expect(countDiagnostics(f).suppressed).toBe(1);
  });
});

describe('on the seeds', () => {
  const findings = checkHealth(input(sampleHandbook().handbook));
  const at = (code: string) => findings.filter((f) => f.code === code).map((f) => `${f.file.slice(6, 9)}:${f.line}:${f.column}`);

  it('finds the typos, the copy-paste slip and "1 developer events"', () => {
    expect(at('misspelling')).toEqual(['000:25:15', '000:106:37', '000:107:82']);
    expect(findings.find((f) => f.line === 25 && f.code === 'misspelling')!.message).toContain('“vverage”');
    expect(at('repeated-word')).toEqual(['000:25:23']);
    expect(at('cross-family-word')).toEqual(['000:79:29']);
    expect(findings.find((f) => f.code === 'cross-family-word')!.message).toContain('Backend Team speaks of “mobile”');
    expect(at('number-agreement')).toEqual(['000:32:8']);
  });

  it('finds every role of 003 and the unstaffed roles without numeric targets', () => {
    expect(findings.filter((f) => f.code === 'role-without-targets').map((f) => f.role?.split('/').pop())).toEqual([
      'engineering-manager',
      'devops-engineer',
      'sales-and-marketing-intern',
      'head-of-operations',
      'project-manager',
      'business-analyst',
      'head-of-design',
      'ux-ui-designer',
      'developers',
      'qa',
      'finance',
    ]);
    expect(findings.filter((f) => f.code === 'kpi-without-target')).toHaveLength(55);
  });

  it('reports time to resolve at 24 h against 36 h as information', () => {
    const support = findings.find((f) => f.code === 'inconsistent-target' && f.role?.endsWith('/technical-support'))!;
    expect(support).toMatchObject({ severity: 'info', line: 101 });
    expect(support.message).toContain('Frontend Team ≤ 24 h');
  });

  it('counts no errors, so lint:docs passes', () => {
    expect(countDiagnostics(findings)).toMatchObject({ error: 0, warning: 17 });
  });
});

describe('on a clean document', () => {
  it('raises no false alarm', () => {
    expect(checkHealth(input(buildHandbook([parseFile('test/fixtures/markdown/clean.md').document!])))).toEqual([]);
  });
});
