/**
 * Browser tests run the real built site (`astro preview`) in Debian's Chromium. Nothing is
 * downloaded: the executable is /usr/bin/chromium (CHROMIUM_PATH overrides it).
 */

import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// TEST_PORT lets two checkouts run their browser suites side by side.
export const PORT = Number(process.env.TEST_PORT || 4321);
export const BASE_PORT = PORT + 1;
/** The site built with an organisation's document added to the sample seeds (npm run build:org). */
export const ORG_PORT = PORT + 2;
const preview = (port: number) => `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  // Two workers share two cores with Chromium and the preview server; give assertions room.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: [
    {
      command: preview(PORT),
      cwd: root,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: preview(BASE_PORT),
      cwd: root,
      url: `http://127.0.0.1:${BASE_PORT}/handbook/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/handbook/', OUT_DIR: './dist-base', SITE_URL: 'https://intranet.example' },
    },
    {
      command: preview(ORG_PORT),
      cwd: root,
      url: `http://127.0.0.1:${ORG_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: './dist-org' },
    },
  ],
});
