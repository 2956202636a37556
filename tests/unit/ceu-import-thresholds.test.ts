/** Thresholds of reading an import: byte-order marks, the share of control characters, long logs read without progress. */
import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../src/lib/ceu/text-decode.ts';
import { detectDelimiter, readCsv } from '../../src/lib/ceu/csv-read.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('byte-order marks', () => {
  it('takes a file for UTF-16 only when both bytes of the mark are there', () => {
    expect(decodeFileBytes(bytes(0xff, 0x41))).toEqual({ ok: true, text: 'ÿA', encoding: 'windows-1252' });
    expect(decodeFileBytes(bytes(0x41, 0xfe))).toEqual({ ok: true, text: 'Aþ', encoding: 'windows-1252' });
    expect(decodeFileBytes(bytes(0xfe, 0x41))).toEqual({ ok: true, text: 'þA', encoding: 'windows-1252' });
    expect(decodeFileBytes(bytes(0x41, 0xff))).toEqual({ ok: true, text: 'Aÿ', encoding: 'windows-1252' });
  });
});

describe('the share of control characters that makes a file binary', () => {
  it('allows one in a hundred characters exactly, and not one more', () => {
    const at = `${'a'.repeat(396)}\u0001\u0002\u0003\u0004`;
    expect(decodeFileBytes(new TextEncoder().encode(at)).ok).toBe(true);
    const over = `${'a'.repeat(395)}\u0001\u0002\u0003\u0004`;
    expect(decodeFileBytes(new TextEncoder().encode(over)).ok).toBe(false);
  });
});

describe('long CSV logs', () => {
  it('reads 2,000 rows and more without a progress callback', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `2026-03-01,T${i},1`).join('\n');
    const r = readCsv(`date,title,ceus\n${rows}\n`);
    expect(r.ok && r.read.activities.length).toBe(2000);
  });

  it('chooses the delimiter from the first 10,000 characters of a long first line', () => {
    expect(detectDelimiter(`${'x'.repeat(10_000)};date;title;ceus\nmore`)).toBe(',');
    expect(detectDelimiter(`date;title;ceus;${'x'.repeat(10_000)}\nmore`)).toBe(';');
  });
});
