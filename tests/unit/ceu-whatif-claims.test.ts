/**
 * "What if I add…" (src/lib/ceu/whatif.ts): which logged activities the reader would also claim
 * for the new credential, and whose dues it adds. AAPC figures from content/ceu-rules.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';
import type { Fact } from '../../src/lib/facts.ts';
import { duesChange, renewalChange } from '../../src/lib/ceu/whatif.ts';

const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const TODAY = '2026-12-01';
const cpc: HeldCredential = { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };
const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };

describe('what adding a credential changes', () => {
  it('claims for the new AAPC credential an activity claimed for the CPC and an AHIMA credential alike', () => {
    const shared: Activity = {
      id: 'both',
      date: TODAY,
      title: 'Cardiology coding',
      provider: 'AAPC',
      ceus: 2,
      indexNumber: '',
      categories: ['specialty'],
      appliesTo: ['cpc', 'rhit'],
      notes: '',
    };
    const change = renewalChange({ packs, held: [cpc, rhit], activities: [shared], today: TODAY, add: { id: 'crc', issuer: 'aapc' } });
    const crcMinimum = change!.after.minimums.find((m) => m.id === 'specialty:crc');
    // AAPC: 8 specialty CEUs per specialty credential; the 2 completed today (the day it is earned) count.
    expect(crcMinimum).toMatchObject({ required: 8, counted: 2, missing: 6, met: false });
    expect(change!.after.required.ceus).toBe(40);
    expect(change!.addedCeus).toBe(4);
  });

  it('adds AAPC dues for a reader who holds only an AHIMA credential', () => {
    const dues: Fact = { kind: 'fact', value: 190, unit: 'usd-per-year', source: { id: 'aapc-membership-faq', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' };
    const required: Fact<boolean> = { kind: 'fact', value: true, source: { id: 'aapc-exam-faq', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' };
    expect(duesChange({ id: 'aapc', dues, duesRequired: required }, [rhit])).toEqual({ kind: 'adds', fact: dues });
  });
});
