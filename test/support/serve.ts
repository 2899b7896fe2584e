/** Starts `astro preview` for a built folder on a free port and stops it again; used by the benchmarks. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface Server {
  url: string;
  stop(): void;
}

/** Serves `outDir` (relative to the project root) with the real preview server and waits until it answers. */
export async function serve(root: string, outDir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(
    join(root, 'node_modules/.bin/astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${url} within 20 s`);
}
