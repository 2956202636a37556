/**
 * The row limit of a CSV log, at its edge: a log of exactly 100,000 rows is read (ceu-csv.test.ts
 * shows one more is refused). Skipped in the mutation run, like that test (vitest.stryker.config.ts
 * sets MUTATION_RUN): reading 100,000 rows takes about a second, and every change to the reader
 * would repeat it. ceu-csv-row-limit-edge.test.ts checks the same edge with a small limit, which
 * the mutation run does run.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readCsv } from '../../src/lib/ceu/csv-read.ts';

describe('the row limit of a CSV log', () => {
  it.skipIf(process.env['MUTATION_RUN'])('reads a log of exactly 100,000 rows after the header', () => {
    expect(MAX_ROWS).toBe(100_000);
    // Empty rows count toward the limit too, and cost little to read; the last row is an activity.
    const r = readCsv(`date,title,ceus\n${'\n'.repeat(99_999)}2026-03-01,Last row,1\n`);
    expect(r.ok && r.read.activities.map((a) => a.title)).toEqual(['Last row']);
  }, 60_000);
});
