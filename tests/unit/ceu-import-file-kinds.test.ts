/**
 * The kind of file an import gets: its text encoding (UTF-8, UTF-16 either way round,
 * Windows-1252, or not text), whether it is a JSON backup or a CSV log, and the deadline
 * calendar the tracker writes.
 */
import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../src/lib/ceu/text-decode.ts';
import { looksLikeJson, readImportBytes, readImportText } from '../../src/lib/ceu/read-file.ts';
import { calendar, deadlineEvents } from '../../src/lib/ceu/ics.ts';

const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    out[2 + i * 2] = bigEndian ? hi : lo;
    out[3 + i * 2] = bigEndian ? lo : hi;
  }
  return out;
};
const notText = 'this file is neither UTF-8 nor Windows-1252 text (it may be a binary file): save it as "CSV UTF-8" or export a backup from the tracker, and import that file';

describe('the text encoding of an imported file', () => {
  it('reads UTF-16 with either byte order mark', () => {
    const text = 'date,title,ceus\n2026-03-01,Café,1\n';
    expect(decodeFileBytes(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeFileBytes(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses a file that says it is UTF-16 but is not', () => {
    const odd = new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00]);
    expect(decodeFileBytes(odd)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file says it is UTF-16 text but is not: save it as "CSV UTF-8" and import that file' }] });
  });

  it('does not take a file starting with only half a mark for UTF-16', () => {
    expect(decodeFileBytes(new Uint8Array([0xfe, 0x41]))).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decodeFileBytes(new Uint8Array([0x41, 0xff]))).toMatchObject({ ok: true, encoding: 'windows-1252' });
  });

  it('takes a workbook only by its first four bytes', () => {
    expect(decodeFileBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({
      ok: false,
      errors: [{ field: 'file', message: 'this is a spreadsheet workbook (.xlsx or .ods), not CSV text: save it as "CSV UTF-8" and import that file' }],
    });
    for (const bytes of [[0x50, 0x4b, 0x03, 0x05], [0x50, 0x4b, 0x05, 0x04], [0x50, 0x4c, 0x03, 0x04], [0x51, 0x4b, 0x03, 0x04]])
      expect(decodeFileBytes(new Uint8Array(bytes)).ok, bytes.join(' ')).toBe(true);
  });

  it('refuses bytes Windows-1252 does not define, whichever they are', () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(decodeFileBytes(new Uint8Array([0x41, b, 0x42])), b.toString(16)).toEqual({ ok: false, errors: [{ field: 'file', message: notText }] });
    expect(decodeFileBytes(new Uint8Array([0x41, 0x80, 0x42]))).toEqual({ ok: true, text: 'A€B', encoding: 'windows-1252' });
  });

  it('allows a few control characters in text (a note may hold one) but not a binary share of them', () => {
    const few = `date,title,ceus\n2026-03-01,A\u0001\u0002,1\n`;
    expect(decodeFileBytes(new TextEncoder().encode(few))).toMatchObject({ ok: true, encoding: 'utf-8' });
    const three = 'abc\u0001\u0002\u0003';
    expect(decodeFileBytes(new TextEncoder().encode(three))).toEqual({ ok: false, errors: [{ field: 'file', message: notText }] });
    // Past two, one in a hundred characters may be control characters.
    const long = `${'a'.repeat(397)}\u0001\u0002\u0003\u0004`;
    expect(decodeFileBytes(new TextEncoder().encode(long)).ok).toBe(true);
    const over = `${'a'.repeat(390)}\u0001\u0002\u0003\u0004\u0005`;
    expect(decodeFileBytes(new TextEncoder().encode(over)).ok).toBe(false);
    // Tabs and line ends are text.
    expect(decodeFileBytes(new TextEncoder().encode('a\tb\r\nc\td\te\tf\n')).ok).toBe(true);
  });

  it('drops one byte-order mark only', () => {
    expect(decodeFileBytes(new TextEncoder().encode('\uFEFF\uFEFFdate'))).toEqual({ ok: true, text: '\uFEFFdate', encoding: 'utf-8' });
  });
});

describe('a backup or a CSV log', () => {
  it('goes by the file name first, then by the first character', () => {
    expect(looksLikeJson('date,title', 'backup.JSON')).toBe(true);
    expect(looksLikeJson('{"format":"ccp-ceu"}', 'log.CSV')).toBe(false);
    expect(looksLikeJson('{"format":"ccp-ceu"}', 'log.tsv')).toBe(false);
    expect(looksLikeJson('[', 'notes.txt')).toBe(false);
    expect(looksLikeJson('  \n {"format":"ccp-ceu"}', 'download')).toBe(true);
    expect(looksLikeJson('[]', 'download')).toBe(true);
    expect(looksLikeJson('date,title,{', 'download')).toBe(false);
    expect(looksLikeJson(`${' '.repeat(1000)}{`, 'download')).toBe(false);
    expect(looksLikeJson('x{', 'download')).toBe(false);
    expect(looksLikeJson('{', 'backup.json.csv')).toBe(false);
    expect(looksLikeJson('date', 'x.jsonl')).toBe(false);
  });

  it('reads a backup or a log accordingly, and warns about Windows-1252 text only', () => {
    const json = readImportText(JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00Z' }), 'download');
    expect(json).toMatchObject({ ok: true, read: { kind: 'json', notices: [] } });
    const csv = readImportText('date,title,ceus\n2026-03-01,A,1\n', 'download', undefined, 'utf-16le');
    expect(csv).toMatchObject({ ok: true, read: { kind: 'csv', notices: [] } });
    const latin = readImportBytes(new Uint8Array([...new TextEncoder().encode('date,title,ceus\n2026-03-01,Caf'), 0xe9, ...new TextEncoder().encode(',1\n')]), 'log.csv');
    expect(latin.ok && latin.read.notices).toEqual([{ field: 'file', message: 'the file is not UTF-8; it was read as Windows-1252 (Western European) text: check that accented letters look right' }]);
    expect(readImportText('', 'log.csv', undefined, 'windows-1252').ok).toBe(false);
  });

  it('passes on a file that cannot be decoded', () => {
    expect(readImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'log.csv')).toMatchObject({ ok: false, errors: [{ field: 'file' }] });
  });
});

describe('the deadline calendar', () => {
  const aapc = { issuer: 'aapc', cycle: { start: '2025-06-01' }, dueDate: '2027-05-31', submissionOpens: '2027-04-30', lapseDate: '2027-08-29' };

  it('names each event for the issuer, upper case when no name is given, with words the page may translate', () => {
    const events = deadlineEvents([aapc]);
    expect(events.map((e) => [e.uid, e.date, e.summary])).toEqual([
      ['opens-aapc-2025-06-01@ceu.ccp', '2027-04-30', 'AAPC: CEU submission opens'],
      ['due-aapc-2025-06-01@ceu.ccp', '2027-05-31', 'AAPC: CEUs due'],
      ['lapse-aapc-2025-06-01@ceu.ccp', '2027-08-29', 'AAPC: credentials lapse'],
    ]);
    expect(events.map((e) => e.description)).toEqual([
      "From today AAPC accepts this cycle's CEU submission.",
      "Last day to submit this cycle's CEUs to AAPC.",
      "If this cycle's CEUs have not reached AAPC by now, the credentials are revoked.",
    ]);
    const words = { opens: (n: string) => ({ summary: `${n} abre`, description: 'd1' }), due: (n: string) => ({ summary: `${n} vence`, description: 'd2' }), lapse: (n: string) => ({ summary: `${n} caduca`, description: 'd3' }), inactive: (n: string) => ({ summary: `${n} inactiva`, description: 'd4' }), revoked: (n: string) => ({ summary: `${n} revocada`, description: 'd5' }) };
    expect(deadlineEvents([aapc], { words, names: { aapc: 'La AAPC' } }).map((e) => e.summary)).toEqual(['La AAPC abre', 'La AAPC vence', 'La AAPC caduca']);
  });

  it('keeps unusual characters out of the event ids', () => {
    const [e] = deadlineEvents([{ ...aapc, issuer: 'a b/c', submissionOpens: null, lapseDate: null }]);
    expect(e?.uid).toBe('due-a_b_c-2025-06-01@ceu.ccp');
  });

  it('leaves out the description line of an event without one', () => {
    const ics = calendar([{ uid: 'u@x', date: '2027-01-01', summary: 'Due' }], new Date('2026-11-20T10:11:12.345Z'));
    expect(ics).not.toContain('DESCRIPTION');
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Medical Coding Career Planner//CEU tracker//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:u@x',
      'DTSTAMP:20261120T101112Z',
      'DTSTART;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20270102',
      'SUMMARY:Due',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});
