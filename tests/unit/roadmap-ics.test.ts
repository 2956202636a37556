/** The roadmap's milestones as an .ics file (RFC 5545). */
import { describe, expect, it } from 'vitest';
import { milestonesToIcs } from '../../src/lib/roadmap/ics.ts';
import { milestones, type Progress } from '../../src/lib/roadmap/index.ts';

const now = new Date('2026-11-20T10:11:12.345Z');
const octets = (s: string) => new TextEncoder().encode(s).length;
const titles: Record<string, string> = {
  'cpc-exam': 'Pass the CPC exam',
  'aapc-membership': 'Join AAPC',
  externship: 'Externship',
  'first-job-search': 'Find a first coding job',
};
const titleOf = (id: string) => titles[id];

describe('roadmap milestones', () => {
  const progress: Progress = {
    'aapc-membership': { status: 'done', target: '2026-12-31' },
    'cpc-exam': { status: 'in-progress', target: '2027-03-01' },
    externship: { status: 'skipped', target: '2027-04-01' },
    'first-job-search': { status: 'todo' },
    'retired-step': { status: 'todo', target: '2027-05-01' },
  };

  it('takes the steps with target dates, in plan order, leaving out skipped and unknown steps', () => {
    const list = milestones(['cpc-exam', 'aapc-membership', 'externship', 'first-job-search', 'retired-step'], progress, titleOf);
    expect(list).toEqual([
      { stepId: 'cpc-exam', title: 'Pass the CPC exam', date: '2027-03-01', status: 'in-progress' },
      { stepId: 'aapc-membership', title: 'Join AAPC', date: '2026-12-31', status: 'done' },
    ]);
    expect(milestones(['first-job-search'], progress, titleOf)).toEqual([]);
  });

  it('writes all-day events with stable UIDs, CRLF line ends and the next day as DTEND', () => {
    const ics = milestonesToIcs(milestones(['cpc-exam', 'aapc-membership'], progress, titleOf), now);
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medical Coding Career Planner//Roadmap//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:cpc-exam@roadmap.ccp', 'UID:aapc-membership@roadmap.ccp']);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20270301', 'DTSTART;VALUE=DATE:20261231']);
    // The end of an all-day event is the next day, across month and year ends.
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND;VALUE=DATE:20270302', 'DTEND;VALUE=DATE:20270101']);
    expect(lines).toContain('DTSTAMP:20261120T101112Z');
    expect(lines).toContain('SUMMARY:Target: Pass the CPC exam');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const long = 'Pass the CIRCC exam; interventional radiology, cardiovascular \\ and “more” é€😀 '.repeat(4);
    const ics = milestonesToIcs([{ stepId: 'circc-exam', title: long, date: '2028-02-29', status: 'todo' }], now);
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.slice(1).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    const unfolded = ics.replace(/\r\n /g, '');
    const escaped = long.replace(/[\\;,]/g, (c) => `\\${c}`);
    expect(unfolded).toContain(`SUMMARY:Target: ${escaped}`);
    expect(unfolded).toContain('DTEND;VALUE=DATE:20280301');
  });

  it('gives an empty but valid calendar when no step has a date', () => {
    expect(milestonesToIcs([], now)).toBe(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medical Coding Career Planner//Roadmap//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'END:VCALENDAR', ''].join('\r\n'),
    );
  });
});
