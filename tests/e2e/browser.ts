/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 * Playwright's own browser download is not used (it cannot be fetched on every machine).
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function assertBrowser(): void {
  if (existsSync(chromiumPath)) return;
  throw new Error(
    `No Chromium found at ${chromiumPath}.\n` +
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or point the tests at a\n' +
      'Chrome or Chromium you have: CHROMIUM_PATH=/path/to/chrome npm test',
  );
}

/** Flags for a quiet, sandbox-friendly headless run that makes no background requests. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
