/**
 * The calendar export (src/lib/ceu/ics.ts) only holds deadlines of a cycle the page knows: an
 * issuer whose cycle is unknown adds no event to the file, even when dates are given for it, and
 * the other issuers' events are written as usual.
 */
import { describe, expect, it } from 'vitest';
import { deadlineEvents, deadlinesToIcs } from '../../src/lib/ceu/ics.ts';

const now = new Date('2026-12-07T09:00:00.000Z');

describe('calendar export of an issuer without a known cycle', () => {
  it('adds no event for it, whatever dates it carries, and still writes the other issuers’ events', () => {
    const unknownCycle = { issuer: 'nha', cycle: null, dueDate: '2027-08-31', submissionOpens: '2027-06-01', lapseDate: '2027-09-30', inactiveDate: '2027-09-01' };
    const aapc = { issuer: 'aapc', cycle: { start: '2025-06-01' }, dueDate: '2027-05-31', submissionOpens: null, lapseDate: null };
    expect(deadlineEvents([unknownCycle])).toEqual([]);
    const events = deadlineEvents([unknownCycle, aapc], { names: { aapc: 'AAPC', nha: 'NHA' } });
    expect(events.map((e) => [e.uid, e.date, e.summary])).toEqual([['due-aapc-2025-06-01@ceu.ccp', '2027-05-31', 'AAPC: CEUs due']]);
    const ics = deadlinesToIcs([unknownCycle], { now });
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics).not.toContain('NHA');
    expect(ics.endsWith('METHOD:PUBLISH\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
});
