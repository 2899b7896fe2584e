// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { matchesAll, queryWords, type RoleFilter } from '../../src/components/role-filter.ts';
import { mount, type } from './mount.ts';

const card = (name: string, keywords: string) =>
  `<li class="card" data-filter-text="${`${name} ${keywords}`.toLowerCase()}"><h4><a href="#">${name}</a></h4></li>`;
const html = `
  <role-filter>
    <div class="filter" data-needs-js>
      <label>Find your role <input type="search" /></label>
      <p id="role-filter-count" role="status"></p>
    </div>
    <section class="directory-document" id="tech">
      <div class="directory-group" id="frontend">${card('Frontend Engineers', 'Tech Team KPIs')}${card('QA', 'Tech Team KPIs')}</div>
      <div class="directory-group" id="design">${card('Head of Design', 'Design KPIs')}</div>
    </section>
    <section class="directory-document" id="sales">
      <div class="directory-group">${card('Sales & Marketing Intern', 'Interns Sales')}</div>
    </section>
    <p class="empty" hidden>No role matches.</p>
  </role-filter>`;

const shown = () => [...document.querySelectorAll<HTMLElement>('[data-filter-text]')].filter((c) => !c.hidden).map((c) => c.textContent);
const status = () => document.querySelector('[role="status"]')!.textContent;
const input = () => document.querySelector<HTMLInputElement>('role-filter input');

describe('<role-filter>', () => {
  afterEach(() => document.body.replaceChildren());

  it('counts every role before anything is typed', () => {
    mount(html);
    expect(status()).toBe('4 roles');
    expect(shown()).toHaveLength(4);
  });

  it('narrows the cards as you type, word by word, and hides emptied headings', () => {
    mount(html);
    type(input(), 'tech');
    expect(shown()).toEqual(['Frontend Engineers', 'QA']);
    expect(status()).toBe('2 of 4 roles shown');
    expect(document.getElementById('design')!.hidden).toBe(true);
    expect(document.getElementById('sales')!.hidden).toBe(true);
    type(input(), 'TECH   front');
    expect(shown()).toEqual(['Frontend Engineers']);
    expect(document.querySelector<HTMLElement>('.empty')!.hidden).toBe(true);
  });

  it('says so when nothing matches, and shows everything again when cleared', () => {
    mount(html);
    type(input(), 'astronaut');
    expect(shown()).toEqual([]);
    expect(document.querySelector<HTMLElement>('.empty')!.hidden).toBe(false);
    type(input(), '');
    expect(shown()).toHaveLength(4);
    expect(document.getElementById('sales')!.hidden).toBe(false);
  });

  it('stops listening when removed from the page', () => {
    const element = mount<RoleFilter>(html);
    element.remove();
    type(element.querySelector('input'), 'qa');
    expect([...element.querySelectorAll<HTMLElement>('[data-filter-text]')].filter((c) => c.hidden)).toEqual([]);
  });

  it('matches lower-case words anywhere in the text', () => {
    expect(queryWords('  Head  of ')).toEqual(['head', 'of']);
    expect(matchesAll('head of design design kpis', ['des', 'head'])).toBe(true);
    expect(matchesAll('qa tech team', ['qa', 'design'])).toBe(false);
    expect(matchesAll('anything', [])).toBe(true);
  });
});
