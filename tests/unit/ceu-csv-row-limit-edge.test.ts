/**
 * The row limit of a CSV log at its edge, with a small limit so that the mutation run can afford
 * it (the 100,000-row tests in ceu-csv.test.ts and ceu-csv-row-limit.test.ts are skipped there):
 * a log of exactly the limit is read, one row more is refused with the limit in the message, and
 * empty rows count toward it, as they do in the real limit.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ceu/csv-read.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `2026-03-0${(i % 9) + 1},Course ${i + 1},1`).join('\n');

describe('the row limit of a CSV log, at its edge', () => {
  it('reads a log of exactly the limit of rows after the header', () => {
    const r = readCsv(`date,title,ceus\n${rows(3)}\n`, undefined, 3);
    expect(r.ok && r.read.activities.map((a) => a.title)).toEqual(['Course 1', 'Course 2', 'Course 3']);
  });

  it('refuses a log of one row more, saying the limit with its thousands separator', () => {
    expect(readCsv(`date,title,ceus\n${rows(4)}\n`, undefined, 3)).toEqual({ ok: false, errors: [{ field: 'file', message: 'the file has more than 3 rows' }] });
    expect(readCsv(`date,title,ceus\n${rows(1_235)}\n`, undefined, 1_234)).toEqual({ ok: false, errors: [{ field: 'file', message: 'the file has more than 1,234 rows' }] });
  });

  it('counts empty rows toward the limit', () => {
    expect(readCsv(`date,title,ceus\n\n\n${rows(2)}\n`, undefined, 3).ok).toBe(false);
    expect(readCsv(`date,title,ceus\n\n${rows(2)}\n`, undefined, 3).ok).toBe(true);
  });
});
