// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compareRows, type KpiTable, passes, sortAttr } from '../../src/components/kpi-table.ts';
import { filterText, queryWords } from '../../src/lib/handbook/reader-words.ts';
import { mount, type } from './mount.ts';

const row = (order: number, role: string, kpi: string, document: string, kind: string, target: 'yes' | 'no') =>
  `<tr data-document="${document}" data-kind="${kind}" data-target="${target}" data-order="${order}" data-text="${filterText(`${kpi} ${role}`)}" data-key-role="${role.toLowerCase()}" data-key-kpi="${kpi.toLowerCase()}">
     <td>${role}</td><td>${document}</td><td>${kpi}</td></tr>`;
const html = `
  <kpi-table>
    <div class="filter" role="group" data-needs-js>
      <input type="search" name="q" />
      <select name="document"><option value="">All</option><option value="tech">Tech</option><option value="sales">Sales</option></select>
      <select name="kind"><option value="">All</option><option value="percent">percent</option><option value="duration">duration</option><option value="none">none</option></select>
      <select name="target"><option value="">Any</option><option value="yes">yes</option><option value="no">no</option></select>
      <p role="status"></p>
    </div>
    <table>
      <thead><tr><th scope="col" data-sort="role">Role</th><th scope="col" data-sort="kpi">KPI</th></tr></thead>
      <tbody id="qa">
        <tr class="role-head"><td colspan="3"><h2>QA</h2></td></tr>
        ${row(0, 'QA', 'Pass rate', 'tech', 'percent', 'yes')}
        ${row(1, 'QA', 'Bugs escaped', 'tech', 'none', 'no')}
      </tbody>
      <tbody id="finance">
        <tr class="role-head"><td colspan="3"><h2>Finance</h2></td></tr>
        ${row(2, 'Finance', 'Invoices on time', 'sales', 'duration', 'yes')}
      </tbody>
      <tbody id="architect">
        <tr class="role-head"><td colspan="3"><h2>Architect</h2></td></tr>
        ${row(3, 'Architect', 'Response time', 'tech', 'duration', 'yes')}
      </tbody>
    </table>
  </kpi-table>`;

const visible = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-order]')].filter((r) => !r.hidden).map((r) => r.cells[2]!.textContent);
const status = () => document.querySelector('[role="status"]')!.textContent;
function choose(name: string, value: string) {
  const select = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
const heading = (key: string) => document.querySelector<HTMLTableCellElement>(`th[data-sort="${key}"]`)!;

describe('<kpi-table>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/kpis/');
  });

  it('turns the sortable headings into buttons and counts the rows', () => {
    mount(html);
    expect(heading('role').innerHTML).toBe('<button type="button">Role</button>');
    expect(status()).toBe('4 of 4 KPIs shown');
  });

  it('filters rows by every select that is set', () => {
    mount(html);
    choose('document', 'tech');
    expect(visible()).toEqual(['Pass rate', 'Bugs escaped', 'Response time']);
    choose('kind', 'duration');
    expect(visible()).toEqual(['Response time']);
    expect(status()).toBe('1 of 4 KPIs shown');
    choose('document', '');
    choose('kind', '');
    choose('target', 'no');
    expect(visible()).toEqual(['Bugs escaped']);
  });

  it('filters by text as it is typed: the starts of words of the KPI or the role, in any order', () => {
    mount(html);
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), 'time');
    expect(visible()).toEqual(['Invoices on time', 'Response time']);
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), 'qa pass');
    expect(visible()).toEqual(['Pass rate']);
    expect(status()).toBe('1 of 4 KPIs shown');
  });

  it('sorts by a heading, ascending then descending, keeping source order within ties', () => {
    mount(html);
    heading('role').querySelector('button')!.click();
    // Sorted, the rows leave their roles' groups for one list; the headings stay where they were.
    expect(document.querySelectorAll('#qa tr[data-order]')).toHaveLength(4);
    expect(document.querySelectorAll('.role-head')).toHaveLength(3);
    expect(heading('role').getAttribute('aria-sort')).toBe('ascending');
    expect(visible()).toEqual(['Response time', 'Invoices on time', 'Pass rate', 'Bugs escaped']);
    heading('role').querySelector('button')!.click();
    expect(heading('role').getAttribute('aria-sort')).toBe('descending');
    expect(visible()).toEqual(['Pass rate', 'Bugs escaped', 'Invoices on time', 'Response time']);
    heading('kpi').querySelector('button')!.click();
    expect(heading('role').hasAttribute('aria-sort')).toBe(false);
    expect(visible()).toEqual(['Bugs escaped', 'Invoices on time', 'Pass rate', 'Response time']);
  });

  it('adds its buttons once however often it is connected, and stops listening when removed', () => {
    const element = mount<KpiTable>(html);
    element.remove();
    document.body.append(element);
    expect(heading('role').querySelectorAll('button')).toHaveLength(1);
    element.remove();
    element.querySelector<HTMLButtonElement>('th[data-sort="kpi"] button')!.click();
    expect(element.querySelector('th[aria-sort]')).toBeNull();
  });

  it('keeps the filters in the address as they change, without a new history entry', () => {
    history.replaceState(null, '', '/kpis/#top');
    const entries = history.length;
    mount(html);
    choose('kind', 'duration');
    expect(location.search).toBe('?kind=duration');
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), 'response time');
    expect(location.search).toBe('?kind=duration&q=response+time');
    expect(location.hash).toBe('#top');
    choose('kind', '');
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), '');
    expect(location.search).toBe('');
    expect(history.length).toBe(entries);
  });

  it('starts from the filters in the address, as after a reload, Back or a shared link', () => {
    history.replaceState(null, '', '/kpis/?q=time&document=tech&kind=unknown');
    mount(html);
    expect(document.querySelector<HTMLInputElement>('input[name="q"]')!.value).toBe('time');
    expect(document.querySelector<HTMLSelectElement>('select[name="document"]')!.value).toBe('tech');
    // A kind the table does not offer leaves every kind shown.
    expect(document.querySelector<HTMLSelectElement>('select[name="kind"]')!.value).toBe('');
    expect(visible()).toEqual(['Response time']);
    expect(status()).toBe('1 of 4 KPIs shown');
  });

  it('has pure filter and order rules', () => {
    expect(sortAttr('direction')).toBe('keyDirection');
    expect(passes({ document: 'a', kind: 'count', target: 'no' }, { document: 'a', kind: '', target: '', period: '', words: [] })).toBe(
      true,
    );
    expect(passes({ document: 'a', kind: 'count', target: 'no' }, { document: '', kind: '', target: 'yes', period: '', words: [] })).toBe(
      false,
    );
    const row = { document: 'a', kind: 'percent', target: 'yes', text: ' 80 average stand ups attended backend engineers 80 80 ' };
    expect(passes(row, { document: '', kind: '', target: '', period: '', words: queryWords('Stand-ups backend') })).toBe(true);
    expect(passes(row, { document: '', kind: '', target: '', period: '', words: queryWords('end') })).toBe(false);
    expect(passes({ period: 'month' }, { document: '', kind: '', target: '', period: 'month', words: [] })).toBe(true);
    expect(passes({ period: 'none' }, { document: '', kind: '', target: '', period: 'month', words: [] })).toBe(false);
    const rows = [
      { keyRole: 'b', order: '0' },
      { keyRole: 'a', order: '2' },
      { keyRole: 'a', order: '1' },
    ];
    expect(rows.sort(compareRows('keyRole', 'descending')).map((r) => r.order)).toEqual(['0', '1', '2']);
  });
});
