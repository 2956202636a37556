/**
 * Which of two log lines for the same course or the same activity counts (AAPC: CEUs may be
 * claimed once per course, content/ceu-rules.yaml, once-per-course; any issuer: the same activity
 * logged twice counts once), and which dates the tally refuses as not being dates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';

const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const cpc: HeldCredential = { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };

const base: Activity = { id: 'a', date: '2026-02-01', title: 'Coding update', provider: 'AAPC', ceus: 1, indexNumber: '', categories: [], appliesTo: ['cpc'], notes: '' };
function progress(activities: Activity[]): IssuerProgress {
  const [p] = computeProgress({ packs, credentials: [cpc], activities, today: '2026-12-01' });
  return p!;
}
const reasons = (p: IssuerProgress) => p.verdicts.map((v) => v.reason);

describe('the same activity logged twice', () => {
  it('counts the first line in the log when both lines carry the same id and details', () => {
    const p = progress([{ ...base, id: 'same', notes: 'first' }, { ...base, id: 'same', notes: 'second copy' }]);
    expect(reasons(p)).toEqual(['counts', 'duplicate-entry']);
    expect(p.counted).toBe(1);
  });

  it('matches titles and providers without regard to case, also for letters whose capitals are other characters (the Kelvin sign K)', () => {
    const title = progress([{ ...base, id: 'a', title: '\u212A-coding basics' }, { ...base, id: 'b', title: 'k-coding basics' }]);
    expect(reasons(title)).toEqual(['counts', 'duplicate-entry']);
    const provider = progress([{ ...base, id: 'a', provider: '\u212Anowledge hub' }, { ...base, id: 'b', provider: 'knowledge hub' }]);
    expect(reasons(provider)).toEqual(['counts', 'duplicate-entry']);
    expect(provider.counted).toBe(1);
  });
});

describe('the same course (AAPC index number) claimed twice', () => {
  it('matches index numbers in capitals, as they are printed: ß and SS are the same course', () => {
    const p = progress([
      { ...base, id: 'a', title: 'Part one', indexNumber: 'KURSß-7' },
      { ...base, id: 'b', title: 'Part one again', date: '2026-03-01', indexNumber: 'kursss-7' },
    ]);
    expect(reasons(p)).toEqual(['counts', 'repeat-course']);
    expect(p.counted).toBe(1);
  });
});

describe('dates that are not written YYYY-MM-DD', () => {
  const bad = ['x2026-02-01', '2026-02-01x', '26-02-01', 'abcd-02-01', '2026-2-01', '2026-ab-01', '2026-02-1', '2026-02-ab'];
  it.each(bad)('refuses "%s" as invalid rather than judging it against the cycle', (date) => {
    const p = progress([{ ...base, date }]);
    expect(p.verdicts[0]).toMatchObject({ counts: false, reason: 'invalid' });
    expect(p.counted).toBe(0);
  });
});
