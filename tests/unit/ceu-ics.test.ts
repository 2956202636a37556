import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { calendar, deadlinesToIcs, DEADLINE_WORDS } from '../../src/lib/ceu/ics.ts';
import { escapeText, fold } from '../../src/lib/ics-text.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';

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

/** Reads .ics text back: unfolds lines, then each VEVENT's properties by name, text unescaped. */
function readEvents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return events;
}

describe('ics deadlines of an issuer that makes credentials inactive before revoking them (AHIMA)', () => {
  const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
  const names = { aapc: 'AAPC', ahima: 'AHIMA' };

  it('exports the inactive date and the revocation date of the engine, after the due date, and AAPC’s lapse as before', () => {
    const [aapcProgress, ahimaProgress] = computeProgress({
      packs,
      credentials: [
        { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
        { credential: 'ccs', issuer: 'ahima', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' },
      ],
      activities: [],
      today: '2026-12-07',
    });
    expect(ahimaProgress).toMatchObject({ issuer: 'ahima', dueDate: '2026-12-31', inactiveDate: '2027-01-01', lapseDate: '2027-06-29' });
    const events = readEvents(deadlinesToIcs([aapcProgress!, ahimaProgress!], { now, names }));
    const ahima = events.filter((e) => e['UID']!.includes('-ahima-'));
    expect(ahima.map((e) => [e['UID'], e['DTSTART'], e['DTEND'], e['SUMMARY']])).toEqual([
      ['due-ahima-2025-01-01@ceu.ccp', '20261231', '20270101', 'AHIMA: CEUs due'],
      ['inactive-ahima-2025-01-01@ceu.ccp', '20270101', '20270102', 'AHIMA: credentials inactive if CEUs are short'],
      ['revoked-ahima-2025-01-01@ceu.ccp', '20270629', '20270630', 'AHIMA: credentials revoked if still short'],
    ]);
    expect(ahima[1]!['DESCRIPTION']).toBe(DEADLINE_WORDS.inactive('AHIMA').description);
    expect(ahima[1]!['DESCRIPTION']).toContain('inactive from today');
    expect(ahima[2]!['DESCRIPTION']).toBe("If this cycle's requirements are still not met by today, AHIMA revokes the credentials.");
    // No 'credentials lapse' event for AHIMA: the revocation takes its place.
    expect(ahima.some((e) => e['SUMMARY']!.includes('lapse'))).toBe(false);
    // AAPC names no inactive state: its lapse date is exported as before, and no inactive event.
    const aapc = events.filter((e) => e['UID']!.includes('-aapc-'));
    expect(aapc.map((e) => [e['DTSTART'], e['SUMMARY']])).toEqual([
      [aapcProgress!.submissionOpens!.replace(/-/g, ''), 'AAPC: CEU submission opens'],
      ['20270531', 'AAPC: CEUs due'],
      [aapcProgress!.lapseDate!.replace(/-/g, ''), 'AAPC: credentials lapse'],
    ]);
  });

  it('falls back to the lapse event when the inactive date is null, and leaves out a revocation date the rules do not give', () => {
    const base = { issuer: 'ahima', cycle: { start: '2025-01-01' }, dueDate: '2026-12-31', submissionOpens: null };
    const summaries = (p: Parameters<typeof deadlinesToIcs>[0][number]) => readEvents(deadlinesToIcs([p], { now, names })).map((e) => `${e['DTSTART']} ${e['SUMMARY']}`);
    expect(summaries({ ...base, lapseDate: '2027-06-29', inactiveDate: null })).toEqual(['20261231 AHIMA: CEUs due', '20270629 AHIMA: credentials lapse']);
    expect(summaries({ ...base, lapseDate: null, inactiveDate: '2027-01-01' })).toEqual(['20261231 AHIMA: CEUs due', '20270101 AHIMA: credentials inactive if CEUs are short']);
  });
});
