import { chromium } from '@playwright/test';
import { bigCsv, ROWS } from './bench-ceu-import.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const base = 'http://127.0.0.1:4411';
await page.goto(`${base}/ceu/`);
await page.evaluate(() => localStorage.setItem('ccp:ceu', JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: new Date().toISOString(), credentials: [{ credential: 'cpc', cycleStart: '2024-01-01', cycleEnd: '2025-12-31' }], activities: [] })));
await page.reload();
await page.locator('[data-island]:not([data-ssr])').first().waitFor({ state: 'attached' });
await page.getByLabel('Import').setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv()) });
const preview = page.getByRole('region', { name: 'Check the import: nothing has changed yet' });
await preview.getByText(`${ROWS} new activities will be added.`).waitFor({ timeout: 120_000 });
await page.waitForTimeout(1000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await preview.getByRole('button', { name: 'Import' }).click();
await page.getByText(`of ${ROWS} activities shown`).waitFor({ timeout: 120_000 });
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
// inclusive time by function
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const n = byId.get(x); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } });
// longest busy runs (no idle sample between)
{
  const runs = []; let cur = null; let t = 0;
  profile.samples.forEach((id, i) => { t += (dt[i] ?? 0) / 1000; const n = byId.get(id); const idle = n.callFrame.functionName === '(idle)'; if (idle) { if (cur) { runs.push(cur); cur = null; } return; } if (!cur) cur = { start: t, ms: 0, fns: new Map() }; cur.ms += (dt[i] ?? 0) / 1000; const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const m = byId.get(x); const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (seen.has(k)) continue; seen.add(k); cur.fns.set(k, (cur.fns.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } });
  if (cur) runs.push(cur);
  runs.sort((a, b) => b.ms - a.ms);
  for (const r of runs.slice(0, 4)) { console.log(`=== busy run ${r.ms.toFixed(0)} ms at ${r.start.toFixed(0)}`); console.log([...r.fns].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n')); }
}
console.log('--- inclusive');
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await browser.close();
