import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { findRule, known, rulesInForce, type RulePack } from '../../src/lib/ceu/rules.ts';
import { citedSources } from '../../src/lib/facts.ts';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import type { Activity } from '../../src/lib/ceu/types.ts';

const raw = parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as Record<string, unknown>[];
const packs: RulePack[] = raw.map((p) => ceuRulePackSchema.parse(p));
const pack = (id: string) => packs.find((p) => p.id === id)!;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

/** Every source id in content, wherever the sources live (one file or a folder of files). */
function sourceIds(): Set<string> {
  const files = existsSync('content/sources.yaml')
    ? ['content/sources.yaml']
    : readdirSync('content/sources').filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_')).map((f) => `content/sources/${f}`);
  return new Set(files.flatMap((f) => (parseYaml(readFileSync(f, 'utf8')) as { id: string }[]).map((s) => s.id)));
}

/** Sources the rule packs cite that still have to be added to content/sources (see the report). */


describe('content/ceu-rules.yaml', () => {
  it('holds one valid pack per issuer', () => {
    expect(packs.map((p) => p.id)).toEqual(['aapc', 'ahima', 'nha']);
  });

  it('states the AAPC table 36/40/44/48/52 with 5 or more on the last row', () => {
    const table = findRule(rulesInForce(pack('aapc'), '2027-06-30'), 'total-by-count')!.table;
    expect(table.map((r) => [r.credentials, known(r.ceus), r.orMore])).toEqual([
      [1, 36, false],
      [2, 40, false],
      [3, 44, false],
      [4, 48, false],
      [5, 52, true],
    ]);
  });

  it('keeps the superseded AAPC table for cycles that ended before it changed', () => {
    const old = findRule(rulesInForce(pack('aapc'), '2012-03-31'), 'total-by-count')!;
    expect(old.table.map((r) => known(r.ceus))).toEqual([36, 48, 60, 72, 80]);
    expect(old.until).toBe('2015-08-31');
  });

  it('applies the AHIMA 40% AHIMA-sourced rule only from 2025-01-01', () => {
    const shares = (day: string) => rulesInForce(pack('ahima'), day).filter((r) => r.rule === 'share-minimum').map((r) => ('category' in r ? r.category : ''));
    expect(shares('2024-12-31')).toEqual(['hiim-domain']);
    expect(shares('2025-01-01')).toEqual(['hiim-domain', 'ahima-sourced']);
  });

  it('marks the NHA total as third-party', () => {
    const row = findRule(pack('nha').rules, 'total-by-count')!.table[0]!;
    expect(row.ceus).toMatchObject({ kind: 'fact', value: 10, confidence: 'third-party' });
  });

  it('covers every credential in content/credentials under its own issuer', () => {
    for (const file of readdirSync('content/credentials').filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))) {
      const { issuer } = parseYaml(readFileSync(`content/credentials/${file}`, 'utf8')) as { issuer: string };
      const id = file.replace(/\.yaml$/, '');
      expect(pack(issuer).credentials.map((c) => c.id), `${id} in the ${issuer} pack`).toContain(id);
    }
  });

  it('cites only sources that exist', () => {
    const known = sourceIds();
    const missing = citedSources(packs).filter((id) => !known.has(id));
    expect(missing).toEqual([]);
  });
});

describe('ceu rule pack schema', () => {
  const aapc = raw[0]!;
  const rules = aapc['rules'] as Record<string, unknown>[];

  it('rejects a rule that names a credential the pack does not list', () => {
    const bad = { ...aapc, rules: [...rules, { rule: 'credential-minimum', effective: '2020-01-01', basis: 'published', category: 'auditing', credentials: ['cpmx'], ceus: { value: 16, unit: 'ceus', source: 'aapc-ceu-info', asOf: '2026-11', confidence: 'issuer' } }] };
    expect(messages(ceuRulePackSchema.safeParse(bad)).join('\n')).toMatch(/"cpmx" is not in this pack's credentials list/);
  });

  it('rejects two versions of a rule that overlap in time', () => {
    const lapse = rules.find((r) => r['rule'] === 'lapse')!;
    const bad = { ...aapc, rules: [...rules, { ...lapse, effective: '2027-01-01' }] };
    expect(messages(ceuRulePackSchema.safeParse(bad)).join('\n')).toMatch(/overlaps rule \d+ \(lapse\)/);
  });

  it('rejects a figure without a source, an unknown rule and a bad date', () => {
    const lapse = rules.find((r) => r['rule'] === 'lapse')!;
    const noSource = { ...aapc, rules: [{ ...lapse, afterDue: { value: 90, unit: 'days', asOf: '2026-11', confidence: 'issuer' } }] };
    expect(messages(ceuRulePackSchema.safeParse(noSource))).toContainEqual(expect.stringMatching(/^rules\.0\.afterDue\.source: a Fact needs a source/));
    expect(ceuRulePackSchema.safeParse({ ...aapc, rules: [{ rule: 'bonus', effective: '2020-01-01', basis: 'published' }] }).success).toBe(false);
    expect(messages(ceuRulePackSchema.safeParse({ ...aapc, rules: [{ ...lapse, effective: '2026-02-30' }] }))[0]).toMatch(/rules.0.effective: expected a real day/);
  });

  it('rejects `until` before `effective` and a pack whose issuer is not its id', () => {
    const lapse = rules.find((r) => r['rule'] === 'lapse')!;
    expect(messages(ceuRulePackSchema.safeParse({ ...aapc, rules: [{ ...lapse, until: '2020-01-01' }] }))).toContain('rules.0.until: `until` must come after `effective`');
    expect(messages(ceuRulePackSchema.safeParse({ ...aapc, issuer: 'ahima' }))).toContain('issuer: a pack\'s issuer must be its id ("aapc")');
  });

  it('insists on the unit of each figure', () => {
    const lapse = rules.find((r) => r['rule'] === 'lapse')!;
    const months = { ...aapc, rules: [{ ...lapse, afterDue: { ...(lapse['afterDue'] as object), unit: 'months' } }] };
    expect(messages(ceuRulePackSchema.safeParse(months))).toContain('rules.0.afterDue.unit: this figure is measured in days: set unit: days');
  });
});

/**
 * AAPC's published rules (aapc.com/medical-coding-education/help/, read 2026-12-07): 36 CEUs for
 * one credential, 40 / 44 / 48 for two to four, 52 for five or more; inside the total 8
 * specialty-specific CEUs per specialty credential, 16 in the field for the CPMA (auditing), CPCO
 * (compliance), CDEO (documentation), CPPM (practice management), and 16 for the CIRCC from the
 * three companies AAPC names. Each case runs through the engine, as the tracker does.
 */
describe('AAPC renewal through the engine', () => {
  const cycle = { cycleStart: '2025-07-01', cycleEnd: '2027-06-30' };
  const held = (ids: string[]) => ids.map((credential) => ({ credential, issuer: 'aapc', ...cycle }));
  const progress = (ids: string[], activities: Activity[] = []) =>
    computeProgress({ packs, credentials: held(ids), activities, today: '2026-12-07' })[0]!;
  const minimums = (ids: string[]) => progress(ids).minimums.map((m) => [m.id, m.required]);
  const activity = (over: Partial<Activity>): Activity => ({
    id: 'a1', date: '2026-03-01', title: 'Course', provider: 'ZHealth Publishing', ceus: 16, indexNumber: '', categories: [], appliesTo: [], notes: '', ...over,
  });
  const SPECIALTIES = ['cemc', 'ccc', 'cgsc', 'cosc', 'chonc', 'cedc', 'cgic', 'canpc', 'cascc', 'cobgc', 'cpedc', 'cfpc', 'cimc', 'cuc', 'cpcd'];

  it('says when AAPC has not confirmed that a held credential is a specialty one (the CRC), naming it', () => {
    const crc = progress(['cpc', 'crc']);
    expect(crc.warnings).toContain('class-unconfirmed');
    expect(crc.classUnconfirmed).toEqual(['CRC']);
    // Core credentials, role credentials and a specialty AAPC names as one are not in doubt.
    for (const ids of [['cpc'], ['cpc', 'cpma'], ['cpc', 'cascc']]) {
      expect(progress(ids).warnings).not.toContain('class-unconfirmed');
      expect(progress(ids).classUnconfirmed).toEqual([]);
    }
    expect(progress(['cpc', 'cemc', 'crc']).classUnconfirmed).toEqual(['CRC', 'CEMC']);
  });

  it('asks 36 with 8 specialty CEUs for each specialty credential held alone', () => {
    for (const id of SPECIALTIES) {
      expect(progress([id]).required.ceus, id).toBe(36);
      expect(minimums([id]), id).toEqual([[`specialty:${id}`, 8]]);
    }
  });

  it('asks 40 for CPC + CEMC, with 8 E/M specialty CEUs inside the total', () => {
    expect(progress(['cpc', 'cemc']).required.ceus).toBe(40);
    expect(minimums(['cpc', 'cemc'])).toEqual([['specialty:cemc', 8]]);
  });

  it('asks 44 for CPC + CPMA + CIRCC: 16 auditing and 16 from the CIRCC vendors', () => {
    expect(progress(['cpc', 'cpma', 'circc']).required.ceus).toBe(44);
    expect(minimums(['cpc', 'cpma', 'circc'])).toEqual([['auditing:cpma', 16], ['circc-vendor:circc', 16]]);
  });

  it('asks 16 in the field for each role credential', () => {
    expect(minimums(['cdeo'])).toEqual([['documentation:cdeo', 16]]);
    expect(minimums(['cpco'])).toEqual([['compliance:cpco', 16]]);
    expect(minimums(['cppm'])).toEqual([['practice-management:cppm', 16]]);
    expect(progress(['cpco', 'cppm']).required.ceus).toBe(40);
  });

  it('caps the total at 52 for five or more credentials while every minimum still applies', () => {
    const ids = ['cpc', 'cemc', 'ccc', 'cosc', 'cpma', 'circc'];
    expect(progress(ids).required.ceus).toBe(52);
    expect(minimums(ids)).toEqual([
      ['specialty:cemc', 8], ['specialty:ccc', 8], ['specialty:cosc', 8], ['auditing:cpma', 16], ['circc-vendor:circc', 16],
    ]);
  });

  it('fills the CIRCC minimum only with training ticked as from a CIRCC vendor', () => {
    const other = progress(['circc'], [activity({ categories: ['specialty'], appliesTo: ['circc'], provider: 'Another vendor' })]);
    expect(other.counted).toBe(16);
    expect(other.minimums[0]).toMatchObject({ id: 'circc-vendor:circc', counted: 0, met: false });
    const vendor = progress(['circc'], [activity({ categories: ['circc-vendor'], appliesTo: ['circc'] })]);
    expect(vendor.minimums[0]).toMatchObject({ counted: 16, met: true });
  });

  it('keeps a CMS course out of a specialty minimum but counts it toward the total', () => {
    const p = progress(['cpc', 'cemc'], [activity({ categories: ['cms', 'specialty'], appliesTo: ['cpc', 'cemc'], ceus: 8 })]);
    expect(p.counted).toBe(8);
    expect(p.minimums[0]).toMatchObject({ id: 'specialty:cemc', counted: 0 });
    expect(p.verdicts[0]).toMatchObject({ counts: true, caveat: 'core-only' });
  });

  it('says that AAPC does not class the CRC, and classes the CASCC from its own exam FAQ', () => {
    const cls = (id: string) => pack('aapc').credentials.find((c) => c.id === id)!.class!;
    expect(cls('crc')).toMatchObject({ kind: 'fact', value: 'specialty', confidence: 'unconfirmed' });
    const crc = cls('crc');
    expect(crc.kind === 'fact' ? crc.note : '').toMatch(/does not list them/);
    expect(cls('cascc')).toMatchObject({ value: 'specialty', confidence: 'issuer', source: { id: 'aapc-exam-faq-resources' } });
    expect(cls('cemc')).toMatchObject({ value: 'specialty', confidence: 'unconfirmed' });
  });
});

describe('AAPC minimums of the older table', () => {
  it('asks the older minimums with the older totals for a cycle that ended before the change', () => {
    const credentials = ['cpc', 'cemc', 'cpma'].map((credential) => ({ credential, issuer: 'aapc', cycleStart: '2010-04-01', cycleEnd: '2012-03-31' }));
    const [p] = computeProgress({ packs, credentials, activities: [], today: '2012-01-15' });
    expect(p!.required.ceus).toBe(60);
    expect(p!.minimums.map((m) => [m.id, m.required])).toEqual([['specialty:cemc', 16], ['auditing:cpma', 24]]);
  });
});
