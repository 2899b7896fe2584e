import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ORG_PORT } from './playwright.config.ts';
import { watchErrors } from './site.ts';

const SAMPLE = '/editors/health/documents/000-619243cf29085ed7/';
const SAMPLE_003 = '/editors/health/documents/003-d2368406a48dee8f/';
/** The site with added documents, one of which gives a seed's measure targets of its own. */
const org = `http://127.0.0.1:${ORG_PORT}`;

const finding = (page: Page, text: string) => page.locator('li.finding', { hasText: text });

test('the index counts findings per document and severity, each document linking to its own page', async ({ page }) => {
  await page.goto('/editors/health/');
  await expect(page.locator('.counts')).toContainText('Warnings17');
  await expect(page.locator('.counts')).toContainText('Notes90');
  const row = page.getByRole('row', { name: /Key performance indicators \(KPIs\)/ });
  await expect(row.getByRole('cell')).toHaveText(['Key performance indicators (KPIs)', '000_619243cf29085ed7.txt', '0', '8', '44', '0']);
  await expect(page.getByRole('main')).toContainText('No finding occurs in more than one document.');
  // The index holds no findings: they are on each document's page.
  await expect(page.locator('li.finding')).toHaveCount(0);
  await row.getByRole('link', { name: 'Key performance indicators (KPIs)' }).click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key performance indicators (KPIs)');
});

test('a document’s page groups its findings by severity, each quoting its line and linking to it', async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(page.locator('section[data-filter-group] > h2')).toHaveText([
    /^Warnings \(7 findings, 8 places\)/,
    /^Notes \(18 findings, 44 places\)/,
  ]);
  for (const [section, word] of [
    ['warnings', 'Warning'],
    ['notes', 'Note'],
  ] as const) {
    const severities = await page.locator(`section:has(> h2#${section}) li.finding .sev`).allTextContents();
    // The icon before the word is hidden from screen readers; the word says the severity.
    expect(new Set(severities.map((s) => s.replace(/^[✗!i] /, '')))).toEqual(new Set([word]));
  }
  const typo = finding(page, '“vverage” is not in the dictionary');
  await expect(typo.locator('q')).toHaveText('- 1 second vverage response response time for API calls.');
  await expect(typo.locator('q mark')).toHaveText('vverage');
  await expect(typo).toContainText('(Software Architect)');
  await typo.getByRole('link', { name: '000_619243cf29085ed7.txt:25' }).click();
  await expect(page).toHaveURL(/\/documents\/000-619243cf29085ed7\/#L25$/);
  await expect(page.locator('#L25')).toContainText('vverage response response');
});

test('one conflict of targets is listed once, with both sides and every place it occurs', async ({ page }) => {
  await page.goto(SAMPLE);
  const conflict = finding(page, '“time to resolve technical issues”');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.locator('.message')).toContainText(
    '“time to resolve technical issues” has 2 different targets in 8 places: ≤ 24 h in 7 places; ≤ 36 h in 1 place.',
  );
  const links = conflict.locator('.places a');
  await expect(links).toHaveText([39, 57, 76, 49, 68, 86, 94, 101].map((n) => `000_619243cf29085ed7.txt:${n}`));
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
  expect(hrefs).toEqual(['#L39', '#L57', '#L76', '#L49', '#L68', '#L86', '#L94', '#L101']);
  await expect(conflict.locator('.places > li .variant')).toHaveText(['≤ 24 h', '≤ 24 h', '≤ 36 h']);
  await expect(conflict.locator('.places mark')).toHaveText(['24hrs', '24hrs', '36hrs']);
  // Every other finding is listed once too: no message is repeated on the page.
  const messages = await page.locator('li.finding .message').allTextContents();
  expect(new Set(messages).size).toBe(messages.length);
});

test('the filter narrows by severity and words, and says how many findings are shown', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(SAMPLE);
  const status = page.getByRole('status');
  await expect(status).toHaveText('25 findings');
  await page.getByRole('checkbox', { name: /Notes/ }).uncheck();
  await expect(page.locator('section:has(> h2#notes)')).toBeHidden();
  await expect(page.locator('li.finding:visible')).toHaveCount(7);
  await expect(status).toHaveText('7 of 25 findings shown');
  await page.getByRole('checkbox', { name: /Notes/ }).check();
  await page.getByRole('searchbox', { name: 'Words' }).fill('time resolve 36hrs');
  await expect(page.locator('li.finding:visible')).toHaveCount(1);
  await expect(page.locator('li.finding:visible')).toContainText('time to resolve technical issues');
  await expect(page.locator('section:has(> h2#warnings)')).toBeHidden();
  await page.getByRole('searchbox', { name: 'Words' }).fill('no such words');
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  // On the index, the same filter narrows the documents.
  await page.goto('/editors/health/');
  await page.getByRole('searchbox', { name: 'Words' }).fill('metrics');
  await expect(page.locator('tbody tr:visible')).toHaveCount(1);
  await expect(page.locator('tbody tr:visible')).toContainText('KPIs & Metrics per Area / Role');
  await expect(page.getByRole('status')).toHaveText('1 of 2 documents shown');
  expect(errors()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a document’s page lists every finding, grouped, with links to each severity, and no dead controls', async ({ page }) => {
    await page.goto(SAMPLE);
    const controls = page.locator('health-filter input');
    await expect(controls).toHaveCount(3);
    for (const control of await controls.all()) await expect(control).toBeHidden();
    await expect(page.getByRole('status')).toBeHidden();
    await expect(page.locator('li.finding:visible')).toHaveCount(25);
    const jump = page.getByRole('navigation', { name: 'Findings by severity' });
    await jump.getByRole('link', { name: 'Notes' }).click();
    await expect(page).toHaveURL(/#notes$/);
    await expect(page.locator('h2#notes')).toBeInViewport();
    await expect(finding(page, '“time to resolve technical issues”')).toBeVisible();
  });
});

test('old addresses of a role’s findings lead to its first finding on its document’s page', async ({ page }) => {
  await page.goto('/roles/000-619243cf29085ed7/backend-team/');
  await expect(page.getByRole('main')).not.toContainText('cross-family-word');
  // The address saved when health was one page and ids still held "/" reaches the role's first place.
  await page.goto('/health/#role-000-619243cf29085ed7/backend-team');
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}#role-000-619243cf29085ed7__backend-team$`));
  const anchor = page.locator('#role-000-619243cf29085ed7__backend-team');
  await expect(anchor).toBeInViewport();
  await expect(page.locator('li.finding', { has: anchor })).toContainText('Backend Team');
  await page.goto('/editors/health/#document-003-d2368406a48dee8f');
  await expect(page).toHaveURL(new RegExp(`${SAMPLE_003}#document-003-d2368406a48dee8f$`));
});

test('a finding in several documents is listed once across documents with every place, and each document’s page links to it', async ({
  page,
}) => {
  await page.goto(`${org}/editors/health/`);
  await expect(page.getByRole('main')).toContainText('1 finding occurs in several documents (10 places)');
  await page.getByRole('link', { name: 'across documents' }).click();
  await expect(page).toHaveURL(`${org}/editors/health/across/`);
  const conflict = finding(page, '“time to resolve technical issues”');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.locator('.message')).toContainText('has 4 different targets in 10 places across 2 documents');
  await expect(conflict.locator('.places a')).toHaveCount(10);
  await expect(conflict.locator('.places a').last()).toHaveText('service-desk.md:12');
  // The documents to filter by are those the page's findings occur in.
  const select = page.getByRole('combobox', { name: 'Document' });
  await expect(select.locator('option')).toHaveText(['All documents', 'Key performance indicators (KPIs)', 'Service desk KPIs']);
  await select.selectOption({ label: 'Service desk KPIs' });
  await expect(conflict).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('1 finding');
  // The document's own page shows its two places and leads to the others.
  await page.goto(`${org}/editors/health/documents/service-desk/`);
  const local = finding(page, '“time to resolve technical issues”');
  await expect(local.locator('.places a')).toHaveText(['service-desk.md:7', 'service-desk.md:12']);
  await expect(local.locator('.elsewhere')).toContainText('Also 8 places in 1 other document');
  await local.getByRole('link', { name: 'every place of this finding' }).click();
  await expect(page).toHaveURL(/\/editors\/health\/across\/#f-[a-z0-9-]+$/);
  await expect(page.locator('li.finding:target')).toContainText('service-desk.md:7');
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
for (const path of [
  '/editors/health/',
  SAMPLE,
  SAMPLE_003,
  `${org}/editors/health/across/`,
  `${org}/editors/health/documents/service-desk/`,
]) {
  test(`${path.replace(org, 'org:')}: axe clean in the light and the dark theme, filtered or not`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const violations = async (label: string) =>
      (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map(
        (v) =>
          `${label}: ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(await violations('light')).toEqual([]);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations('dark')).toEqual([]);
    await page.getByRole('searchbox', { name: 'Words' }).fill('target');
    expect(await violations('dark, filtered')).toEqual([]);
    expect(errors()).toEqual([]);
  });
}
