import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { credentialSchema } from '../../src/schemas/catalog.ts';
import { examOf, groupCredentials, kindOf, sortCredentials, stage, type CredentialEntry } from '../../src/lib/credentials.ts';
import type { CredentialData } from '../../src/schemas/catalog.ts';

function entry(id: string, over: Partial<CredentialData>): CredentialEntry {
  return {
    id,
    data: {
      abbreviation: id.toUpperCase(),
      level: 'core',
      issuer: { id: 'aapc', collection: 'issuers' },
      ...over,
    } as CredentialData,
  };
}
const exam = { questions: { kind: 'unknown', reason: 'x' } } as unknown as CredentialData['exam'];

describe('sortCredentials', () => {
  it('puts entry credentials first, then core, specialty and role; then issuer and name', () => {
    const list = [
      entry('cpma', { level: 'role' }),
      entry('ccs', { level: 'core', issuer: { id: 'ahima', collection: 'issuers' } }),
      entry('cpc', { level: 'core' }),
      entry('crc', { level: 'specialty' }),
      entry('cca', { level: 'entry', issuer: { id: 'ahima', collection: 'issuers' } }),
      entry('coc', { level: 'core' }),
    ];
    expect(sortCredentials(list).map((c) => c.id)).toEqual(['cca', 'coc', 'cpc', 'ccs', 'crc', 'cpma']);
    expect(list[0]!.id).toBe('cpma'); // the input is left alone
  });
});

describe('examOf', () => {
  it('returns a credential’s own exam, or the exam it shares', () => {
    const cpc = entry('cpc', { exam });
    const cpcA = entry('cpc-a', { examSameAs: { id: 'cpc', collection: 'credentials' } });
    const byId = new Map([cpc, cpcA].map((c) => [c.id, c]));
    expect(examOf(cpc, byId)).toEqual({ exam, from: cpc });
    expect(examOf(cpcA, byId)).toEqual({ exam, from: cpc });
  });

  it('gives up on a missing target or a cycle instead of looping', () => {
    const a = entry('a', { examSameAs: { id: 'b', collection: 'credentials' } });
    const b = entry('b', { examSameAs: { id: 'a', collection: 'credentials' } });
    const lone = entry('c', { examSameAs: { id: 'gone', collection: 'credentials' } });
    const byId = new Map([a, b, lone].map((c) => [c.id, c]));
    expect(examOf(a, byId)).toBeUndefined();
    expect(examOf(lone, byId)).toBeUndefined();
  });
});

describe('stage', () => {
  it('calls entry credentials entry and the rest advanced', () => {
    expect(stage(entry('cca', { level: 'entry' }))).toBe('entry');
    expect(stage(entry('cic', { level: 'core' }))).toBe('advanced');
    expect(stage(entry('cpma', { level: 'role' }))).toBe('advanced');
  });
});

describe('groupCredentials', () => {
  const retired = { date: '2020', fact: { kind: 'unknown', reason: 'x' } } as unknown as CredentialData['retired'];
  const nha = { id: 'nha', collection: 'issuers' } as const;
  const ahima = { id: 'ahima', collection: 'issuers' } as const;
  const list = [
    entry('cemc', { level: 'specialty' }),
    entry('cbcs', { level: 'entry', issuer: nha }),
    entry('cpma', { level: 'role' }),
    entry('cpc-a', { level: 'entry' }),
    entry('cpc', { level: 'core' }),
    entry('ccs', { level: 'core', issuer: ahima }),
    entry('old', { level: 'specialty', retired }),
    entry('ccc', { level: 'specialty' }),
  ];

  it('groups by issuer in the given order, then core (with entry), specialty, role and retired', () => {
    const groups = groupCredentials(list, ['aapc', 'ahima', 'nha']);
    expect(groups.map((g) => [g.issuer, g.kind, g.entries.map((e) => e.id)])).toEqual([
      ['aapc', 'core', ['cpc-a', 'cpc']],
      ['aapc', 'specialty', ['ccc', 'cemc']],
      ['aapc', 'role', ['cpma']],
      ['aapc', 'retired', ['old']],
      ['ahima', 'core', ['ccs']],
      ['nha', 'core', ['cbcs']],
    ]);
  });

  it('puts an issuer missing from the order last, and keeps every entry exactly once', () => {
    const groups = groupCredentials(list, ['nha']);
    expect(groups.map((g) => g.issuer)).toEqual(['nha', 'aapc', 'aapc', 'aapc', 'aapc', 'ahima']);
    expect(groups.flatMap((g) => g.entries.map((e) => e.id)).sort()).toEqual(list.map((e) => e.id).sort());
  });

  it('calls a retired credential retired whatever its level', () => {
    expect(kindOf(entry('old', { level: 'role', retired }))).toBe('retired');
    expect(kindOf(entry('cpc-a', { level: 'entry' }))).toBe('core');
  });
});

/**
 * What each AAPC credential page states about renewal (content/credentials/<id>.yaml) must be what
 * the CEU engine computes from the rule pack for that credential held alone: the same total and
 * the same minimums inside it, so the page and the tracker cannot disagree.
 */
describe('AAPC credential pages agree with the CEU engine', () => {
  const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
  const files = readdirSync('content/credentials').filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
  const aapc = files
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(`content/credentials/${f}`, 'utf8')) as RawCredential }))
    .filter((c) => c.data.issuer === 'aapc');

  it('covers the AAPC catalogue', () => {
    expect(aapc.length).toBeGreaterThanOrEqual(27);
  });

  for (const { id, data } of aapc) {
    it(`${id}: the page's renewal total and minimums are the engine's`, () => {
      const [p] = computeProgress({
        packs,
        credentials: [{ credential: id, issuer: 'aapc', cycleStart: '2025-07-01', cycleEnd: '2027-06-30' }],
        activities: [],
        today: '2026-12-07',
      });
      expect(p!.required.ceus).toBe(data.renewal.ceus.value);
      expect(p!.minimums.map((m) => m.required)).toEqual((data.renewal.categories ?? []).map((c) => c.fact.value));
    });
  }
});

interface RawCredential {
  issuer: string;
  renewal: { ceus: { value: number }; categories?: { fact: { value: number } }[] };
}

describe('a retired credential', () => {
  const cpc = parseYaml(readFileSync('content/credentials/cpc.yaml', 'utf8')) as Record<string, unknown>;
  const fact = { value: 'AAPC no longer awards it; holders keep it by renewing.', source: 'aapc-ceu-info', asOf: '2026-12', confidence: 'issuer' };

  it('carries the date it was retired and the issuer’s words', () => {
    const parsed = credentialSchema.parse({ ...cpc, retired: { date: '2021-12-31', fact } });
    expect(parsed.retired).toMatchObject({ date: '2021-12-31', fact: { kind: 'fact', confidence: 'issuer' } });
    expect(kindOf({ id: 'x', data: parsed })).toBe('retired');
  });

  it('is refused without a date or with a date in the future', () => {
    expect(credentialSchema.safeParse({ ...cpc, retired: { fact } }).success).toBe(false);
    expect(credentialSchema.safeParse({ ...cpc, retired: { date: '2999-01', fact } }).success).toBe(false);
  });
});
