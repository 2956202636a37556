#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host does: files as they are, "/path/" from
 * "/path/index.html", the 404 page with status 404, under BASE_PATH when one was built, and with
 * the response headers of dist/_headers (CSP, caching), applied as Cloudflare Pages and Netlify do.
 * Usage: node scripts/serve.mjs [--port 4321]   (`npm start` builds first, then runs this)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('dist');
if (!existsSync(join(root, 'index.html')) && !existsSync(join(root, '404.html'))) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 && args[portFlag + 1] ? args[portFlag + 1] : (process.env.PORT ?? 4321));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * The rules of a `_headers` file: a path pattern on its own line (`*` matches anything, `/`
 * included), its `Name: value` headers indented below it; `#` starts a comment.
 */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
/** The rules, read again when a rebuild changes the file (its CSP hashes change with the code). */
let cached = { mtime: -1, rules: [] };
function currentRules() {
  const file = join(root, '_headers');
  const mtime = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (mtime !== cached.mtime) cached = { mtime, rules: readHeaderRules(file) };
  return cached.rules;
}

/** The headers every matching rule adds; a name set by two rules gets both values, comma-joined. */
function headersFor(pathname) {
  const headers = {};
  for (const rule of currentRules()) {
    if (!rule.test.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The file for a request path, or undefined. Never leaves dist/; `_headers` is not served. */
function fileFor(pathname) {
  if (!pathname.startsWith(base) || pathname === `${base}_headers`) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined; // a malformed %-escape names no file
  }
  const rel = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // "/guides" → "/guides/", as static hosts do for folders.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const headers = { ...headersFor(url.pathname), 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' };
  // The service worker must always be fetched fresh so updates are seen (also without _headers).
  if (body.endsWith('sw.js')) headers['cache-control'] ??= 'no-cache';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  // A file can vanish while a rebuild replaces dist/: answer with an error, do not crash.
  else createReadStream(body).on('error', () => res.destroy()).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
