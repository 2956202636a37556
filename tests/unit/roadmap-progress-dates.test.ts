/**
 * A reader's progress and dates: only real calendar days are accepted, a step's status and
 * its date are kept apart (changing one keeps the other), a step with nothing to say takes no
 * room, and the calendar file says where each dated step stood when it was made.
 */
import { describe, expect, it } from 'vitest';
import { countStatuses, isIsoDay, milestones, orphanedProgress, setStatus, setTarget, statusOf, type Progress } from '../../src/lib/roadmap/index.ts';
import { milestonesToIcs } from '../../src/lib/roadmap/ics.ts';

describe('dates', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    const days = ['2028-02-29', '2027-02-29', '2027-12-31', '2027-13-01', '2027-00-10', '2027-04-31', '2027-04-00', '2027-1-01', ' 2027-01-01', '2027-01-01x', '20270101', '2027/01/01'];
    expect(Object.fromEntries(days.map((d) => [d, isIsoDay(d)]))).toEqual({
      '2028-02-29': true,
      '2027-02-29': false,
      '2027-12-31': true,
      '2027-13-01': false,
      '2027-00-10': false,
      '2027-04-31': false,
      '2027-04-00': false,
      '2027-1-01': false,
      ' 2027-01-01': false,
      '2027-01-01x': false,
      '20270101': false,
      '2027/01/01': false,
    });
  });
});

describe('progress on a step', () => {
  it('is to do until something is recorded, also for names objects inherit', () => {
    expect(statusOf({}, 'exam')).toBe('todo');
    expect(statusOf({}, 'toString')).toBe('todo');
    expect(statusOf({ exam: { status: 'skipped' } }, 'exam')).toBe('skipped');
  });

  it('keeps the date when the status changes, and the status when the date changes', () => {
    const p: Progress = { exam: { status: 'in-progress', target: '2027-03-01' } };
    expect(setStatus(p, 'exam', 'done')).toEqual({ exam: { status: 'done', target: '2027-03-01' } });
    expect(setStatus(p, 'exam', 'todo')).toEqual({ exam: { status: 'todo', target: '2027-03-01' } });
    expect(setTarget(p, 'exam', '2027-04-01')).toEqual({ exam: { status: 'in-progress', target: '2027-04-01' } });
    expect(setTarget(p, 'exam', undefined)).toEqual({ exam: { status: 'in-progress' } });
    expect(setTarget(p, 'course', '2027-04-01')).toEqual({ ...p, course: { status: 'todo', target: '2027-04-01' } });
    expect(p).toEqual({ exam: { status: 'in-progress', target: '2027-03-01' } });
  });

  it('drops a step with nothing to say, and ignores a date that is not a day', () => {
    const p: Progress = { exam: { status: 'done' }, course: { status: 'todo', target: '2027-01-01' } };
    expect(setStatus(p, 'exam', 'todo')).toEqual({ course: { status: 'todo', target: '2027-01-01' } });
    expect(setTarget(p, 'course', undefined)).toEqual({ exam: { status: 'done' } });
    expect(setTarget(p, 'course', '2027-02-30')).toBe(p);
    expect(setStatus({}, 'constructor', 'done')).toEqual({ constructor: { status: 'done' } });
  });

  it('counts the steps of a plan in each state, and names progress on steps no longer known', () => {
    const p: Progress = { a: { status: 'done' }, b: { status: 'skipped' }, c: { status: 'in-progress' }, gone: { status: 'done' } };
    expect(countStatuses(['a', 'b', 'c', 'd', 'e'], p)).toEqual({ todo: 2, 'in-progress': 1, done: 1, skipped: 1 });
    expect(orphanedProgress(p, (id) => id !== 'gone' && id !== 'b')).toEqual(['b', 'gone']);
  });
});

describe('milestones in a calendar file', () => {
  it('are the dated steps of the plan with a title, in plan order, skipped steps left out', () => {
    const p: Progress = {
      a: { status: 'done', target: '2027-02-01' },
      b: { status: 'skipped', target: '2027-03-01' },
      c: { status: 'todo', target: '2027-04-31' },
      d: { status: 'in-progress', target: '2027-01-15' },
      e: { status: 'todo', target: '2027-05-01' },
    };
    expect(milestones(['d', 'a', 'b', 'c', 'e', 'f'], p, (id) => (id === 'e' ? undefined : `Step ${id}`))).toEqual([
      { stepId: 'd', title: 'Step d', date: '2027-01-15', status: 'in-progress' },
      { stepId: 'a', title: 'Step a', date: '2027-02-01', status: 'done' },
    ]);
    expect(milestones(['toString'], {}, () => 'Inherited')).toEqual([]);
  });

  it('say where each step stood when the file was made; a step to do says nothing more', () => {
    const ics = milestonesToIcs(
      [
        { stepId: 'a', title: 'Join', date: '2027-02-01', status: 'done' },
        { stepId: 'b', title: 'Exam', date: '2027-03-01', status: 'in-progress' },
        { stepId: 'c', title: 'Job', date: '2027-12-31', status: 'todo' },
      ],
      new Date('2026-12-07T05:00:00Z'),
    ).replace(/\r\n /g, '');
    expect(ics.split('\r\n').filter((l) => l.startsWith('DESCRIPTION:'))).toEqual([
      'DESCRIPTION:The target date you set for "Join" in your medical coding roadmap. When this file was made it was done.',
      'DESCRIPTION:The target date you set for "Exam" in your medical coding roadmap. When this file was made it was in progress.',
      'DESCRIPTION:The target date you set for "Job" in your medical coding roadmap.',
    ]);
    expect(ics).toContain('DTEND;VALUE=DATE:20280101');
    expect(ics).toContain('DTSTAMP:20261207T050000Z');
    expect(ics).toContain('TRANSP:TRANSPARENT');
  });

  it('use the words given, leaving a name it has no value for as it is', () => {
    // A translation: the English words' type is their literal text, so a translation is cast to it.
    const words = { summary: 'Ziel: {title} {other}', description: '{title}', status: ' ({status})', statuses: { 'in-progress': 'läuft', done: 'fertig', skipped: 'übersprungen' } } as unknown as Parameters<typeof milestonesToIcs>[2];
    const ics = milestonesToIcs([{ stepId: 'a', title: 'Prüfung', date: '2027-02-01', status: 'done' }], new Date('2026-12-07T05:00:00Z'), words);
    expect(ics).toContain('SUMMARY:Ziel: Prüfung {other}');
    expect(ics).toContain('DESCRIPTION:Prüfung (fertig)');
  });
});
