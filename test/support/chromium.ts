/**
 * Debian's Chromium, as every browser test, audit and benchmark starts it: nothing downloads a
 * browser, and the machine has no network, so Chromium is kept from trying to reach its services.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;
