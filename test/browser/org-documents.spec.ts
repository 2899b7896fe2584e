/**
 * The site after an organisation copies its own documents into seeds/ (built by `npm run
 * build:org` from the sample seeds plus three fixture documents, one reusing the seeds' role names
 * "Technical Writer" and "QA"): every page works, the new roles are there, every page of the
 * seeds-only site still resolves, and so does every address readers had before ids were scoped.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { calcIds } from '../../src/components/ids.ts';
import { ORG_PORT } from './playwright.config.ts';
import { builtPages, watchErrors } from './site.ts';

/** Address, file and the name it showed, from before ids were scoped by document. */
const OLD_ADDRESSES = readFileSync(new URL('../fixtures/org/addresses-before-scoped-ids.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);

const origin = `http://127.0.0.1:${ORG_PORT}`;
const pages = builtPages('dist-org');

test('every page of the site with an added document loads without errors', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  for (const path of pages) {
    const response = await page.goto(origin + path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  expect(errors()).toEqual([]);
});

test('the added document’s roles are listed, searchable and checkable beside the seeds’ roles', async ({ page }) => {
  await page.goto(`${origin}/`);
  const directory = page.getByRole('main');
  await expect(directory.getByRole('link', { name: 'Support Lead', exact: true })).toBeVisible();
  await expect(directory.getByRole('link', { name: 'Tech Team', exact: true })).toBeVisible();
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search roles, KPIs and definitions' }).fill('coaching');
  await expect(page.locator('.search-results > li > a').first()).toHaveText('Support Lead');
  await page.goto(`${origin}/roles/clean/support-lead/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support Lead');
});

test('every page of the seeds-only site still resolves once a document is added', async ({ request }) => {
  const missing: string[] = [];
  for (const path of builtPages('dist')) {
    if (path === '/404.html') continue;
    const response = await request.get(origin + path);
    if (response.status() !== 200) missing.push(`${path} → ${response.status()}`);
  }
  expect(missing).toEqual([]);
});

test('every old role address leads to its role, or to a choice that includes it, keeping the #fragment', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const roles = OLD_ADDRESSES.filter(([url]) => /^\/roles\/[^/]+\/$/.test(url));
  expect(roles).toHaveLength(25);
  for (const [url, , name] of roles) {
    // The first KPI address of each role comes along, so the fragment is checked on every redirect.
    const kpi = OLD_ADDRESSES.find(([u]) => u.startsWith(`${url}#`));
    await page.goto(origin + (kpi?.[0] ?? url));
    const heading = page.getByRole('heading', { level: 1 });
    if ((await heading.textContent()) === `Which ${name}?`) {
      await page.getByRole('link', { name, exact: true }).first().click();
    }
    await expect(heading, url).toHaveText(name);
    expect(new URL(page.url()).pathname, url).toMatch(/^\/roles\/[^/]+\/[^/]+\/$/);
    if (kpi) {
      expect(new URL(page.url()).hash, url).toBe(`#${kpi[0].split('#')[1]}`);
      await expect(page.locator(`[id="${kpi[0].split('#')[1]}"]`), url).toHaveText(kpi[2]);
    }
  }
  expect(errors()).toEqual([]);
});

test('the role name the added document reuses offers both roles, and a shared scorecard link keeps its values', async ({ page }) => {
  await page.goto(`${origin}/roles/technical-writer/#v1=12`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which Technical Writer?');
  const choices = page.getByRole('main').getByRole('listitem');
  await expect(choices).toHaveCount(2);
  await expect(choices.nth(1)).toContainText('Documentation team KPIs');
  // Each choice says when its document last changed, stated as what the date is.
  for (const choice of await choices.all()) await expect(choice.locator('.document-facts')).toHaveText(/^Changed: \d{4}-\d{2}-\d{2}$/);
  await choices.first().getByRole('link').click();
  await expect(page).toHaveURL(`${origin}/roles/000-619243cf29085ed7/technical-writer/#v1=12`);
  await expect(page.locator(`#${calcIds.value(1)}`)).toHaveValue('12');
});

test('values saved under an old role id are still there on the role’s new page', async ({ page }) => {
  await page.goto(`${origin}/`);
  await page.evaluate(() => localStorage.setItem('kpi-handbook:values:frontend-engineers', 'v1=75'));
  await page.goto(`${origin}/roles/000-619243cf29085ed7/frontend-engineers/`);
  await expect(page.locator(`#${calcIds.value(1)}`)).toHaveValue('75');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kpi-handbook:values:')))).toEqual([
    'kpi-handbook:values:000-619243cf29085ed7/frontend-engineers',
  ]);
});

test('an old definition address still lands on its definition', async ({ page }) => {
  const [url, , term] = OLD_ADDRESSES.find(([u]) => u.startsWith('/definitions/#'))!;
  await page.goto(origin + url);
  const anchor = page.locator(`[id="${url.split('#')[1]}"]`);
  await expect(anchor).toBeInViewport();
  await expect(page.locator('article.definition', { has: anchor }).getByRole('heading', { level: 3 })).toHaveText(term);
});

test("a RAG register's owner, frequency, source and bands show under each KPI, and 'Close' follows its amber band", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${origin}/roles/service-desk-rag-register/service-desk-analyst/`);
  const fcr = page.locator('li.kpi').filter({ has: page.getByRole('heading', { name: 'First contact resolution' }) });
  await expect(fcr.locator('.badge')).toContainText('≥ 75 %');
  await expect(fcr.locator('.kpi-facts')).toHaveText(
    'Owner: Service Desk Manager · How often: Monthly · Source: ServiceNow · Amber: 65% - 75% · Red: < 65%',
  );
  // The register's own notes are not listed a second time under the facts.
  await expect(fcr.locator('.kpi-notes')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check my values' }).click();
  await expect(page.getByText('“Close” means inside the amber band where the document gives one')).toBeVisible();
  // 67 % is 8 points short: outside the default 10 % tolerance, inside the amber band 65–75 %.
  await page.locator(`#${calcIds.value(1)}`).fill('67');
  await expect(fcr.locator('.calc-msg')).toContainText('≈ Close');
  await page.locator(`#${calcIds.value(1)}`).fill('64');
  await expect(fcr.locator('.calc-msg')).toContainText('✗ Not met');
  await expect(fcr.locator('.bullet svg')).toHaveAttribute(
    'aria-label',
    '64 % against the target ≥ 75 %: not met (close means inside the amber band).',
  );
  await expect(page.locator('.scorecard-summary')).toHaveText(
    'Of 1 KPI checked, 0 are met and 1 is not met (First contact resolution); 2 are not checked yet.',
  );
  expect(errors()).toEqual([]);
});

test("the KPI export and handbook.json carry a register's owner, frequency and bands as data", async ({ request }) => {
  const csv = (await (await request.get(`${origin}/kpis.csv`)).text()).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
  const col = (name: string) => header!.indexOf(name);
  const fcr = rows.find((r) => r[col('name')] === 'First contact resolution')!;
  expect([
    fcr[col('target_raw')],
    fcr[col('owner')],
    fcr[col('frequency')],
    fcr[col('period')],
    fcr[col('band_amber')],
    fcr[col('band_red')],
  ]).toEqual(['≥ 75%', 'Service Desk Manager', 'Monthly', 'month', '65% - 75%', '< 65%']);
  const h = await (await request.get(`${origin}/api/handbook.json`)).json();
  const backlog = h.kpis.find((k: { name: string }) => k.name === 'Backlog older than 10 days');
  expect(backlog.record).toMatchObject({
    owner: 'Service Desk Manager',
    period: 'month',
    amber: { direction: 'between', value: 21, max: 40 },
  });
});

test('two roles named alike in two documents are told apart, and called the same name, not the same job', async ({ page }) => {
  await page.goto(`${origin}/roles/documentation-team/technical-writer/`);
  await expect(page.locator('.document-facts')).toHaveText(/Changed: \d{4}-\d{2}-\d{2} \((?:last commit of the file|file last modified)\)/);
  const related = page.getByRole('region', { name: 'Related roles' });
  await expect(related).toContainText(
    'Same name, in “Key performance indicators (KPIs)”. Named alike in another document; check which document applies to you.',
  );
  await expect(related).not.toContainText('Same job');
});

test('/kpis/ shows the owner and frequency a register states, and filters by how often, from the address too', async ({ page }) => {
  await page.goto(`${origin}/kpis/?period=quarter`);
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(page.getByLabel('How often')).toHaveValue('quarter');
  const shown = page.locator('tr[data-order]:not([hidden])');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toContainText('Customer satisfaction');
  await expect(shown.first()).toContainText('Service Desk Manager');
  await expect(shown.first()).toContainText('Quarterly');
  await page.getByLabel('How often').selectOption('');
  await page.getByRole('searchbox', { name: 'Find a KPI' }).fill('knowledge manager');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toContainText('Knowledge articles reviewed');
});
