#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host would, with Astro's preview server.
 * Usage: node scripts/serve.mjs [--port 4321]   (run `npm run build` first; `npm start` does both)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 && args[portFlag + 1] ? args[portFlag + 1] : (process.env.PORT ?? '4321');
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'preview', '--port', port, '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
