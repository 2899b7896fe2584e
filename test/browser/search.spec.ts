import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from './site.ts';

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search roles, KPIs and definitions' });

/** Opens search with "/", types `q` and returns the page titles and KPI sub-results shown. */
async function search(page: Page, q: string) {
  if (!(await searchbox(page).isVisible())) await page.keyboard.press('/');
  await searchbox(page).fill(q);
  await expect(page.locator('#search-status')).toContainText(`“${q}”`);
  return {
    pages: await page.locator('.search-results > li > a').allTextContents(),
    kpis: await page.locator('.search-results > li ul a').allTextContents(),
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/tech-team/');
});

// Readers' queries, written from their side (other words for a job, hyphenation, initials, plural
// and singular, units): [query, what must be among the top N page results, N].
const TOP: Array<[string, string[], number]> = [
  ['Technical Writer', ['Technical Writer'], 1],
  ['DevOps', ['DevOps Engineer'], 1],
  ['devops engineer', ['DevOps Engineer'], 1],
  ['deployments', ['DevOps Engineer'], 1],
  ['Plutio', ['QA'], 1],
  ['invoices', ['Finance'], 1],
  ['invoice', ['Finance'], 1],
  ['lead conversion', ['Sales & Marketing Intern'], 2],
  ['onboarding', ['Finance'], 3],
  ['QA', ['QA', 'Quality Assurance Engineer'], 3],
  ['tester', ['QA', 'Quality Assurance Engineer'], 3],
  ['PM', ['Product Manager', 'Project Manager'], 3],
  ['design', ['Head of Design', 'UX / UI Designer'], 3],
  ['designer', ['UX / UI Designer'], 2],
  ['ux', ['UX / UI Designer'], 1],
  ['interns', ['Interns', 'Sales & Marketing Intern'], 3],
  ['intern', ['Interns', 'Sales & Marketing Intern'], 3],
  ['mobile code', ['Mobile Team', 'Mobile Engineers', 'Backend Team'], 4],
  ['ios', ['Mobile Engineers'], 3],
  ['back-end', ['Backend Team', 'Backend Engineers'], 3],
  ['backend developer', ['Backend Engineers'], 2],
  ['front-end', ['Frontend Team', 'Frontend Engineers'], 3],
  ['frontend engineer', ['Frontend Engineers'], 2],
  ['code coverage', ['Backend Engineers', 'Frontend Engineers', 'Mobile Engineers'], 6],
  ['test coverage', ['Frontend Team'], 6],
  ['response time', ['Tech Team', 'Software Architect'], 3],
  ['api calls', ['Tech Team'], 3],
  ['time to fix', ['Technical Support'], 8],
  ['Net Promoter Score', ['Product Manager', 'Definitions'], 3],
  ['NPS', ['Definitions'], 3],
  ['detractors', ['Definitions'], 1],
  ['recommend', ['Definitions'], 1],
  ['pass rate', ['Backend Engineers', 'Frontend Engineers'], 4],
  ['quality assurance pass rate', ['Definitions'], 8],
  ['transactions', ['Product Manager'], 2],
  ['partnerships', ['Tech Team'], 1],
  ['community', ['Developer Relations'], 1],
  ['open source', ['Developer Relations'], 1],
  ['documentation', ['Technical Writer'], 2],
  ['docs', ['Technical Writer'], 2],
  ['helpdesk', ['Technical Support'], 1],
  ['architect', ['Software Architect'], 1],
  ['analyst', ['Business Analyst'], 1],
  ['operations', ['Head of operations'], 2],
  ['engineers', ['Backend Engineers', 'Frontend Engineers'], 6],
  ['bookmark', ['About this handbook'], 1],
  ['stand-ups', ['Interns'], 12],
];

for (const [q, expected, n] of TOP) {
  test(`"${q}" finds ${expected.join(' and ')} in the top ${n}`, async ({ page }) => {
    const { pages } = await search(page, q);
    for (const title of expected) expect(pages.slice(0, n), `top ${n} for "${q}": ${pages.join(', ')}`).toContain(title);
  });
}

test('a KPI phrase deep-links to the KPI and highlights the match', async ({ page }) => {
  const { kpis } = await search(page, 'stand-ups');
  expect(kpis.some((k) => /stand-ups & sprint reviews attended/.test(k))).toBe(true);
  await expect(page.locator('.search-results mark').first()).toBeVisible();
  const link = page.locator('.search-results > li ul a').filter({ hasText: 'stand-ups' }).first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/roles\/[a-z0-9-]+\/[a-z-]+\/#kpi-/);
  await link.click();
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test('units are found in both spellings: hours and hrs, seconds and second', async ({ page }) => {
  const hours = await search(page, 'hours');
  const hrs = await search(page, 'hrs');
  for (const r of [hours, hrs]) {
    expect(r.pages).toEqual(expect.arrayContaining(['Software Architect', 'Technical Support', 'Quality Assurance Engineer']));
    expect(r.kpis.some((k) => /24hrs|36hrs/.test(k))).toBe(true);
  }
  const seconds = await search(page, 'seconds');
  const second = await search(page, 'second');
  for (const r of [seconds, second]) expect(r.pages.slice(0, 2).sort()).toEqual(['Software Architect', 'Tech Team']);
  // The extra spellings are searchable, never shown.
  await expect(page.locator('.search-results')).not.toContainText(/[⁘⁙]/);
  await expect(page.locator('.search-results')).not.toContainText('sec secs');
});

test('filters are facets in readers’ words with counts that do not wrap, and combine with a query', async ({ page }) => {
  await search(page, 'time');
  const facets = page.getByRole('group', { name: 'Filters' });
  await expect(facets.getByRole('group', { name: 'Has a target' })).toContainText(/Yes \(\d+\)/);
  await expect(facets.getByRole('group', { name: 'Kind' })).toHaveCount(0);
  for (const count of await facets.locator('.where').all()) {
    const box = await count.boundingBox();
    expect(box!.height, 'a count on one line').toBeLessThan(30);
  }
  await facets.getByRole('checkbox', { name: /^Key performance indicators \(KPIs\)/ }).check();
  // Ticking re-counts the facets; focus must stay on the box for keyboard users.
  await expect(facets.getByRole('checkbox', { name: /^Key performance indicators \(KPIs\)/ })).toBeFocused();
  await facets.getByRole('checkbox', { name: /^Yes/ }).check();
  // A facet that can no longer narrow anything goes; one that is ticked stays.
  await expect(facets.getByRole('group', { name: 'Document' })).toHaveCount(1);
  await expect(page.locator('#search-status')).toContainText(/^\d+ results? for “time”/);
  const pages = await page.locator('.search-results > li > a').allTextContents();
  expect(pages.length).toBeGreaterThan(3);
  for (const title of pages)
    expect(['Definitions', 'About this handbook', 'Finance', 'Head of Design', 'DevOps Engineer']).not.toContain(title);
  expect(pages).toContain('Technical Support');
  await expect(page.locator('.search-results .where').first()).toHaveText('Key performance indicators (KPIs)');
  // Unticking restores the wider result set.
  await facets.getByRole('checkbox', { name: /^Yes/ }).uncheck();
  await expect
    .poll(async () => (await page.locator('.search-results > li > a').allTextContents()).length)
    .toBeGreaterThan(pages.length - 1);
});

test('an acronym finds the KPI that spells it out: "nps" finds the Product Manager’s Net Promoter Score', async ({ page }) => {
  const { pages, kpis } = await search(page, 'nps');
  expect(pages).toEqual(expect.arrayContaining(['Product Manager', 'Head of operations', 'Definitions']));
  expect(kpis).toContain('7/10 Average Net Promoter Score');
  // The other way round: the name finds the KPI that writes only the acronym ("e.g., NPS").
  const spelled = await search(page, 'net promoter score');
  expect(spelled.pages).toContain('Head of operations');
});

test('a compound written apart finds it written as one: "knowledge base" finds the Technical Writer’s knowledgebase', async ({ page }) => {
  const { pages, kpis } = await search(page, 'knowledge base');
  expect(pages[0]).toBe('Technical Writer');
  expect(kpis.some((k) => /knowledgebase resources/.test(k))).toBe(true);
  await expect(page.locator('#search-status')).toContainText('read as “knowledgebase”');
  await expect(page.locator('.search-results mark').first()).toHaveText(/knowledgebase/i);
});

test('one typo in a word of five letters or more is forgiven: "custmer" finds the customer KPIs', async ({ page }) => {
  const { pages } = await search(page, 'custmer');
  expect(pages).toEqual(expect.arrayContaining(['Technical Support', 'Technical Writer', 'Developer Relations']));
  await expect(page.locator('#search-status')).toContainText('read as “customer”');
  // Two typos in one query, one per word.
  const both = await search(page, 'custmer satisfction');
  expect(both.pages).toEqual(expect.arrayContaining(['Technical Support', 'Technical Writer']));
});

test('a word no page holds finds nothing: "salary"', async ({ page }) => {
  await page.keyboard.press('/');
  await searchbox(page).fill('salary');
  await expect(page.locator('#search-status')).toContainText('No results for “salary”');
  await expect(page.locator('.search-results > li')).toHaveCount(0);
});

test('Enter in the search box opens the first result', async ({ page }) => {
  await search(page, 'Technical Writer');
  await searchbox(page).press('Enter');
  await expect(page).toHaveURL(/\/roles\/000-619243cf29085ed7\/technical-writer\//);
});

test('a query that matches nothing says so and offers a way on', async ({ page }) => {
  await search(page, 'xylophone');
  await expect(page.locator('#search-status')).toContainText('No results for “xylophone”. Try a role name');
  await page.locator('#search-status').getByRole('link', { name: 'browse all KPIs' }).click();
  await expect(page).toHaveURL(/\/kpis\/$/);
});

test('keyboard: / and Ctrl+K open, arrows move, Enter opens, Escape closes', async ({ page }) => {
  const errors = watchErrors(page);
  const button = page.getByRole('button', { name: /Search/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('Technical Support');
  await expect(page.locator('#search-status')).toContainText('“Technical Support”');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles\/000-619243cf29085ed7\/technical-support\/$/);
  expect(errors()).toEqual([]);
});

test('typing "/" in a text field types it instead of opening search', async ({ page }) => {
  await page.goto('/');
  const filter = page.getByRole('searchbox', { name: 'Find your role' });
  await filter.click();
  await page.keyboard.type('a/b');
  await expect(filter).toHaveValue('a/b');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the index loads only when search is first opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/roles/003-d2368406a48dee8f/qa/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.includes('pagefind'))).toEqual([]);
  await search(page, 'QA');
  expect(fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the open search dialog passes axe in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await search(page, 'time');
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
});

test('without JavaScript the search button is a link to the KPI index', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/roles/003-d2368406a48dee8f/qa/');
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/kpis\/$/);
  await context.close();
});
