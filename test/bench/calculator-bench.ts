/**
 * Calculator budget: gzipped JavaScript a role page loads for the calculator (its own chunk and
 * the chunks it imports), and the time one keystroke takes to re-evaluate a row in Chromium.
 * Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../support/serve.ts';
import { launch, rolePath } from './search-bench.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** A built chunk and every chunk it imports, each once. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\(["']\.\/([^"']+\.js)["']\)/g))
    withImports(`_astro/${m[1] ?? m[2]}`, seen);
  return seen;
}

export function calculatorBytes(): { files: number; gzip: number } {
  const page = rolePath('Tech Team');
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const entry = /src="\/?(_astro\/role-scorecard[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`No role-scorecard chunk on dist/${page}: build first.`);
  const files = withImports(entry);
  return { files: files.size, gzip: [...files].reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) };
}

export async function keystrokeMs(url: string): Promise<{ median: number; p95: number }> {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${url}${rolePath('Frontend Team')}`);
  const times = (await page.evaluate(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.calc input[id^="calc-v-"]')];
    const values = ['75', '85%', '20h', '1 h 30 min', '7.5/10', '3.8/5', '45/50', 'abc', '0.85', '1,5'];
    const out: number[] = [];
    for (let i = 0; i < 300; i++) {
      const input = inputs[i % inputs.length]!;
      input.value = values[i % values.length]!;
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(performance.now() - t0);
    }
    return out;
  })) as number[];
  await browser.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

if (import.meta.main) {
  const bytes = calculatorBytes();
  const server = await serve(ROOT, './dist', 4611);
  try {
    const t = await keystrokeMs(server.url);
    console.log(
      `calculator JavaScript: ${(bytes.gzip / 1024).toFixed(2)} KiB gzipped in ${bytes.files} chunks (budget 10 KiB; the target grammar and the formulas load on first use)`,
    );
    console.log(
      `keystroke to verdict (300 keystrokes, includes saving and the summary): median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (one frame is 16.7 ms)`,
    );
  } finally {
    server.stop();
  }
}
