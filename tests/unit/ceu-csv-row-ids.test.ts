/** The ids a CSV import gives its rows: one per row, from its content, the same on every reading. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ceu/csv-read.ts';

describe('ids of imported CSV rows', () => {
  it('are "csv-" and 16 hex digits (and a copy number for a repeated row), different for different rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2026-03-${String((i % 28) + 1).padStart(2, '0')},Course ${i},${(i % 5) + 1}`);
    const r = readCsv(`date,title,ceus\n${rows.join('\n')}\n${rows[0]}\n`);
    if (!r.ok) throw new Error('fixture');
    const ids = r.read.activities.map((a) => a.id);
    for (const id of ids) expect(id).toMatch(/^csv-[0-9a-f]{16}(-2)?$/);
    expect(new Set(ids).size).toBe(61);
    expect(ids[60]).toBe(`${ids[0]}-2`);
  });
});
