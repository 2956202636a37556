/**
 * Which source modules a page's JavaScript is made of, gzipped, largest first: the tool for
 * working on the JS budgets of design.md.
 *
 *   SOURCEMAP=1 npx astro build --outDir reports/tmp/site-maps
 *   node scripts/js-breakdown.mjs reports/tmp/site-maps /ceu/ /roadmap/
 *
 * (The folder must be inside the project: the build runs its pages from there and needs node_modules.)
 *
 * Counts what page-weight.mjs counts (the page's scripts and their static imports; chunks
 * loaded by dynamic import() are not sent until used). Each module's share is its text
 * gzipped on its own, so the shares add up to a little more than the page total.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { pageWeight } from './page-weight.mjs';

const [dist, ...routes] = process.argv.slice(2);
if (!dist || routes.length === 0) {
  console.error('usage: node scripts/js-breakdown.mjs <dist built with SOURCEMAP=1> <route>...');
  process.exit(2);
}
const gz = (text) => gzipSync(text, { level: 9 }).length;
const short = (source) => source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');

for (const route of routes) {
  const weight = pageWeight(dist, route);
  /** @type {Map<string, string>} */
  const text = new Map();
  const add = (name, part) => text.set(name, (text.get(name) ?? '') + part);
  for (const file of weight.jsFiles) {
    const code = readFileSync(file, 'utf8');
    let map;
    try {
      map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
    } catch {
      add(`${file.split('/').pop()} (no source map)`, code);
      continue;
    }
    const lines = code.split('\n');
    const segments = [];
    eachMapping(map, (m) => segments.push(m));
    // The text from one mapping to the next belongs to the first one's source.
    segments.forEach((a, i) => {
      const b = segments[i + 1];
      const line = lines[a.generatedLine - 1] ?? '';
      const end = b && b.generatedLine === a.generatedLine ? b.generatedColumn : undefined;
      add(a.source ? short(a.source) : '(chunk glue)', line.slice(a.generatedColumn, end));
    });
  }
  const rows = [...text].map(([name, t]) => ({ name, gz: gz(t) })).sort((x, y) => y.gz - x.gz);
  console.log(`\n${route}: ${weight.jsGzip} B gzipped JS in ${weight.jsFiles.length} files`);
  for (const r of rows) console.log(`${String(r.gz).padStart(7)}  ${r.name}`);
}
