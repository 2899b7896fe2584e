// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Counts,
  findAll,
  holdsQuery,
  LIMIT,
  largestCounts,
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

/** A page only the corrected or joined query finds, as Pagefind would. */
const WRITER: PagefindResultData = {
  url: '/handbook/roles/writer/',
  excerpt: '10 <mark>knowledgebase</mark> resources; <mark>customer</mark> rating',
  content: 'Technical Writer. 10 knowledgebase resources; customer satisfaction rating.',
  meta: { title: 'Technical Writer' },
  sub_results: [],
};
/** The words the index holds, as /search-words.json lists them. */
const WORDS = ['customer', 'knowledge', 'knowledgebase', 'rating', 'resources', 'satisfaction', 'technical', 'writer'];
/** Serves /search-words.json (or fails, for null) in place of the network. */
function serveWords(words: string[] | null) {
  const fetched = vi.fn(async (_url: string) => (words ? new Response(JSON.stringify(words)) : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetched);
  return fetched;
}

/**
 * A stand-in for Pagefind: "nothing" finds none; "custmer" and "knowledge base" find PAGES by a
 * prefix fallback (pages that do not hold the words); "customer" and "knowledgebase" find WRITER;
 * any other query finds PAGES.
 */
function fakePagefind() {
  const search = vi.fn(async (term: string | null, _o: { filters: Record<string, { any: string[] }> }) => {
    const found = term === 'nothing' ? [] : term === 'customer' || term === 'knowledgebase' ? [WRITER] : PAGES;
    return { results: found.map((d) => ({ data: async () => d })), filters: term === 'customer' ? { target: { Yes: 1 } } : COUNTS };
  });
  const pagefind: Pagefind = { options: vi.fn(async () => {}), init: vi.fn(async () => {}), filters: vi.fn(async () => COUNTS), search };
  return { pagefind, search };
}

function setUp() {
  const element = mount<SiteSearch>(html);
  const fake = fakePagefind();
  element.loadPagefind = vi.fn(async () => fake.pagefind);
  return { element, ...fake, fetched: serveWords(WORDS) };
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
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

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

  it('searches a typo corrected and a compound joined, saying what the query was read as', async () => {
    const { element, search, fetched } = setUp();
    await element.open();
    type(element.querySelector('input[type="search"]'), 'custmer');
    await vi.waitFor(() => expect(status().textContent).toBe('1 result for “custmer”, read as “customer”.'));
    expect(search).toHaveBeenCalledWith('custmer', { filters: {} });
    expect(search).toHaveBeenCalledWith('customer', { filters: {} });
    expect([...results().querySelectorAll(':scope > li > a')].map((a) => a.textContent)).toEqual(['Technical Writer']);
    // The facets count what the corrected query found, not the fallback pages.
    expect(element.querySelector('.search-facets')!.textContent).toBe('');
    type(element.querySelector('input[type="search"]'), 'knowledge base');
    await vi.waitFor(() => expect(status().textContent).toBe('1 result for “knowledge base”, read as “knowledgebase”.'));
    // The words were fetched once, from under the base.
    expect(fetched.mock.calls).toEqual([['/handbook/search-words.json']]);
  });

  it('searches the query as typed alone when the words cannot be loaded', async () => {
    const { element, search } = setUp();
    serveWords(null);
    await element.open();
    type(element.querySelector('input[type="search"]'), 'custmer');
    await vi.waitFor(() => expect(status().textContent).toContain('No results for “custmer”'));
    expect(search.mock.calls.map(([q]) => q)).toEqual(['custmer']);
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

describe('findAll', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('merges the pages each variant finds, the query as typed first and each page once', async () => {
    const KB: PagefindResultData = {
      url: '/handbook/roles/support/',
      excerpt: '',
      content: 'Support. Knowledge base articles.',
      meta: { title: 'Support' },
      sub_results: [],
    };
    const found: Record<string, PagefindResultData[]> = { 'knowledge base': [KB, PAGES[0]!], knowledgebase: [WRITER, KB] };
    const counts: Record<string, Counts> = {
      'knowledge base': { target: { Yes: 1, No: 0 } },
      knowledgebase: { target: { Yes: 1, No: 1 } },
    };
    const search = vi.fn(async (term: string | null) => ({
      results: (found[term ?? ''] ?? []).map((d) => ({ data: async () => d })),
      filters: counts[term ?? ''] ?? {},
    }));
    const pagefind: Pagefind = { options: vi.fn(), init: vi.fn(), filters: vi.fn(), search };
    serveWords(['base', 'knowledge', 'knowledgebase']);
    const merged = (await findAll(pagefind, 'knowledge base', {}, '/'))!;
    expect(search.mock.calls.map(([q]) => q)).toEqual(['knowledge base', 'knowledgebase']);
    // QA's page holds neither "knowledge" nor "base": Pagefind's prefix fallback, left out.
    expect(merged.data.map((d) => d.meta.title)).toEqual(['Support', 'Technical Writer']);
    expect(merged.total).toBe(2);
    expect(merged.readAs).toEqual([]);
    expect(merged.counts).toEqual({ target: { Yes: 1, No: 1 } });
  });

  it('keeps only the pages that hold each query’s words', async () => {
    const { pagefind } = fakePagefind();
    serveWords(WORDS);
    const found = (await findAll(pagefind, 'custmer', {}, '/'))!;
    expect(found.data.map((d) => d.url)).toEqual(['/handbook/roles/writer/']);
    expect(found.readAs).toEqual(['customer']);
    expect(found.counts).toEqual({ target: { Yes: 1 } });
  });

  it('counts each facet value as the largest count of any search', () => {
    expect(largestCounts([{ target: { Yes: 3, No: 1 } }, { target: { Yes: 2, No: 4 }, group: { A: 1 } }])).toEqual({
      target: { Yes: 3, No: 4 },
      group: { A: 1 },
    });
    expect(largestCounts([])).toEqual({});
  });
});
