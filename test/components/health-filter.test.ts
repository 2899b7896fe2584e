// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { passes } from '../../src/components/health-filter.ts';
import '../../src/components/health-filter.ts';
import { mount, type } from './mount.ts';

/** A finding as health-finding.astro writes it. */
const finding = (id: string, severity: string, documents: string, text: string) =>
  `<li class="finding" id="${id}" data-filter-item data-severity="${severity}" data-documents="${documents}"><p>${text}</p></li>`;
const html = `
  <health-filter data-noun="finding" data-nouns="findings">
    <div class="filter" data-needs-js>
      <fieldset>
        <label><input type="checkbox" name="show-warning" value="warning" checked /> Warnings</label>
        <label><input type="checkbox" name="show-info" value="info" checked /> Notes</label>
      </fieldset>
      <select name="document"><option value="">All documents</option><option value="a">A</option><option value="b">B</option></select>
      <input type="search" name="q" />
      <p role="status"></p>
    </div>
    <section data-filter-group id="warnings">
      ${finding('w1', 'warning', 'a', '“vverage” is not in the dictionary. a.md:25 Software Architect')}
      ${finding('w2', 'warning', 'b', 'None of the 5 KPIs of Finance has a numeric target.')}
    </section>
    <section data-filter-group id="notes">
      ${finding('n1', 'info', 'a b', '“time to resolve technical issues” has 2 different targets. a.md:39 Frontend Team · b.md:7 Service Desk')}
    </section>
    <p class="empty" hidden>Nothing matches.</p>
  </health-filter>`;

const shown = () => [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].filter((i) => !i.hidden).map((i) => i.id);
const status = () => document.querySelector('[role="status"]')!.textContent;
const tick = (value: string, checked: boolean) => {
  const box = document.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
};
const choose = (value: string) => {
  const select = document.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('passes', () => {
  const want = { severities: new Set(['warning']), document: '', words: [] };
  it('lets through an item with any ticked severity, in the chosen document, holding every word', () => {
    expect(passes({ severity: 'warning info', documents: 'a', text: ' x ' }, want)).toBe(true);
    expect(passes({ severity: 'info', documents: 'a', text: ' x ' }, want)).toBe(false);
    expect(passes({ severity: 'warning', documents: 'a b', text: ' x ' }, { ...want, document: 'b' })).toBe(true);
    expect(passes({ severity: 'warning', documents: 'a', text: ' x ' }, { ...want, document: 'b' })).toBe(false);
    expect(passes({ severity: 'warning', documents: 'a', text: ' time to resolve ' }, { ...want, words: ['resol', 'time'] })).toBe(true);
    expect(passes({ severity: 'warning', documents: 'a', text: ' time to resolve ' }, { ...want, words: ['solve'] })).toBe(false);
  });
});

describe('<health-filter>', () => {
  afterEach(() => document.body.replaceChildren());

  it('counts every finding before anything is chosen', () => {
    mount(html);
    expect(shown()).toEqual(['w1', 'w2', 'n1']);
    expect(status()).toBe('3 findings');
  });

  it('narrows by severity and hides the sections left empty', () => {
    mount(html);
    tick('info', false);
    expect(shown()).toEqual(['w1', 'w2']);
    expect(document.getElementById('notes')!.hidden).toBe(true);
    expect(status()).toBe('2 of 3 findings shown');
    tick('info', true);
    expect(document.getElementById('notes')!.hidden).toBe(false);
  });

  it('narrows by document, keeping a finding that spans it', () => {
    mount(html);
    choose('b');
    expect(shown()).toEqual(['w2', 'n1']);
  });

  it('narrows by the words typed, in the message, the places and the roles', () => {
    mount(html);
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), 'frontend');
    expect(shown()).toEqual(['n1']);
    expect(document.getElementById('warnings')!.hidden).toBe(true);
    type(document.querySelector<HTMLInputElement>('input[name="q"]'), 'nothing like it');
    expect(shown()).toEqual([]);
    expect(document.querySelector<HTMLElement>('.empty')!.hidden).toBe(false);
    expect(status()).toBe('0 of 3 findings shown');
  });

  it('stops listening once removed from the page', () => {
    const element = mount(html);
    element.remove();
    const box = element.querySelector<HTMLInputElement>('input[value="info"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(element.querySelector<HTMLElement>('#n1')!.hidden).toBe(false);
  });
});
