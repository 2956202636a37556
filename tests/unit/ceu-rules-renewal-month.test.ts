/**
 * AAPC's CEU policies: "CEUs earned within your renewal month can apply to either the current
 * submission or the next" (content/ceu-rules.yaml, rule renewal-month). A CEU completed in the
 * renewal month just before the current cycle is therefore not simply "before this cycle": the
 * tracker cannot know whether it was reported last time, so it does not count it, and tells the
 * reader it may count here. Other issuers' packs have no such rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';
import { ceuWords } from '../../src/i18n/ceu.en.ts';
import { logged } from './ceu-fixture.ts';

const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const TODAY = '2026-12-07';

const activity = (date: string, appliesTo: string[]): Activity => logged(date, { date, appliesTo });

function reasons(held: HeldCredential, dates: string[]): Record<string, string> {
  const [p] = computeProgress({ packs, credentials: [held], activities: dates.map((d) => activity(d, [held.credential])), today: TODAY });
  return Object.fromEntries(p!.verdicts.map((v) => [v.id, v.reason]));
}

describe("AAPC's renewal month: CEUs from the month before this cycle", () => {
  // Due at the end of May: the last renewal month is May 2025, the cycle starts on 1 June 2025.
  const cpc: HeldCredential = { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', earned: '2019-05-10' };

  it('a CEU from the last renewal month is told it may count here; one from the month before is before this cycle', () => {
    expect(reasons(cpc, ['2025-04-30', '2025-05-01', '2025-05-31', '2025-06-01'])).toEqual({
      '2025-04-30': 'before-cycle',
      '2025-05-01': 'last-renewal-month',
      '2025-05-31': 'last-renewal-month',
      '2025-06-01': 'counts',
    });
  });

  it('does not count it toward the total, so the reader is never told they have more than they may', () => {
    const [p] = computeProgress({ packs, credentials: [cpc], activities: [activity('2025-05-20', ['cpc'])], today: TODAY });
    expect(p!.verdicts[0]).toMatchObject({ counts: false, reason: 'last-renewal-month' });
    expect(p!.required.ceus).toBe(36);
  });

  it('follows the cycle the reader gives (a cycle starting mid-month: the month of the day before)', () => {
    const mid: HeldCredential = { ...cpc, cycleStart: '2025-03-16', cycleEnd: '2027-03-15' };
    expect(reasons(mid, ['2025-02-28', '2025-03-01', '2025-03-15', '2025-03-16'])).toEqual({
      '2025-02-28': 'before-cycle',
      '2025-03-01': 'last-renewal-month',
      '2025-03-15': 'last-renewal-month',
      '2025-03-16': 'counts',
    });
  });

  it('says so in words a reader understands', () => {
    expect(ceuWords.log.verdict['last-renewal-month']).toMatch(/last renewal month/);
    expect(ceuWords.log.verdict['last-renewal-month']).toMatch(/not counted here/);
  });
});

describe('AHIMA has no renewal-month rule', () => {
  it('a CEU from the month before the cycle is before this cycle', () => {
    const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };
    expect(reasons(rhit, ['2024-12-15'])).toEqual({ '2024-12-15': 'before-cycle' });
  });
});
