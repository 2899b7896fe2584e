// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_YOURSELF, calcIds } from '../../src/components/ids.ts';
import { type RoleScorecard, restoreSource, serialiseValues } from '../../src/components/role-scorecard.ts';
import { loadGrammar } from '../../src/components/target-grammar.ts';
import type { Target } from '../../src/lib/schema.ts';
import { parseTargetPhrase } from '../../src/lib/targets/parse-target.ts';
import type { ScorecardKpi } from '../../src/lib/targets/scorecard.ts';
import { mount, type } from './mount.ts';

function target(phrase: string): Target {
  const r = parseTargetPhrase(phrase);
  if ('error' in r) throw new Error(r.error);
  return r.target;
}
const PASS_RATE: NonNullable<ScorecardKpi['formula']> = {
  op: 'percent-of',
  expression: 'passed ÷ run × 100',
  inputs: [
    { id: 'passed', label: 'Tests passed', kind: 'count' },
    { id: 'run', label: 'Tests run', kind: 'count' },
  ],
  result: 'percent',
  term: 'Pass rate',
};
const KPIS: ScorecardKpi[] = [
  {
    id: 'qa-1',
    position: 1,
    name: 'Pass rate',
    target: target('≥ 80%'),
    kind: 'percent',
    formula: PASS_RATE,
    period: 'month',
    amber: target('70% - 80%'),
  },
  { id: 'qa-2', position: 2, name: 'Time to fix', target: target('≤ 24 hours'), kind: 'duration', formula: null, period: 'week' },
  { id: 'qa-3', position: 3, name: 'Team morale', target: null, kind: null, formula: null, period: 'month' },
];

/** The markup kpi-item.astro and role-scorecard.astro render, cut to what the element reads. */
function slot(kpi: ScorecardKpi): string {
  const n = kpi.position;
  return `<li class="kpi"><div class="calc" data-calc-for="${kpi.id}">
    <input id="${calcIds.value(n)}" type="text" />
    ${kpi.target ? '' : `<input id="${calcIds.target(n)}" type="text" />`}
    ${kpi.formula ? `<details><div data-formula>${kpi.formula.inputs.map((i) => `<input id="${calcIds.formula(n, i.id)}" />`).join('')}<p></p></div></details>` : ''}
    <p id="${calcIds.message(n)}" class="calc-msg"></p>
    <meter min="0" max="1" hidden></meter>
  </div></li>`;
}
const html = `
  <role-scorecard data-role="qa" data-role-name="QA" data-document="QA handbook">
    <script type="application/json">${JSON.stringify(KPIS)}</script>
    <section class="scorecard-tools" aria-labelledby="${CHECK_YOURSELF}">
      <h2 id="${CHECK_YOURSELF}">Check your values</h2>
      <p class="scorecard-summary" role="status"></p>
      <button type="button" data-action="csv">Download scorecard (CSV)</button>
      <button type="button" data-action="clear">Clear values</button>
    </section>
    <ol>${KPIS.map(slot).join('')}</ol>
  </role-scorecard>`;

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const message = (n: number) => document.getElementById(calcIds.message(n))!;
const summary = () => document.querySelector('.scorecard-summary')!.textContent;

describe('<role-scorecard>', () => {
  beforeAll(async () => {
    await loadGrammar();
  });
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', '/roles/qa/');
  });
  afterEach(() => document.body.replaceChildren());

  it('invites values until one is typed', () => {
    mount(html);
    expect(summary()).toBe('3 KPIs to check. Enter a value to see whether it meets the target.');
  });

  it('evaluates a typed value into a verdict, a meter and a summary', () => {
    mount(html);
    type(input(calcIds.value(1)), '75');
    expect(message(1).textContent).toBe('≈ Close — 5 percentage points short of the target. Read as 75 %; target ≥ 80 %.');
    expect(message(1).dataset.status).toBe('close');
    expect(message(1).querySelector('.verdict [aria-hidden="true"]')!.textContent).toBe('≈ ');
    const meter = document.querySelector<HTMLMeterElement>('[data-calc-for="qa-1"] meter')!;
    expect(meter.hidden).toBe(false);
    expect(meter.title).toBe('94 % of target');
    type(input(calcIds.value(2)), '1 h 30 min');
    expect(message(2).textContent).toBe('✓ Met — 22.5 h under the target. Read as 1.5 h; target ≤ 24 h.');
    expect(summary()).toBe('Of 2 KPIs checked, 1 is met, 1 is close and 0 are not met; 1 is not checked yet.');
  });

  it('marks unreadable input invalid and says why', () => {
    mount(html);
    type(input(calcIds.value(1)), 'abc');
    expect(input(calcIds.value(1)).getAttribute('aria-invalid')).toBe('true');
    expect(message(1).dataset.status).toBe('error');
    expect(message(1).textContent).not.toBe('');
    type(input(calcIds.value(1)), '');
    expect(input(calcIds.value(1)).hasAttribute('aria-invalid')).toBe(false);
    expect(message(1).textContent).toBe('');
  });

  it('asks for a target where the source has none, and checks against the one typed', () => {
    mount(html);
    type(input(calcIds.value(3)), '85%');
    expect(message(3).textContent).toBe('This KPI has no numeric target in the source; type your own target to check against.');
    type(input(calcIds.target(3)), '≥ 90%');
    expect(message(3).textContent).toBe('≈ Close — 5 percentage points short of the target. Read as 85 %; target ≥ 90 %.');
  });

  it('computes a value from counts with the glossary formula, loaded on first use', async () => {
    mount(html);
    type(input(calcIds.formula(1, 'passed')), '45');
    await import('../../src/lib/targets/evaluate-formula.ts');
    await new Promise((r) => setTimeout(r, 0));
    expect(input(calcIds.value(1)).value).toBe('');
    type(input(calcIds.formula(1, 'run')), '50');
    await new Promise((r) => setTimeout(r, 0));
    expect(input(calcIds.value(1)).value).toBe('90%');
    expect(document.querySelector('[data-formula] p')!.textContent).toBe('passed ÷ run × 100 = 90%');
    expect(message(1).textContent).toContain('✓ Met');
  });

  it('keeps values in the address and in storage, and restores a shared link', () => {
    mount(html);
    type(input(calcIds.value(1)), '75');
    type(input(calcIds.target(3)), '≥ 90%');
    expect(location.hash).toBe('#v1=75&t3=%E2%89%A5+90%25');
    expect(localStorage.getItem('kpi-handbook:values:qa')).toBe('v1=75&t3=%E2%89%A5+90%25');
    document.body.replaceChildren();
    history.replaceState(null, '', '/roles/qa/#v2=26h');
    mount(html);
    expect(input(calcIds.value(1)).value).toBe('');
    expect(input(calcIds.value(2)).value).toBe('26h');
    expect(message(2).textContent).toContain('≈ Close — 2 h over the target');
    expect(localStorage.getItem('kpi-handbook:values:qa')).toBe('v2=26h');
  });

  it('takes over values saved under the role’s id from before ids were scoped by document', () => {
    history.replaceState(null, '', '/roles/docs/qa/');
    localStorage.setItem('kpi-handbook:values:qa--docs', 'v1=65');
    mount(html.replace('data-role="qa"', 'data-role="docs/qa" data-legacy-roles="qa qa--docs"'));
    expect(input(calcIds.value(1)).value).toBe('65');
    expect(message(1).textContent).toContain('Not met');
    expect(localStorage.getItem('kpi-handbook:values:docs/qa')).toBe('v1=65');
    expect(localStorage.getItem('kpi-handbook:values:qa--docs')).toBeNull();
  });

  it('clears every value, the address and storage', () => {
    const element = mount<RoleScorecard>(html);
    type(input(calcIds.value(1)), '75');
    document.querySelector<HTMLButtonElement>('[data-action="clear"]')!.click();
    expect(input(calcIds.value(1)).value).toBe('');
    expect(message(1).textContent).toBe('');
    expect(location.hash).toBe('');
    expect(localStorage.getItem('kpi-handbook:values:qa')).toBeNull();
    expect(element.values).toBe('');
  });

  it('exports the scorecard as CSV with role, document, period, date, what was read and the verdict', () => {
    const element = mount<RoleScorecard>(html);
    element.today = new Date(2026, 11, 7);
    type(input(calcIds.value(2)), '26h');
    type(input(calcIds.value(1)), 'lots');
    expect(element.csv.split('\r\n')[0]).toBe('\uFEFFRole,Document,Period,Date,KPI,Target,Your value,Read as,Status,Attainment %,Gap');
    expect(element.csv).toContain('QA,QA handbook,2026-W50,2026-12-07,Time to fix,≤ 24 h,26h,26 h,Close,91.7,2 h over the target');
    expect(element.csv).toContain('QA,QA handbook,2026-12,2026-12-07,Pass rate,≥ 80 %,lots,,Could not read,,');
    expect(element.csv).toContain('QA,QA handbook,2026-12,2026-12-07,Team morale,,,,Empty,,');
  });

  it("says close inside the document's amber band and not met below it, and names the KPIs not met", async () => {
    mount(html);
    type(input(calcIds.value(1)), '71');
    expect(message(1).textContent).toContain('Close');
    type(input(calcIds.value(1)), '69');
    expect(message(1).textContent).toContain('Not met');
    type(input(calcIds.value(2)), 'soon');
    expect(summary()).toBe('Of 1 KPI checked, 0 are met and 1 is not met (Pass rate); 1 value could not be read; 1 is not checked yet.');
    await vi.waitFor(() => expect(document.querySelector('[data-calc-for="qa-1"] .bullet svg')).not.toBeNull());
    const chart = document.querySelector('[data-calc-for="qa-1"] .bullet svg')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('69 % against the target ≥ 80 %: not met (close means inside the amber band).');
  });

  it('keeps each value in its period, says the change since the period before, and exports the history', () => {
    const first = mount<RoleScorecard>(html);
    first.today = new Date(2026, 10, 20);
    type(input(calcIds.value(1)), '72');
    document.body.replaceChildren();
    const second = mount<RoleScorecard>(html);
    second.today = new Date(2026, 11, 7);
    type(input(calcIds.value(1)), '85');
    expect(document.querySelector('[data-calc-for="qa-1"] .calc-trend')!.textContent).toBe(
      '2026-11: 72 %; 2026-12: 85 % (+13 since then).',
    );
    expect(second.historyCsv).toBe('\uFEFFRole,KPI,Period,Value\r\nQA,Pass rate,2026-11,72\r\nQA,Pass rate,2026-12,85\r\n');
    expect(JSON.parse(localStorage.getItem('kpi-handbook:history:qa')!)).toEqual({ 1: { '2026-11': '72', '2026-12': '85' } });
  });

  it('applies a shared link opened on the same page', () => {
    mount(html);
    type(input(calcIds.value(1)), '50');
    location.hash = '#v1=90&v2=20h';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(input(calcIds.value(1)).value).toBe('90');
    expect(input(calcIds.value(2)).value).toBe('20h');
    expect(message(1).textContent).toContain('Met');
  });

  it('stops listening when removed from the page', () => {
    const element = mount<RoleScorecard>(html);
    element.remove();
    type(element.querySelector<HTMLInputElement>(`#${calcIds.value(1)}`), '75');
    type(element.querySelector<HTMLInputElement>(`#${calcIds.formula(1, 'run')}`), '50');
    expect(element.querySelector(`#${calcIds.message(1)}`)!.textContent).toBe('');
    expect(location.hash).toBe('');
  });
});

describe('scorecard logic', () => {
  it('serialises only the values typed, trimmed', () => {
    expect(
      serialiseValues([
        { position: 1, value: ' 85 ' },
        { position: 2, value: '' },
        { position: 3, value: '', custom: '≥ 9' },
      ]),
    ).toBe('v1=85&t3=%E2%89%A5+9');
  });

  it('prefers a shared link to stored values, but not a plain anchor', () => {
    expect(restoreSource('v1=2', 'v1=1')).toBe('v1=2');
    expect(restoreSource('kpi-pass-rate', 'v1=1')).toBe('v1=1');
    expect(restoreSource('', null)).toBe('');
  });
});
