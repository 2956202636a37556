import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';
import type { Fact } from '../../src/lib/facts.ts';
import { candidates, duesChange, payDifferences, renewalChange, withIssuers, type WhatIfCredential } from '../../src/lib/ceu/whatif.ts';

const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const TODAY = '2026-12-01';

let seq = 0;
function activity(fields: Partial<Activity> & Pick<Activity, 'date' | 'ceus' | 'appliesTo'>): Activity {
  seq += 1;
  return { id: `a${seq}`, title: `Webinar ${seq}`, provider: 'AAPC', indexNumber: '', categories: [], notes: '', ...fields };
}

const cpc: HeldCredential = { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };
/** 12 CEUs claimed for the CPC in the cycle, 4 of them auditing and 2 specialty. */
const cpcLog = [
  activity({ date: '2026-01-10', ceus: 6, appliesTo: ['cpc'] }),
  activity({ date: '2026-03-02', ceus: 4, appliesTo: ['cpc'], categories: ['auditing'] }),
  activity({ date: '2026-05-02', ceus: 2, appliesTo: ['cpc'], categories: ['specialty'] }),
];

function change(held: HeldCredential[], log: Activity[], add: { id: string; issuer: string }, p: RulePack[] = packs) {
  const c = renewalChange({ packs: p, held, activities: log, today: TODAY, add });
  if (!c) throw new Error('no pack');
  return c;
}

const fact = (value: number, source: string, asOf: string): Fact<number> => ({
  kind: 'fact',
  value,
  unit: 'usd-per-year',
  source: { id: source, collection: 'sources' },
  asOf,
  confidence: 'issuer',
});

describe('what if: an AAPC specialty credential', () => {
  it('CPC + CRC: the total goes from 36 to 40, with 8 specialty CEUs of its own, none of them met by CEUs from before it is earned', () => {
    const c = change([cpc], cpcLog, { id: 'crc', issuer: 'aapc' });
    expect(c.before?.required.ceus).toBe(36);
    expect(c.after.required.ceus).toBe(40);
    expect(c.addedCeus).toBe(4);
    expect(c.joinsCycle).toBe(true);
    expect(c.after.cycle).toMatchObject({ start: '2025-06-01', end: '2027-05-31' });
    // Everything logged for the CPC still counts toward the larger total.
    expect(c.after.counted).toBe(12);
    expect(c.after.missing).toBe(28);
    expect(c.newMinimums).toHaveLength(1);
    expect(c.newMinimums[0]).toMatchObject({ id: 'specialty:crc', category: 'specialty', credential: 'crc', required: 8, counted: 0, missing: 8, met: false });
    expect(c.newMinimums[0]!.fact).toMatchObject({ value: 8, source: { id: 'aapc-ceu-info' } });
    expect(c.after.required.facts[0]).toMatchObject({ value: 40, source: { id: 'aapc-ceu-info' } });
  });

  it('a specialty CEU completed after the credential is earned fills its minimum', () => {
    const later = activity({ date: TODAY, ceus: 3, appliesTo: ['cpc'], categories: ['specialty'] });
    const c = change([cpc], [...cpcLog, later], { id: 'crc', issuer: 'aapc' });
    expect(c.newMinimums[0]).toMatchObject({ counted: 3, missing: 5 });
    expect(c.after.counted).toBe(15);
  });

  it('CPC + CEMC (a specialty credential in a fixture pack): the same 40 and 8 specialty CEUs', () => {
    const fixture = packs.map((p) => {
      if (p.id !== 'aapc') return p;
      const crc = p.credentials.find((x) => x.id === 'crc')!;
      return {
        ...p,
        credentials: [...p.credentials, { id: 'cemc', name: 'CEMC', class: crc.class }],
        rules: p.rules.map((r) => (r.rule === 'credential-minimum' && r.category === 'specialty' ? { ...r, credentials: [...r.credentials, 'cemc'] } : r)),
      };
    });
    const c = change([cpc], cpcLog, { id: 'cemc', issuer: 'aapc' }, fixture);
    expect(c.after.required.ceus).toBe(40);
    expect(c.addedCeus).toBe(4);
    expect(c.newMinimums.map((m) => [m.id, m.required])).toEqual([['specialty:cemc', 8]]);
    expect(c.after.warnings).not.toContain('unknown-credential');
  });
});

describe('what if: an AAPC role credential', () => {
  it('CPC + CPMA: 40 in all, 16 of them auditing', () => {
    const c = change([cpc], cpcLog, { id: 'cpma', issuer: 'aapc' });
    expect(c.after.required.ceus).toBe(40);
    expect(c.addedCeus).toBe(4);
    expect(c.newMinimums.map((m) => [m.id, m.category, m.required, m.counted])).toEqual([['auditing:cpma', 'auditing', 16, 0]]);
    expect(c.newMinimums[0]!.fact).toMatchObject({ value: 16, source: { id: 'aapc-ceu-info' } });
  });

  it('with two AAPC credentials held already, a third takes the total from 40 to 44', () => {
    const crc: HeldCredential = { ...cpc, credential: 'crc' };
    const c = change([cpc, crc], cpcLog, { id: 'cpma', issuer: 'aapc' });
    expect(c.before?.required.ceus).toBe(40);
    expect(c.after.required.ceus).toBe(44);
    // The CRC's own minimum is unchanged, so only the CPMA's is new.
    expect(c.newMinimums.map((m) => m.id)).toEqual(['auditing:cpma']);
  });
});

describe('what if: AHIMA', () => {
  it('CPC + CCS: a new AHIMA cycle from today asking 20, 80 % in its domains and 40 % from AHIMA; nothing logged counts yet', () => {
    const c = change([cpc], cpcLog, { id: 'ccs', issuer: 'ahima' });
    expect(c.before).toBeNull();
    expect(c.joinsCycle).toBe(false);
    expect(c.after.required.ceus).toBe(20);
    expect(c.addedCeus).toBe(20);
    expect(c.after.cycle).toMatchObject({ start: TODAY, end: '2028-11-30', from: 'earned' });
    expect(c.after.counted).toBe(0);
    expect(c.newMinimums.map((m) => [m.id, m.required])).toEqual([
      ['share:hiim-domain', 16],
      ['share:ahima-sourced', 8],
    ]);
    expect(c.after.required.facts.map((f) => f.kind === 'fact' && f.value)).toEqual([20, 10, 50]);
  });

  const ccs: HeldCredential = { credential: 'ccs', issuer: 'ahima', earned: '2025-09-15' };
  const ccsLog = [
    activity({ date: '2025-10-01', ceus: 10, appliesTo: ['ccs'], categories: ['hiim-domain', 'ahima-sourced'], provider: 'AHIMA' }),
    activity({ date: '2026-02-01', ceus: 4, appliesTo: ['ccs'], categories: ['hiim-domain'] }),
  ];

  it('CCS + CCS-P: 20 + 10 = 30 in the CCS cycle, and the CEUs logged for the CCS count toward the larger shares', () => {
    const c = change([ccs], ccsLog, { id: 'ccs-p', issuer: 'ahima' });
    expect(c.before?.required.ceus).toBe(20);
    expect(c.after.required.ceus).toBe(30);
    expect(c.addedCeus).toBe(10);
    expect(c.joinsCycle).toBe(true);
    expect(c.after.cycle).toMatchObject({ start: '2025-09-15', end: '2027-09-14' });
    expect(c.after.counted).toBe(14);
    expect(c.newMinimums.map((m) => [m.id, m.required, m.counted])).toEqual([
      ['share:hiim-domain', 24, 14],
      ['share:ahima-sourced', 12, 10],
    ]);
  });

  it('CCS + RHIA: the higher base (30) plus 10 for the second credential', () => {
    expect(change([ccs], ccsLog, { id: 'rhia', issuer: 'ahima' }).after.required.ceus).toBe(40);
  });

  it('the AHIMA total stops at the cap of 50', () => {
    const held = ['ccs', 'rhia', 'cdip'].map((credential): HeldCredential => ({ ...ccs, credential }));
    const c = change(held, ccsLog, { id: 'chda', issuer: 'ahima' });
    expect(c.before?.required.ceus).toBe(50);
    expect(c.after.required.ceus).toBe(50);
    expect(c.addedCeus).toBe(0);
    expect(c.newMinimums).toEqual([]);
  });
});

describe('what if: choices, dues and pay', () => {
  it('lists the credentials not held, in order', () => {
    const options = [{ id: 'cpc' }, { id: 'ccs' }, { id: 'crc' }];
    expect(candidates(options, [{ credential: 'cpc' }]).map((o) => o.id)).toEqual(['ccs', 'crc']);
    expect(withIssuers([{ credential: 'cpc' }, { credential: 'nope' }], [{ id: 'cpc', abbreviation: 'CPC', issuer: 'aapc' }])).toEqual([{ credential: 'cpc', issuer: 'aapc' }]);
  });

  it('returns null for an issuer without a rule pack', () => {
    expect(renewalChange({ packs, held: [cpc], activities: [], today: TODAY, add: { id: 'x', issuer: 'nobody' } })).toBeNull();
  });

  it('adds dues only for an issuer that requires membership and whose credentials the reader does not hold yet', () => {
    const dues = fact(190, 'aapc-membership-faq', '2026-11');
    const yes: Fact<boolean> = { kind: 'fact', value: true, source: { id: 'aapc-exam-faq', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' };
    const aapc = { id: 'aapc', dues, duesRequired: yes };
    expect(duesChange(aapc, [])).toEqual({ kind: 'adds', fact: dues });
    expect(duesChange(aapc, [cpc])).toEqual({ kind: 'already-paid', fact: dues });
    const no: Fact<boolean> = { ...yes, value: false };
    expect(duesChange({ id: 'ahima', dues, duesRequired: no }, [])).toMatchObject({ kind: 'not-required' });
    expect(duesChange({ id: 'nha', dues, duesRequired: { kind: 'unknown', reason: 'not found' } }, [])).toMatchObject({ kind: 'unknown' });
  });

  it('subtracts pay only between figures of one source and date', () => {
    const cred = (id: string, pay: Fact[]): WhatIfCredential => ({
      id,
      abbreviation: id.toUpperCase(),
      issuer: 'aapc',
      exam: { kind: 'unknown', reason: '' },
      pay: pay.map((f, i) => ({ label: `${id} ${i}`, fact: f })),
      prep: null,
    });
    const cpcPay = cred('cpc', [fact(58055, 'aapc-cpc', '2022'), fact(54401, 'aapc-salary-2018', '2018')]);
    const cic = cred('cic', [fact(57936, 'aapc-cic', '2026-11'), fact(56045, 'aapc-salary-2018', '2018')]);
    const diffs = payDifferences(cic, [cpcPay]);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ held: 'cpc', difference: 1644, fact: { source: { id: 'aapc-salary-2018' }, asOf: '2018' } });
    // Different surveys (a 2022 page against a 2025 third-party figure) are never subtracted.
    expect(payDifferences(cred('crc', [fact(74629, 'oep-crc-vs-cpc', '2025')]), [cpcPay])).toEqual([]);
    expect(payDifferences(cred('ccs', [{ kind: 'unknown', reason: 'none' }]), [cpcPay])).toEqual([]);
  });
});
