#!/usr/bin/env node
/**
 * Mutation testing of the business rules: Stryker (Vitest runner) on one folder of src/lib at a
 * time, or all of them, and a report of the score per file and folder in reports/mutation.md
 * (with reports/mutation.json, the figures it is made from). Not part of `npm test`.
 *
 *   npm run mutation                 every folder (ceu, roadmap, compare, facts), one after another
 *   npm run mutation -- ceu compare  only these; the other folders keep their last figures
 *   MUTATION_CONCURRENCY=1 npm run mutation -- ceu   one test process instead of the config's two
 *   MUTATION_IGNORE_STATIC=1 npm run mutation -- ceu  Stryker's ignoreStatic: a mutant that only runs
 *     while a module loads (a module-level constant) is not tested, since each one reruns every
 *     test of the folder; the report counts them apart ("static, not run") and says so
 *   npm run mutation -- src/lib/ceu/csv-read.ts   one file, while writing its tests: prints its score
 *     and the survivors not yet explained; reports/mutation.md is left as it is
 *
 * A surviving mutant that cannot change behaviour (an equivalent mutant) is listed, with the
 * reason, in tests/mutation-equivalents/ (one JSON list per source file, at the file's path under
 * src/lib plus .json: src/lib/ceu/check.ts -> tests/mutation-equivalents/ceu/check.ts.json); the
 * report shows Stryker's own score and the score with those set aside, and lists every one of
 * them. Nothing else is ever left out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/** The folders of rules a coder relies on, and the files each one mutates. */
export const FOLDERS = {
  ceu: ['src/lib/ceu/**/*.ts'],
  roadmap: ['src/lib/roadmap/**/*.ts'],
  compare: ['src/lib/compare/**/*.ts', 'src/lib/compare.ts'],
  facts: ['src/lib/facts.ts', 'src/lib/integrity.ts', 'src/lib/fact-keys.ts', 'src/lib/citations.ts'],
};
const TARGET = 85;
const STATE = 'reports/mutation.json';
const REPORT = 'reports/mutation.md';
const EQUIVALENTS = 'tests/mutation-equivalents';

/**
 * Every equivalent mutant listed under `dir`: one JSON list per source file, whose entries must all
 * name that file (a list moved or copied to the wrong place fails here, naming it).
 * @param {string} dir
 * @returns {{file: string, line: number, mutator: string, replacement: string, reason: string}[]}
 */
export function loadEquivalents(dir = EQUIVALENTS) {
  if (!existsSync(dir)) return [];
  const lists = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
  return lists.flatMap((rel) => {
    const path = `${dir}/${rel.replaceAll('\\', '/')}`;
    const source = `src/lib/${rel.replaceAll('\\', '/').replace(/\.json$/, '')}`;
    /** @type {any[]} */
    const list = JSON.parse(readFileSync(path, 'utf8'));
    for (const [i, e] of list.entries()) {
      if (e.file !== source) throw new Error(`${path}[${i}]: file is "${e.file}", but this list is for ${source}`);
      for (const key of ['line', 'mutator', 'replacement', 'reason']) {
        if (e[key] === undefined || e[key] === '' && key !== 'replacement') throw new Error(`${path}[${i}]: "${key}" is missing`);
      }
    }
    return list;
  });
}

/** Stryker's statuses that count: detected (killed, timeout) over valid (detected, survived, no coverage). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** @param {{file: string, line: number, mutator: string, replacement: string}} e @param {string} file @param {any} m */
const isListed = (e, file, m) =>
  e.file === file && e.line === m.location.start.line && e.mutator === m.mutatorName && e.replacement === (m.replacement ?? '');

/**
 * Figures per file from a Stryker JSON report (mutation-testing-report-schema).
 * @param {any} report
 * @param {{file: string, line: number, mutator: string, replacement: string, reason: string}[]} equivalents
 */
export function summarise(report, equivalents) {
  const files = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const row = { file, mutants: mutants.length, detected: 0, undetected: 0, equivalent: 0, ignored: 0, survivors: [] };
    for (const m of mutants) {
      if (m.status === 'Ignored') row.ignored += 1;
      else if (DETECTED.has(m.status)) row.detected += 1;
      else if (UNDETECTED.has(m.status)) {
        if (equivalents.some((e) => isListed(e, file, m))) row.equivalent += 1;
        else {
          row.undetected += 1;
          row.survivors.push({ line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement ?? '', status: m.status });
        }
      }
    }
    files.push(row);
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Detected over valid, in percent with one decimal; `withEquivalents` sets the listed ones aside. */
export function score(rows, withEquivalents) {
  const detected = rows.reduce((s, r) => s + r.detected, 0);
  const equivalent = rows.reduce((s, r) => s + r.equivalent, 0);
  const undetected = rows.reduce((s, r) => s + r.undetected, 0);
  const valid = detected + undetected + (withEquivalents ? 0 : equivalent);
  return valid === 0 ? 100 : Math.round((detected / valid) * 1000) / 10;
}

export function render(state, equivalents) {
  const lines = [
    '# Mutation testing',
    '',
    `Made by \`npm run mutation\` (Stryker with the Vitest runner). Target: at least ${TARGET} % per folder.`,
    'Score = killed or timed-out mutants over valid ones (survived and not covered count against it);',
    `"set aside" = the equivalent mutants listed, with reasons, in ${EQUIVALENTS}/ (one list per source file).`,
    '',
    'Runs are incremental (Stryker\'s --incremental, state in reports/tmp/): a mutant whose code and covering tests',
    'did not change keeps its last result, so "took" is the time of that run, not of a run from scratch; delete',
    'reports/tmp/stryker-incremental-<folder>.json to run every mutant again. A static mutant (one that only runs',
    'while a module loads) that survived is always run again, since it is covered by every test.',
    '',
    'A folder run with MUTATION_IGNORE_STATIC=1 leaves out the mutants that only run while a module loads',
    '(Stryker\'s ignoreStatic; each would rerun every test of the folder): "static, not run" counts them.',
    '',
    '| folder | run on | took | mutants | static, not run | score | score, equivalents set aside | target met |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, run] of Object.entries(state)) {
    const all = score(run.files, false);
    const aside = score(run.files, true);
    const mutants = run.files.reduce((s, r) => s + r.mutants, 0);
    const ignored = run.files.reduce((s, r) => s + (r.ignored ?? 0), 0);
    lines.push(`| ${name} | ${run.date} | ${run.minutes} min | ${mutants} | ${ignored} | ${all} % | ${aside} % | ${run.note ? 'not yet: partial run' : aside >= TARGET ? 'yes' : 'no'} |`);
  }
  for (const [name, run] of Object.entries(state)) {
    lines.push('', `## ${name}`);
    if (run.note) lines.push('', run.note);
    lines.push('', '| file | mutants | detected | survived or not covered | equivalent | static, not run | score |', '|---|---|---|---|---|---|---|');
    for (const r of run.files) lines.push(`| ${r.file} | ${r.mutants} | ${r.detected} | ${r.undetected} | ${r.equivalent} | ${r.ignored ?? 0} | ${score([r], true)} % |`);
    const survivors = run.files.flatMap((r) => r.survivors.map((s) => `- ${r.file}:${s.line} ${s.mutator} → \`${s.replacement.replaceAll('\n', ' ').slice(0, 80)}\` (${s.status})`));
    if (survivors.length > 0) lines.push('', 'Survivors not yet killed or explained:', '', ...survivors);
  }
  if (equivalents.length > 0) {
    lines.push('', '## Equivalent mutants', '', '| file:line | mutator | replacement | why it cannot change behaviour |', '|---|---|---|---|');
    for (const e of equivalents) lines.push(`| ${e.file}:${e.line} | ${e.mutator} | \`${e.replacement}\` | ${e.reason} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Stryker's incremental mode reuses a static mutant's "Survived" (or "NoCoverage") even when new
 * tests would kill it: it only reruns a mutant whose covering tests changed, and a static mutant's
 * covering tests are all of them. So those results are dropped before each run, and rerun.
 * @param {string} path
 */
export function forgetStaticSurvivors(path) {
  if (!existsSync(path)) return 0;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  let dropped = 0;
  for (const file of Object.values(report.files ?? {})) {
    const kept = file.mutants.filter((m) => !(m.static === true && UNDETECTED.has(m.status)));
    dropped += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  if (dropped > 0) writeFileSync(path, JSON.stringify(report));
  return dropped;
}

/**
 * Runs Stryker on `mutate` (globs or files), keeping its incremental state under `name`; returns
 * the path of its JSON report, or undefined when Stryker failed.
 * @param {string} name @param {string[]} mutate
 */
function stryker(name, mutate) {
  const bin = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
  mkdirSync('reports/tmp', { recursive: true });
  forgetStaticSurvivors(`reports/tmp/stryker-incremental-${name}.json`);
  const run = spawnSync(
    process.execPath,
    [bin, 'run', 'stryker.config.mjs', '--mutate', mutate.join(','), '--incremental', '--incrementalFile', `reports/tmp/stryker-incremental-${name}.json`,
      ...(process.env['MUTATION_CONCURRENCY'] ? ['--concurrency', process.env['MUTATION_CONCURRENCY']] : []),
      ...(process.env['MUTATION_IGNORE_STATIC'] ? ['--ignoreStatic'] : [])],
    { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (run.status !== 0 || !existsSync('reports/mutation/mutation.json')) {
    console.error(`mutation: Stryker failed on ${mutate.join(', ')} (exit ${run.status})`);
    return undefined;
  }
  const json = `reports/tmp/mutation-${name}.json`;
  renameSync('reports/mutation/mutation.json', json);
  rmSync('reports/mutation', { recursive: true, force: true });
  return json;
}

function main() {
  const asked = process.argv.slice(2);
  const equivalents = loadEquivalents();
  const single = asked.filter((a) => a.endsWith('.ts'));
  if (single.length > 0) {
    for (const file of single) if (!existsSync(file)) throw new Error(`mutation: no file ${file}`);
    const name = `file-${single.map((f) => f.replace(/^src\/lib\//, '').replace(/[^a-z0-9]+/gi, '-')).join('+')}`;
    const json = stryker(name, single);
    if (json === undefined) process.exit(1);
    const files = summarise(JSON.parse(readFileSync(json, 'utf8')), equivalents);
    for (const r of files) {
      console.log(`\n${r.file}: ${score([r], false)} % (${score([r], true)} % with equivalents set aside); ${r.undetected} not yet killed or explained`);
      for (const s of r.survivors.sort((a, b) => a.line - b.line)) console.log(`  ${r.file}:${s.line} ${s.mutator} → ${s.replacement.replaceAll('\n', ' ').slice(0, 100)} (${s.status})`);
    }
    return;
  }
  const names = asked.length > 0 ? asked : Object.keys(FOLDERS);
  for (const n of names) if (!(n in FOLDERS)) throw new Error(`mutation: unknown folder "${n}"; choose from ${Object.keys(FOLDERS).join(', ')}, or name .ts files`);
  const state = existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : {};
  let failed = false;
  for (const name of names) {
    console.log(`\n=== mutation: ${name} (${FOLDERS[name].join(', ')}) ===`);
    const started = performance.now();
    const json = stryker(name, FOLDERS[name]);
    if (json === undefined) {
      failed = true;
      continue;
    }
    const files = summarise(JSON.parse(readFileSync(json, 'utf8')), equivalents);
    state[name] = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', minutes: Math.round((performance.now() - started) / 6000) / 10, files };
    writeFileSync(STATE, `${JSON.stringify(state, null, 2)}\n`);
    writeFileSync(REPORT, render(state, equivalents));
    console.log(`mutation: ${name} ${score(files, false)} % (${score(files, true)} % with equivalents set aside); ${REPORT} updated`);
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
