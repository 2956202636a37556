import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import { cycleFromEarned } from '../../src/lib/ceu/cycle.ts';
import { CEU_CATEGORIES, type Activity, type HeldCredential } from '../../src/lib/ceu/types.ts';

const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));

let seq = 0;
function activity(fields: Partial<Activity> & Pick<Activity, 'date' | 'ceus' | 'appliesTo'>): Activity {
  seq += 1;
  return { id: `a${seq}`, title: `Webinar ${seq}`, provider: 'AAPC', indexNumber: '', categories: [], notes: '', ...fields };
}

const cpcCycle: HeldCredential = { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };

function run(credentials: HeldCredential[], activities: Activity[], today = '2026-12-01'): IssuerProgress[] {
  return computeProgress({ packs, credentials, activities, today });
}
function one(credentials: HeldCredential[], activities: Activity[], today?: string): IssuerProgress {
  const [p] = run(credentials, activities, today);
  if (!p) throw new Error('no progress');
  return p;
}

describe('CEU engine: AAPC', () => {
  it('asks 36 for the CPC alone, counts what falls in the cycle and gives the deadlines', () => {
    const p = one([cpcCycle], [activity({ date: '2026-01-10', ceus: 4, appliesTo: ['cpc'] }), activity({ date: '2026-03-02', ceus: 6.5, appliesTo: ['cpc'] })]);
    expect(p.required).toMatchObject({ ceus: 36, fromRules: 36, prorated: false });
    expect(p).toMatchObject({
      issuer: 'aapc',
      cycle: { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' },
      counted: 10.5,
      missing: 25.5,
      stillNeeded: 25.5,
      dueDate: '2027-05-31',
      submissionOpens: '2027-04-30',
      lapseDate: '2027-08-29',
      daysLeft: 181,
      status: 'in-cycle',
    });
    expect(p.verdicts.map((v) => v.reason)).toEqual(['counts', 'counts']);
  });

  it('says why each activity does not count', () => {
    const held: HeldCredential[] = [{ ...cpcCycle, earned: '2025-07-01' }, { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }];
    const log = [
      activity({ id: 'early', date: '2025-04-30', ceus: 1, appliesTo: ['cpc', 'crc'] }),
      activity({ id: 'late', date: '2027-06-01', ceus: 1, appliesTo: ['cpc'] }),
      activity({ id: 'other-issuer', date: '2026-01-01', ceus: 1, appliesTo: ['ccs'] }),
      activity({ id: 'not-yet-certified', date: '2025-06-15', ceus: 1, appliesTo: ['cpc'] }),
      activity({ id: 'cms-for-specialty', date: '2026-01-01', ceus: 1, appliesTo: ['crc'], categories: ['cms', 'specialty'] }),
      activity({ id: 'first', date: '2026-02-01', ceus: 2, appliesTo: ['cpc'], indexNumber: 'ABC123' }),
      activity({ id: 'again', date: '2026-04-01', ceus: 2, appliesTo: ['cpc'], indexNumber: ' abc123 ' }),
      activity({ id: 'zero', date: '2026-04-01', ceus: 0, appliesTo: ['cpc'] }),
    ];
    const p = one(held, log);
    expect(Object.fromEntries(p.verdicts.map((v) => [v.id, v.reason]))).toEqual({
      early: 'before-cycle',
      late: 'after-cycle',
      'other-issuer': 'not-applied',
      'not-yet-certified': 'before-certification',
      'cms-for-specialty': 'category-not-accepted',
      first: 'counts',
      again: 'repeat-course',
      zero: 'invalid',
    });
    expect(p.counted).toBe(2);
  });

  it('counts a CMS course for a core credential, but not toward a specialty minimum', () => {
    const held: HeldCredential[] = [cpcCycle, { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }];
    const p = one(held, [activity({ id: 'mln', date: '2026-01-01', ceus: 3, appliesTo: ['cpc', 'crc'], categories: ['cms', 'specialty'] })]);
    expect(p.required.ceus).toBe(40);
    expect(p.verdicts[0]).toEqual({ id: 'mln', counts: true, reason: 'counts', caveat: 'core-only' });
    expect(p.minimums).toEqual([expect.objectContaining({ id: 'specialty:crc', required: 8, counted: 0, missing: 8, met: false })]);
    expect(p.counted).toBe(3);
    expect(p.stillNeeded).toBe(37);
  });

  it('fills one credential minimum per activity, the one furthest from met', () => {
    const held: HeldCredential[] = ['crc', 'cpma'].map((credential) => ({ credential, issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }));
    const both = { appliesTo: ['crc', 'cpma'], categories: ['specialty', 'auditing'] as Activity['categories'] };
    const p = one(held, [
      activity({ id: 'x', date: '2026-01-01', ceus: 10, ...both }),
      activity({ id: 'y', date: '2026-02-01', ceus: 4, ...both }),
      activity({ id: 'z', date: '2026-03-01', ceus: 5, appliesTo: ['crc'], categories: ['specialty'] }),
    ]);
    const byId = Object.fromEntries(p.minimums.map((m) => [m.id, m]));
    // z fills the CRC's alone (5 of 8); then in date order x and y each go to the minimum
    // furthest from met: the CPMA's (16, then 6 still needed against the CRC's 3).
    expect(byId['auditing:cpma']).toMatchObject({ required: 16, counted: 14, missing: 2 });
    expect(byId['specialty:crc']).toMatchObject({ required: 8, counted: 5, missing: 3, met: false });
    expect(p.verdicts.map((v) => v.minimum)).toEqual(['auditing:cpma', 'auditing:cpma', 'specialty:crc']);
    expect(p.counted).toBe(19);
    expect(p.stillNeeded).toBe(21);
  });

  it('uses the reader\'s prorated first-cycle total and says so', () => {
    const p = one([{ credential: 'cpc', issuer: 'aapc', earned: '2026-02-10', cycleStart: '2026-02-10', cycleEnd: '2026-12-31', firstCycleTotal: 16.5 }], []);
    expect(p.required).toMatchObject({ ceus: 16.5, fromRules: 36, prorated: true });
    expect(p.missing).toBe(16.5);
  });

  it('ignores a prorated figure once the credential\'s first cycle is over', () => {
    const p = one([{ credential: 'cpc', issuer: 'aapc', earned: '2024-02-10', cycleStart: '2026-01-01', cycleEnd: '2027-12-31', firstCycleTotal: 16 }], []);
    expect(p.required).toMatchObject({ ceus: 36, prorated: false });
  });

  it('applies the superseded table to a cycle that ended before the change', () => {
    const held: HeldCredential[] = ['cpc', 'coc'].map((credential) => ({ credential, issuer: 'aapc', cycleStart: '2011-06-01', cycleEnd: '2013-05-31' }));
    expect(one(held, [], '2013-01-01').required.ceus).toBe(48);
  });

  it('estimates the cycle from the earned date, and says it is an estimate', () => {
    const p = one([{ credential: 'cpc', issuer: 'aapc', earned: '2023-03-15' }], [], '2026-12-01');
    expect(p.cycle).toEqual({ start: '2025-03-15', end: '2027-03-14', from: 'earned' });
    expect(p.warnings).toContain('cycle-estimated');
  });

  it('reports the window: open, overdue, lapsed, not started, needs dates', () => {
    expect(one([cpcCycle], [], '2027-05-01').status).toBe('submission-open');
    expect(one([cpcCycle], [], '2027-06-15').status).toBe('overdue');
    expect(one([cpcCycle], [], '2027-08-30').status).toBe('lapsed');
    expect(one([cpcCycle], [], '2025-01-01').status).toBe('not-started');
    const p = one([{ credential: 'cpc', issuer: 'aapc' }], [activity({ date: '2026-01-01', ceus: 1, appliesTo: ['cpc'] })]);
    expect(p).toMatchObject({ status: 'needs-dates', cycle: null, dueDate: null, daysLeft: null });
    expect(p.verdicts[0]?.reason).toBe('no-cycle');
  });

  it('uses the cycle due first when held credentials disagree, and warns', () => {
    const p = one([cpcCycle, { credential: 'coc', issuer: 'aapc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }], []);
    expect(p.cycle?.end).toBe('2026-12-31');
    expect(p.warnings).toContain('cycle-dates-differ');
  });
});

describe('CEU engine: AHIMA and NHA', () => {
  const ahima = (credentials: string[], earned = '2024-03-15') => credentials.map((credential) => ({ credential, issuer: 'ahima', earned }));

  it('starts the first cycle on the exam date and asks 20 + 10 per extra credential', () => {
    const p = one(ahima(['ccs', 'ccs-p']), [], '2026-11-10');
    expect(p.cycle).toEqual({ start: '2026-03-15', end: '2028-03-14', from: 'earned' });
    expect(p.required.ceus).toBe(30);
    expect(p.warnings).not.toContain('cycle-estimated');
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([
      ['share:hiim-domain', 24],
      ['share:ahima-sourced', 12],
    ]);
  });

  it('caps the AHIMA total at 50 and uses the highest base', () => {
    expect(one(ahima(['rhia', 'cca']), [], '2026-11-10').required.ceus).toBe(40);
    expect(one(ahima(['rhia', 'cca', 'ccs', 'ccs-p', 'rhit']), [], '2026-11-10').required.ceus).toBe(50);
  });

  it('asks for AHIMA-sourced CEUs only in cycles due from 2025', () => {
    const p = one(ahima(['ccs'], '2022-06-01'), [], '2023-01-01');
    expect(p.cycle?.end).toBe('2024-05-31');
    expect(p.minimums.map((m) => m.id)).toEqual(['share:hiim-domain']);
  });

  it('counts domain and AHIMA-sourced shares and finds what is missing', () => {
    const log = [
      activity({ date: '2026-05-01', ceus: 10, appliesTo: ['ccs'], categories: ['hiim-domain', 'ahima-sourced'] }),
      activity({ date: '2026-06-01', ceus: 6, appliesTo: ['ccs'], categories: ['hiim-domain'] }),
    ];
    const p = one(ahima(['ccs']), log, '2026-11-10');
    expect(p.minimums.map((m) => [m.id, m.required, m.counted, m.missing])).toEqual([
      ['share:hiim-domain', 16, 16, 0],
      ['share:ahima-sourced', 8, 10, 0],
    ]);
    // AHIMA: inactive from the day after the cycle ends, revoked 180 days after it (ahima-cert-updates).
    expect(p).toMatchObject({ counted: 16, missing: 4, stillNeeded: 4, submissionOpens: null, inactiveDate: '2028-03-15', lapseDate: '2028-09-10' });
  });

  it('gives the NHA CBCS 10 CEUs and no deadlines it does not know', () => {
    const p = one([{ credential: 'cbcs', issuer: 'nha', cycleStart: '2025-09-01', cycleEnd: '2027-08-31' }], []);
    expect(p.required.ceus).toBe(10);
    expect(p.required.facts[0]).toMatchObject({ confidence: 'third-party' });
    expect(p).toMatchObject({ submissionOpens: null, lapseDate: null, status: 'in-cycle' });
  });

  it('reports every issuer the reader holds a credential of, in pack order', () => {
    const all = run([{ credential: 'cbcs', issuer: 'nha', earned: '2025-01-01' }, cpcCycle, ...ahima(['cca'])], []);
    expect(all.map((p) => p.issuer)).toEqual(['aapc', 'ahima', 'nha']);
  });
});

describe('cycleFromEarned', () => {
  it('keeps the anniversary of a leap day without drifting', () => {
    expect(cycleFromEarned('2024-02-29', 2, '2030-03-01')).toEqual({ start: '2030-02-28', end: '2032-02-28', from: 'earned' });
    expect(cycleFromEarned('2024-02-29', 2, '2024-01-01')).toEqual({ start: '2024-02-29', end: '2026-02-27', from: 'earned' });
  });
});

// ---------------------------------------------------------------------------- properties

const AAPC_IDS = ['cpc', 'cpc-a', 'coc', 'cic', 'cpb', 'crc', 'cpma', 'cpco', 'cdeo', 'cppm'];
const APPLIES = ['cpc', 'crc', 'cpma', 'ccs', 'ccs-p', 'cbcs', 'unknown'];
const day = fc.integer({ min: Date.UTC(2023, 0, 1) / 864e5, max: Date.UTC(2028, 11, 31) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const activityArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  date: day,
  title: fc.string({ minLength: 1 }),
  provider: fc.string(),
  ceus: fc.integer({ min: 1, max: 2000 }).map((n) => n / 100),
  indexNumber: fc.constantFrom('', '', 'IDX1', 'IDX2'),
  categories: fc.uniqueArray(fc.constantFrom(...CEU_CATEGORIES), { maxLength: 3 }),
  appliesTo: fc.uniqueArray(fc.constantFrom(...APPLIES), { maxLength: 3 }),
  notes: fc.string(),
});
const logArb = fc.uniqueArray(activityArb, { selector: (a) => a.id, maxLength: 40 });
const heldArb = fc.constantFrom<HeldCredential[]>(
  [cpcCycle],
  [cpcCycle, { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', earned: '2025-09-01' }, { credential: 'cpma', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }],
  [{ credential: 'ccs', issuer: 'ahima', earned: '2024-03-15' }, { credential: 'ccs-p', issuer: 'ahima', earned: '2025-01-20' }],
  [{ credential: 'cbcs', issuer: 'nha', cycleStart: '2025-09-01', cycleEnd: '2027-08-31' }, { credential: 'crc', issuer: 'aapc', earned: '2024-01-05' }],
);
const todayArb = fc.constantFrom('2026-01-15', '2026-12-01', '2027-06-15');

/** What a reader sees, without the verdict list's order. */
function summary(p: IssuerProgress) {
  return {
    counted: p.counted,
    missing: p.missing,
    stillNeeded: p.stillNeeded,
    minimums: p.minimums.map((m) => [m.id, m.counted]),
    verdicts: Object.fromEntries(p.verdicts.map((v) => [v.id, v.reason])),
  };
}

describe('CEU engine properties', () => {
  it('never counts more than the CEUs logged, nor counts a rejected activity', () => {
    fc.assert(
      fc.property(heldArb, logArb, todayArb, (held, log, today) => {
        for (const p of run(held, log, today)) {
          const total = log.reduce((s, a) => s + Math.round(a.ceus * 100), 0) / 100;
          expect(p.counted).toBeLessThanOrEqual(total);
          const fromVerdicts = p.verdicts.reduce((s, v, i) => s + (v.counts ? Math.round(log[i]!.ceus * 100) : 0), 0) / 100;
          expect(p.counted).toBe(fromVerdicts);
          expect(p.verdicts).toHaveLength(log.length);
        }
      }),
    );
  });

  it('does not change totals when an activity outside the cycle is added', () => {
    fc.assert(
      fc.property(heldArb, logArb, todayArb, activityArb, fc.boolean(), (held, log, today, extra, before) => {
        const base = run(held, log, today);
        for (const p of base) {
          if (p.cycle === null) continue;
          const outside = { ...extra, id: `outside-${extra.id}`, indexNumber: '', date: before ? '2020-01-01' : '2099-12-31' };
          const after = run(held, [...log, outside], today).find((q) => q.issuer === p.issuer)!;
          expect([after.counted, after.missing, after.stillNeeded, after.minimums]).toEqual([p.counted, p.missing, p.stillNeeded, p.minimums]);
          expect(after.verdicts.at(-1)?.counts).toBe(false);
        }
      }),
    );
  });

  it('gives the same results whatever the order of the log', () => {
    fc.assert(
      fc.property(heldArb, logArb, todayArb, fc.integer(), (held, log, today, seed) => {
        const shuffled = [...log].sort((a, b) => hashOf(a.id, seed) - hashOf(b.id, seed) || (a.id < b.id ? -1 : 1));
        expect(run(held, shuffled, today).map(summary)).toEqual(run(held, log, today).map(summary));
      }),
    );
  });

  it('follows the AAPC table for 1 to 6 credentials', () => {
    const table = [36, 40, 44, 48, 52, 52];
    fc.assert(
      fc.property(fc.shuffledSubarray(AAPC_IDS, { minLength: 1, maxLength: 6 }), (ids) => {
        const held = ids.map((credential) => ({ credential, issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }));
        expect(one(held, []).required.ceus).toBe(table[ids.length - 1]);
      }),
    );
  });

  it('follows the AHIMA rule: highest base + 10 per extra credential, at most 50, the RHIA replacing the RHIT', () => {
    const base: Record<string, number> = { cca: 20, ccs: 20, 'ccs-p': 20, rhit: 20, rhia: 30, cdip: 30, chda: 30, chps: 30, cphi: 30 };
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(base), { minLength: 1 }), (ids) => {
        const held = ids.map((credential) => ({ credential, issuer: 'ahima', earned: '2025-01-01' }));
        const counted = ids.includes('rhia') ? ids.filter((id) => id !== 'rhit') : ids;
        const expected = Math.min(50, Math.max(...counted.map((id) => base[id]!)) + 10 * (counted.length - 1));
        expect(one(held, []).required.ceus).toBe(expected);
      }),
    );
  });

  it('gives a verdict for every one of 5,000 activities (timing is measured by npm run bench)', () => {
    const held: HeldCredential[] = [
      cpcCycle,
      { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
      { credential: 'ccs', issuer: 'ahima', earned: '2024-03-15' },
    ];
    const log = fc.sample(activityArb, { numRuns: 5000, seed: 42 }).map((a, i) => ({ ...a, id: `p${i}` }));
    const progress = run(held, log);
    expect(progress.every((p) => p.verdicts.length === 5000)).toBe(true);
  });
});

function hashOf(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  return h >>> 0;
}

describe('CEU engine: counting each course once, and not before its date', () => {
  it('counts the same activity logged twice (title, provider, date) once, for any issuer: the earliest entry', () => {
    const log = [
      activity({ id: 'second', date: '2026-02-01', ceus: 2, appliesTo: ['cpc'], title: 'E/M update ', provider: 'aapc' }),
      activity({ id: 'first', date: '2026-02-01', ceus: 2, appliesTo: ['cpc'], title: 'e/m update', provider: 'AAPC' }),
      activity({ id: 'other-day', date: '2026-02-02', ceus: 2, appliesTo: ['cpc'], title: 'E/M update', provider: 'AAPC' }),
    ];
    const p = one([cpcCycle], log);
    expect(p.verdicts).toEqual([
      { id: 'second', counts: false, reason: 'duplicate-entry' },
      { id: 'first', counts: true, reason: 'counts' },
      { id: 'other-day', counts: true, reason: 'counts' },
    ]);
    expect(p.counted).toBe(4);
    const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };
    const ahima = one([rhit], log.map((a) => ({ ...a, appliesTo: ['rhit'] })));
    expect(ahima.verdicts.map((v) => v.reason)).toEqual(['duplicate-entry', 'counts', 'counts']);
  });

  it('counts the earlier claim of the same index number', () => {
    const p = one([cpcCycle], [activity({ id: 'again', date: '2026-04-01', ceus: 2, appliesTo: ['cpc'], indexNumber: 'X1' }), activity({ id: 'first', date: '2026-02-01', ceus: 2, appliesTo: ['cpc'], indexNumber: 'x1' })]);
    expect(p.verdicts).toEqual([
      { id: 'again', counts: false, reason: 'repeat-course' },
      { id: 'first', counts: true, reason: 'counts' },
    ]);
  });

  it('flags an activity dated after today and counts it from its date', () => {
    const log = [activity({ id: 'planned', date: '2026-12-02', ceus: 3, appliesTo: ['cpc'] })];
    expect(one([cpcCycle], log, '2026-12-01')).toMatchObject({ counted: 0, verdicts: [{ id: 'planned', counts: false, reason: 'future' }] });
    expect(one([cpcCycle], log, '2026-12-02')).toMatchObject({ counted: 3, verdicts: [{ id: 'planned', counts: true, reason: 'counts' }] });
  });

  it('a future entry does not take a course from the one already done', () => {
    const p = one([cpcCycle], [activity({ id: 'done', date: '2026-11-01', ceus: 1, appliesTo: ['cpc'], indexNumber: 'Y' }), activity({ id: 'later', date: '2026-10-01', ceus: 1, appliesTo: ['cpc'], indexNumber: 'Y', title: 'x' })], '2026-12-01');
    expect(p.verdicts.map((v) => v.reason)).toEqual(['repeat-course', 'counts']);
    const q = one([cpcCycle], [activity({ id: 'done', date: '2026-11-01', ceus: 1, appliesTo: ['cpc'], indexNumber: 'Y' }), activity({ id: 'planned', date: '2027-01-01', ceus: 1, appliesTo: ['cpc'], indexNumber: 'Y' })], '2026-12-01');
    expect(q.verdicts.map((v) => v.reason)).toEqual(['counts', 'future']);
  });
});

describe('CEU audit report', () => {
  it('prints per issuer the total and each category minimum required, what counts and what is still needed', async () => {
    const { render } = await import('preact-render-to-string');
    const { h } = await import('preact');
    const { AuditReport } = await import('../../src/components/ceu/AuditReport.tsx');
    const { ceuWords } = await import('../../src/i18n/ceu.en.ts');
    const store = await import('../../src/stores/ceu.ts');
    const options = [
      { id: 'cpc', abbreviation: 'CPC', name: 'CPC', issuer: 'aapc' },
      { id: 'crc', abbreviation: 'CRC', name: 'CRC', issuer: 'aapc' },
    ];
    const stop = store.startCeu({ packs, options }, undefined);
    store.$today.set('2026-12-01');
    store.saveCredential({ credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' });
    store.saveCredential({ credential: 'crc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' });
    const log = [
      activity({ id: 'hcc', date: '2026-01-10', ceus: 3, appliesTo: ['crc'], categories: ['specialty'], title: 'HCC' }),
      activity({ id: 'twice', date: '2026-01-10', ceus: 3, appliesTo: ['crc'], categories: ['specialty'], title: 'HCC' }),
      activity({ id: 'general', date: '2026-02-10', ceus: 10, appliesTo: ['cpc'] }),
      activity({ id: 'planned', date: '2027-01-10', ceus: 5, appliesTo: ['cpc'] }),
    ];
    for (const a of log) store.saveActivity(a);
    const html = render(h(AuditReport, { words: ceuWords }));
    stop();
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((c) => c[1]));
    expect(rows).toContainEqual(['Requirement', 'Required', 'Counts', 'Still needed']);
    expect(rows).toContainEqual(['Total', '40', '13', '27']);
    expect(rows).toContainEqual(['Specialty-specific CRC', '8', '3', '5']);
    expect(rows).toContainEqual(['CPC', '15', '10']);
    expect(rows).toContainEqual(['CRC', '6', '3']);
    expect(rows.filter((r) => r[1] === 'HCC')).toHaveLength(2);
  });
});
