/**
 * Vitest reads content collections from .astro/data-store.json, while `astro sync` writes
 * node_modules/.astro/data-store.json. Sync once in a child process (sync() cannot run inside
 * Vitest) and copy the store to where Vitest looks.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const sync = spawnSync(process.execPath, [astro, 'sync'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}\n${sync.stderr}`);
  const from = 'node_modules/.astro/data-store.json';
  if (existsSync(from)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(from, '.astro/data-store.json');
  }
}
