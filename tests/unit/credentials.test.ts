import { describe, expect, it } from 'vitest';
import { examOf, sortCredentials, stage, type CredentialEntry } from '../../src/lib/credentials.ts';
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
