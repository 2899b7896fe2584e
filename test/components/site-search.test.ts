// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Counts,
  holdsQuery,
  LIMIT,
  type Pagefind,
  type PagefindResultData,
  statusNodes,
} from '../../src/components/search-results.ts';
import type { SiteSearch } from '../../src/components/site-search.ts';
import '../../src/components/site-search.ts';
import { mount, type } from './mount.ts';

const html = `
  <site-search data-base="/handbook/">
    <a class="search-open" href="/handbook/kpis/">Search</a>
    <template>
      <dialog class="search-dialog" aria-labelledby="search-title">
        <div class="search-head">
          <input id="search-input" type="search" />
          <button type="button" class="search-close">Close</button>
        </div>
        <p id="search-status" role="status" class="search-status"></p>
        <div class="search-body">
          <div class="search-facets" role="group" aria-label="Filters"></div>
          <ol class="search-results" aria-label="Results"></ol>
        </div>
      </dialog>
    </template>
  </site-search>`;

const PAGES: PagefindResultData[] = [
  {
    url: '/handbook/roles/qa/',
    excerpt: '⁘ hrs hours ⁙ Bugs fixed within <mark>24hrs</mark> &amp; <b>retested</b>',
    content: 'QA. ⁘ hrs hours ⁙ Bugs fixed within 24hrs & retested. Time to restore service.',
    meta: { title: 'QA', document: 'Tech KPIs' },
    sub_results: [
      { title: 'QA', url: '/handbook/roles/qa/', excerpt: 'same page' },
      { title: 'Bugs fixed within 24hrs', url: '/handbook/roles/qa/#kpi-bugs', excerpt: 'within <mark>24hrs</mark>' },
    ],
  },
  {
    url: '/handbook/definitions/',
    excerpt: '<img src=x onerror="alert(1)">Time to <mark>restore</mark>',
    content: 'Definitions. Time to restore. 24hrs.',
    meta: { title: '<Definitions>' },
    sub_results: [],
  },
];
const COUNTS: Counts = {
  target: { Yes: 3, No: 2 },
  document: { 'Tech KPIs': 4 },
  group: { Engineering: 4, Design: 0 },
  unknown: { x: 1 },
};

/** A stand-in for Pagefind: every non-empty query finds PAGES, "nothing" finds none. */
function fakePagefind() {
  const search = vi.fn(async (term: string | null, _o: { filters: Record<string, { any: string[] }> }) => {
    const results = term === 'nothing' ? [] : PAGES.map((d) => ({ data: async () => d }));
    return { results, filters: COUNTS };
  });
  const pagefind: Pagefind = { options: vi.fn(async () => {}), init: vi.fn(async () => {}), filters: vi.fn(async () => COUNTS), search };
  return { pagefind, search };
}

function setUp() {
  const element = mount<SiteSearch>(html);
  const fake = fakePagefind();
  element.loadPagefind = vi.fn(async () => fake.pagefind);
  return { element, ...fake };
}
const status = () => document.querySelector('#search-status')!;
const results = () => document.querySelector('.search-results')!;

describe('holdsQuery', () => {
  it('keeps pages that hold each word or a word that starts like it, and drops prefix fallbacks', () => {
    const content = 'Software Architect. ⁘ SA architecture ⁙ 1 second vverage response time. Stand-ups attended.';
    expect(holdsQuery(content, 'salary')).toBe(false);
    expect(holdsQuery(content, 'SA')).toBe(true);
    expect(holdsQuery(content, 'architectural')).toBe(true);
    expect(holdsQuery(content, 'respon')).toBe(true);
    expect(holdsQuery(content, 'stand-ups')).toBe(true);
    expect(holdsQuery(content, 'response salary')).toBe(false);
  });
});

describe('<site-search>', () => {
  afterEach(() => document.body.replaceChildren());

  it('turns the link to the KPI index into a button that opens the dialog', async () => {
    const { element } = setUp();
    const button = element.querySelector('button.search-open')!;
    expect(element.querySelector('a.search-open')).toBeNull();
    expect(button.outerHTML).toBe(
      '<button type="button" class="search-open" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K">Search <kbd aria-hidden="true">/</kbd></button>',
    );
    await element.open();
    expect(element.querySelector('dialog')!.open).toBe(true);
    expect(element.loadPagefind).toHaveBeenCalledWith('/handbook/');
    expect(status().textContent).toBe('Type to search roles, KPIs and definitions.');
    expect([...element.querySelectorAll('.search-facets legend')].map((l) => l.textContent)).toEqual(['Has a target']);
  });

  it('renders results from Pagefind as links, excerpts with highlights and deep links, without running their markup', async () => {
    const { element } = setUp();
    await element.open();
    type(element.querySelector('input[type="search"]'), ' 24hrs ');
    await vi.waitFor(() => expect(status().textContent).toBe('2 results for “24hrs”.'));
    const items = results().querySelectorAll(':scope > li');
    expect(items).toHaveLength(2);
    expect(items[0]!.innerHTML).toBe(
      '<a href="/handbook/roles/qa/">QA</a> <span class="where">Tech KPIs</span><p>Bugs fixed within <mark>24hrs</mark> &amp; retested</p>' +
        '<ul><li><a href="/handbook/roles/qa/#kpi-bugs">Bugs fixed within 24hrs</a><p>within <mark>24hrs</mark></p></li></ul>',
    );
    expect(items[1]!.innerHTML).toBe('<a href="/handbook/definitions/">&lt;Definitions&gt;</a> <p>Time to <mark>restore</mark></p>');
    expect(results().querySelector('img')).toBeNull();
  });

  it('sends ticked facets as filters and keeps them ticked, and leaves out facets that cannot narrow anything', async () => {
    const { element, search } = setUp();
    await element.open();
    // One document, and a group with a single value that has results: neither narrows anything.
    expect(element.querySelector('.search-facets input[name="document"], .search-facets input[name="group"]')).toBeNull();
    const box = element.querySelector<HTMLInputElement>('.search-facets input[name="target"][value="No"]')!;
    expect(box.parentElement!.textContent).toBe(' No (2)');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(search).toHaveBeenCalledWith(null, { filters: { target: { any: ['No'] } } }));
    await vi.waitFor(() => expect(status().textContent).toBe('2 results.'));
    expect(element.querySelector<HTMLInputElement>('.search-facets input[value="No"]')!.checked).toBe(true);
  });

  it('offers a way on when nothing matches', async () => {
    const { element } = setUp();
    await element.open();
    type(element.querySelector('input[type="search"]'), 'nothing');
    await vi.waitFor(() => expect(status().textContent).toContain('No results for “nothing”. Try a role name'));
    expect(status().querySelector('a')!.getAttribute('href')).toBe('/handbook/kpis/');
  });

  it('says how many it shows when there are more results than it lists', () => {
    const text = (nodes: Array<Node | string>) => nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join('');
    expect(text(statusNodes(1, '', '/'))).toBe('1 result.');
    expect(text(statusNodes(LIMIT + 4, 'qa', '/'))).toBe(`${LIMIT + 4} results for “qa”, showing the first ${LIMIT}.`);
  });

  it('opens with "/" and Ctrl+K, but not while typing in a field', () => {
    const { element } = setUp();
    const opened = vi.spyOn(element, 'open');
    const input = document.body.appendChild(document.createElement('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(opened).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('stops listening to the keyboard when removed from the page', () => {
    const { element } = setUp();
    const opened = vi.spyOn(element, 'open');
    element.remove();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    element.querySelector<HTMLButtonElement>('button.search-open')!.click();
    expect(opened).not.toHaveBeenCalled();
  });
});
