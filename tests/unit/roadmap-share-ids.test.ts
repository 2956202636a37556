/**
 * Step and goal ids in a share link (src/lib/roadmap/share.ts) are whole well-formed ids: lower
 * case letters and digits in words joined by single hyphens, nothing before or after. A plan
 * holding anything else leaves it out of the link; a link whose goal has a stray character is
 * refused as a bad goal rather than opened with a goal the page does not know.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, type PlanInputs } from '../../src/lib/roadmap/index.ts';
import { mini, role, step } from './roadmap-mini.ts';

const cat = () => mini([step('course'), step('exam')], [role('coder', ['exam'])]);
const inputs: PlanInputs = { start: 'student', goal: 'coder', hoursPerWeek: 10, preference: 'fastest' };

describe('ids in a share link', () => {
  it('a step id with anything after its last word is left out of the link', () => {
    const text = encodeShare({ inputs, order: ['course', 'exam!', 'exam_d', 'exam-', 'exam'], progress: {} });
    expect(text).toBe('r1.s.f.10..coder.course~exam');
    const r = decodeShare(text, cat());
    expect(r.ok && r.plan.order).toEqual(['course', 'exam']);
    expect(r.ok && r.plan.progress).toEqual({});
  });

  it('a goal with anything after its last word is left out when writing, and refused when reading', () => {
    expect(encodeShare({ inputs: { ...inputs, goal: 'coder!' }, order: ['exam'], progress: {} })).toBe('r1.s.f.10...exam');
    expect(decodeShare('r1.s.f.10..coder!.exam', cat())).toEqual({ ok: false, error: 'goal' });
    expect(decodeShare('r1.s.f.10..coder-.exam', cat())).toEqual({ ok: false, error: 'goal' });
    expect(decodeShare('r1.s.f.10..coder.exam', cat()).ok).toBe(true);
  });

  it('the same in a copy of the module loaded on its own (its id pattern is made when it loads)', async () => {
    const path = '../../src/lib/roadmap/share.ts?copy=ids';
    const share = (await import(/* @vite-ignore */ path)) as { encodeShare: typeof encodeShare; decodeShare: typeof decodeShare };
    expect(share.encodeShare({ inputs, order: ['course', 'exam!', 'exam-'], progress: {} })).toBe('r1.s.f.10..coder.course');
    expect(share.decodeShare('r1.s.f.10..coder!.exam', cat())).toEqual({ ok: false, error: 'goal' });
  });
});
