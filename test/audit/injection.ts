/**
 * Opens the built corpus site in Chromium on every page that shows text of the web-page fixture
 * full of scripts, event handlers and javascript: links (test/fixtures/corpus/scripts-and-handlers.html),
 * and checks that none of it runs or links: no dialog opens, no element carries a handler or a
 * javascript:/data: address from the document, and text that quotes a tag reads as that text.
 * Usage: node test/audit/injection.ts [dist-folder]   (default dist-corpus; exits 1 on any failure)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launch } from '../bench/search-bench.ts';
import { serve } from '../support/serve.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = process.argv[2] ?? 'dist-corpus';
const DIST = join(ROOT, OUT);
/** Every alert in the fixture names where it was put; the one in plain text says "text". */
const MARK = "alert('";
const QUOTED = "Write-ups that quote <script>alert('text')</script> as text";

function* pages(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* pages(path);
    else if (name === 'index.html' && readFileSync(path, 'utf8').includes('alert(')) yield path;
  }
}

const paths = [...pages(DIST)].map((p) => `/${relative(DIST, p).replace(/index\.html$/, '')}`);
const failures: string[] = [];
if (paths.length < 3) failures.push(`expected the fixture's role, source and list pages in ${OUT}/, found ${paths.length} pages`);

const server = await serve(ROOT, `./${OUT}`, Number(process.env.TEST_PORT ?? 4700) + 50);
const browser = await launch();
let quotedSeen = false;
try {
  for (const path of paths) {
    const page = await browser.newPage();
    page.on('dialog', async (dialog) => {
      failures.push(`${path}: a dialog opened: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(`${server.url.replace(/\/$/, '')}${path}`, { waitUntil: 'load' });
    const found = await page.evaluate((mark) => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const value = attr.value.trim().toLowerCase();
          if (/^on/i.test(attr.name) && value.includes(mark)) bad.push(`<${el.localName} ${attr.name}>`);
          if (/^(?:href|src|action|data|formaction)$/i.test(attr.name) && /^(?:javascript:|data:text)/.test(value))
            bad.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 30)}">`);
        }
        // Data the page's own elements read (type="application/json") may quote the text; code may not.
        const code = el.localName === 'script' && !/json/i.test(el.getAttribute('type') ?? '');
        if (code && el.textContent?.includes(mark)) bad.push('<script> with the fixture’s code');
      }
      return { bad, text: document.body.textContent ?? '' };
    }, MARK);
    for (const b of found.bad) failures.push(`${path}: ${b}`);
    if (found.text.includes(QUOTED)) quotedSeen = true;
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
if (!quotedSeen) failures.push(`no page shows the quoted tag as text: ${JSON.stringify(QUOTED)}`);

console.log(`Injection audit of ${OUT}/: ${paths.length} pages opened in Chromium with the fixture's text.`);
for (const f of failures) console.error(`  ✗ ${f}`);
process.exit(failures.length > 0 ? 1 : 0);
