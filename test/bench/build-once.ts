/** Runs one real `astro build` in this process and prints its wall time and peak memory as JSON. */
import { build } from 'astro';

const started = performance.now();
await build({ root: process.argv[2]!, logLevel: 'warn' });
console.log(JSON.stringify({ ms: performance.now() - started, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
