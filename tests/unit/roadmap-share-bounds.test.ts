/**
 * Where a share link's limits lie, as the reader who opens one meets them: a link exactly at
 * the length limit or with exactly the most steps opens in full, and a field with anything
 * before or after what it should hold is refused, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/lib/roadmap/index.ts';
import { mini, role, step } from './roadmap-mini.ts';

const cat = () => mini([step('course'), step('exam')], [role('coder', ['exam'])]);
const error = (text: string) => {
  const r = decodeShare(text, cat());
  return r.ok ? 'ok' : r.error;
};

describe('share link limits', () => {
  it('opens a link exactly at the length limit, and exactly the most steps without a warning', () => {
    const head = 'r1.n.f.10..coder.';
    const steps = Array.from({ length: 300 }, (_, i) => `s${i}`).join('~');
    const exact = head + steps + '~' + 'x'.repeat(8000 - head.length - steps.length - 1);
    expect(exact).toHaveLength(8000);
    expect(error(exact)).toBe('ok');
    expect(error(`${exact}y`)).toBe('too-long');
    const r = decodeShare(head + steps, cat());
    expect(r.ok && r.report.problems).toEqual([]);
  });

  it('refuses a version, years, target or goal with anything around them', () => {
    expect(error('xr1.n.f.10..coder.')).toBe('not-roadmap');
    expect(error('r1x.n.f.10..coder.')).toBe('not-roadmap');
    expect(error('r10.n.f.10..coder.')).toBe('version');
    expect(error('r2.n.f.10..coder.x12...')).toBe('years');
    expect(error('r2.n.f.10..coder.12x...')).toBe('years');
    expect(error('r2.n.f.10..coder...x2027013.')).toBe('target');
    expect(error('r2.n.f.10..coder...20270131x.')).toBe('target');
    expect(error('r1.n.f.10..coder_.')).toBe('goal');
    expect(error('r1.n.f.10..-coder.')).toBe('goal');
  });

  it('writes no years of work that are not a finite number', () => {
    expect(encodeShare({ inputs: { start: 'student', goal: 'coder', hoursPerWeek: 10, preference: 'fastest', experienceYears: Infinity }, order: [], progress: {} })).toBe('r1.s.f.10..coder.');
  });

  it('writes only well-formed step ids, whole', () => {
    expect(encodeShare({ inputs: { start: 'student', goal: 'coder', hoursPerWeek: 10, preference: 'fastest' }, order: ['course', 'exam_', 'exam'], progress: {} })).toBe('r1.s.f.10..coder.course~exam');
  });
});
