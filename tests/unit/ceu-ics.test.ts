import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar, deadlinesToIcs } from '../../src/lib/ceu/ics.ts';
import { escapeText, fold } from '../../src/lib/ics-text.ts';

const aapc = { issuer: 'aapc', cycle: { start: '2025-06-01' }, dueDate: '2027-05-31', submissionOpens: '2027-04-30', lapseDate: '2027-08-29' };
const now = new Date('2026-11-20T10:11:12.345Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics deadlines', () => {
  it('writes one all-day event per known deadline, with stable UIDs', () => {
    const ics = deadlinesToIcs([aapc, { issuer: 'nha', cycle: { start: '2025-09-01' }, dueDate: '2027-08-31', submissionOpens: null, lapseDate: null }, { issuer: 'ahima', cycle: null, dueDate: null, submissionOpens: null, lapseDate: null }], { now, names: { aapc: 'AAPC', nha: 'NHA' } });
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medical Coding Career Planner//CEU tracker//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:opens-aapc-2025-06-01@ceu.ccp', 'UID:due-aapc-2025-06-01@ceu.ccp', 'UID:lapse-aapc-2025-06-01@ceu.ccp', 'UID:due-nha-2025-09-01@ceu.ccp']);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20270430', 'DTSTART;VALUE=DATE:20270531', 'DTSTART;VALUE=DATE:20270829', 'DTSTART;VALUE=DATE:20270831']);
    expect(lines).toContain('DTEND;VALUE=DATE:20270601');
    expect(lines).toContain('DTSTAMP:20261120T101112Z');
    expect(lines).toContain('SUMMARY:AAPC: CEUs due');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // The same deadlines give the same file.
    expect(deadlinesToIcs([aapc], { now })).toBe(deadlinesToIcs([aapc], { now }));
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const ics = calendar([{ uid: 'u@x', date: '2027-01-01', summary: 'é'.repeat(100), description: 'Long, long; description. '.repeat(10) }], now);
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${'é'.repeat(100)}`);
    expect(unfolded).toContain(`DESCRIPTION:${'Long\\, long\\; description. '.repeat(10)}`);
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      // One to four UTF-8 octets per character, plus the characters that must be escaped.
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', 'é', '€', '中', '😀', ',', ';', '\\', '\n', '\r', '\u0001'), maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = fold(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});
