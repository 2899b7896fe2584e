// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleFilter } from '../../src/components/role-filter.ts';
import '../../src/components/role-filter.ts';
import { filterText, matchesAll, queryWords, readerWords } from '../../src/lib/handbook/reader-words.ts';
import { roleInitials } from '../../src/lib/handbook/search-terms.ts';
import { mount, type } from './mount.ts';

/** A card's filter text as role-card.astro writes it. */
const card = (name: string, keywords: string) =>
  `<li class="card" data-filter-text="${filterText([name, ...roleInitials(name), ...readerWords(name), keywords].join(' '))}"><h4><a href="#${name.replace(/\W/g, '')}">${name}</a></h4></li>`;
const html = `
  <role-filter>
    <div class="filter" data-needs-js>
      <label>Find your role <input type="search" name="q" /></label>
      <p id="role-filter-count" role="status"></p>
    </div>
    <section class="directory-document" id="tech">
      <div class="directory-group" id="frontend">${card('Frontend Engineers', 'Tech Team KPIs')}${card('QA', 'Tech Team KPIs')}${card('Backend Engineers', 'Tech Team KPIs')}${card('Quality Assurance Engineer', 'Tech Team KPIs')}</div>
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
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/');
  });

  it('counts every role before anything is typed', () => {
    mount(html);
    expect(status()).toBe('6 roles');
    expect(shown()).toHaveLength(6);
  });

  it('narrows the cards as you type, word by word, and hides emptied headings', () => {
    mount(html);
    type(input(), 'tech');
    expect(shown()).toEqual(['Frontend Engineers', 'QA', 'Backend Engineers', 'Quality Assurance Engineer']);
    expect(status()).toBe('4 of 6 roles shown');
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
    expect(shown()).toHaveLength(6);
    expect(document.getElementById('sales')!.hidden).toBe(false);
  });

  it('stops listening when removed from the page', () => {
    const element = mount<RoleFilter>(html);
    element.remove();
    type(element.querySelector('input'), 'qa');
    expect([...element.querySelectorAll<HTMLElement>('[data-filter-text]')].filter((c) => c.hidden)).toEqual([]);
  });

  it('matches the starts of words, in any order, hyphens read as spaces', () => {
    expect(queryWords('  Head  of ')).toEqual(['head', 'of']);
    expect(queryWords('Back-end')).toEqual(['back', 'end']);
    expect(matchesAll(' head of design design kpis ', ['des', 'head'])).toBe(true);
    expect(matchesAll(' qa tech team ', ['qa', 'design'])).toBe(false);
    expect(matchesAll(' backend ', ['end'])).toBe(false);
    expect(matchesAll(' anything ', [])).toBe(true);
  });

  it.each([
    ['QA', ['QA', 'Quality Assurance Engineer']],
    ['quality assurance', ['QA', 'Quality Assurance Engineer']],
    ['back-end', ['Backend Engineers']],
    ['backend developer', ['Backend Engineers']],
    ['engineer backend', ['Backend Engineers']],
    ['front end dev', ['Frontend Engineers']],
    ['tester', ['QA', 'Quality Assurance Engineer']],
    ['designer', ['Head of Design']],
  ])('finds what readers mean by “%s”', (query, expected) => {
    mount(html);
    type(input(), query);
    expect(shown()).toEqual(expected);
  });

  it('keeps what is typed in the address, and starts from it after a reload, Back or a shared link', () => {
    history.replaceState(null, '', '/#dir-tech');
    mount(html);
    type(input(), 'back-end dev');
    expect(location.search).toBe('?q=back-end+dev');
    expect(location.hash).toBe('#dir-tech');
    document.body.replaceChildren();
    mount(html);
    expect(input()!.value).toBe('back-end dev');
    expect(shown()).toEqual(['Backend Engineers']);
    expect(status()).toBe('1 of 6 roles shown');
    type(input(), '');
    expect(location.search).toBe('');
  });

  it('opens the one role left when Enter is pressed', () => {
    mount(html);
    type(input(), 'backend');
    let opened = '';
    document.querySelector<HTMLAnchorElement>('a[href="#BackendEngineers"]')!.addEventListener('click', (e) => {
      opened = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!;
      e.preventDefault();
    });
    input()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(opened).toBe('#BackendEngineers');
  });
});
