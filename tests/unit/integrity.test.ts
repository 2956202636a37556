import { describe, expect, it } from 'vitest';
import { checkEntries, formatProblems, type LoadedEntry } from '../../src/lib/integrity.ts';

const ref = (collection: string, id: string) => ({ id, collection });
const fact = (source: string, confidence = 'issuer') => ({
  kind: 'fact',
  value: 100,
  source: ref('sources', source),
  asOf: '2026-11',
  confidence,
});

const base: LoadedEntry[] = [
  { collection: 'sources', id: 'aapc-cpc', filePath: 'content/sources.yaml', data: { kind: 'issuer' } },
  { collection: 'sources', id: 'blog', filePath: 'content/sources.yaml', data: { kind: 'third-party' } },
  { collection: 'issuers', id: 'aapc', filePath: 'content/issuers.yaml', data: {} },
];

describe('checkEntries', () => {
  it('accepts consistent content', () => {
    const entries = [
      ...base,
      {
        collection: 'credentials',
        id: 'cpc',
        filePath: 'content/credentials/cpc.yaml',
        data: { issuer: ref('issuers', 'aapc'), exam: { questions: fact('aapc-cpc') }, costs: { exam: fact('blog', 'third-party') } },
      },
    ];
    expect(checkEntries(entries)).toEqual([]);
  });

  it('names file and field for a source that does not exist', () => {
    const entries = [
      ...base,
      {
        collection: 'credentials',
        id: 'cpc',
        filePath: 'content/credentials/cpc.yaml',
        data: { issuer: ref('issuers', 'aapc'), exam: { questions: fact('aapc-cpx') } },
      },
    ];
    expect(checkEntries(entries)).toEqual([
      {
        file: 'content/credentials/cpc.yaml',
        field: 'exam.questions.source',
        message: '"aapc-cpx" is not an entry of sources (content/sources/)',
      },
    ]);
  });

  it('catches a missing issuer and a missing related credential, with list indexes', () => {
    const entries = [
      ...base,
      {
        collection: 'credentials',
        id: 'cpc',
        filePath: 'content/credentials/cpc.yaml',
        data: { issuer: ref('issuers', 'aapcc'), related: [ref('credentials', 'cpc'), ref('credentials', 'nope')] },
      },
    ];
    const fields = checkEntries(entries).map((p) => p.field);
    expect(fields).toEqual(['issuer', 'related[1]']);
  });

  it('catches a confidence that contradicts the kind of its source', () => {
    const entries = [
      ...base,
      { collection: 'credentials', id: 'cpc', filePath: 'content/credentials/cpc.yaml', data: { pay: [{ fact: fact('blog', 'issuer') }] } },
    ];
    const [problem] = checkEntries(entries);
    expect(problem?.field).toBe('pay[0].fact.confidence');
    expect(problem?.message).toMatch(/"issuer" but source "blog" is a third-party source/);
  });

  it('lets unconfirmed facts cite any source', () => {
    const entries = [...base, { collection: 'credentials', id: 'x', data: { a: fact('blog', 'unconfirmed') } }];
    expect(checkEntries(entries)).toEqual([]);
  });

  it('names where to look for each missing kind of entry, and no place for other collections', () => {
    const entries = [
      ...base,
      {
        collection: 'credentials',
        id: 'cpc',
        filePath: 'content/credentials/cpc.yaml',
        data: { issuer: ref('issuers', 'aapcc'), related: [ref('credentials', 'nope')], guide: ref('guides', 'renewal') },
      },
    ];
    expect(checkEntries(entries).map((p) => p.message)).toEqual([
      '"aapcc" is not an entry of issuers (content/issuers.yaml)',
      '"nope" is not an entry of credentials (content/credentials/)',
      '"renewal" is not an entry of guides',
    ]);
  });

  it('names the collection and id when an entry has no file', () => {
    const entries = [...base, { collection: 'credentials', id: 'cpc', data: { exam: { questions: fact('aapc-cpx') } } }];
    expect(checkEntries(entries).map((p) => p.file)).toEqual(['credentials/cpc']);
  });

  it('reads source kinds from sources only, even when another entry has the same id', () => {
    // content/issuers.yaml has "aapc"; a source named "aapc" is a different entry.
    const entries = [
      { collection: 'sources', id: 'aapc', filePath: 'content/sources.yaml', data: { kind: 'issuer' } },
      { collection: 'issuers', id: 'aapc', filePath: 'content/issuers.yaml', data: { name: 'AAPC', kind: 'association' } },
      { collection: 'credentials', id: 'cpc', filePath: 'content/credentials/cpc.yaml', data: { exam: { questions: fact('aapc') } } },
    ];
    expect(checkEntries(entries)).toEqual([]);
  });

  it('passes over empty values, and checks confidence on known facts only', () => {
    const entries = [
      ...base,
      {
        collection: 'credentials',
        id: 'cpc',
        filePath: 'content/credentials/cpc.yaml',
        data: {
          note: null,
          // An unknown states no confidence; one that carries a stray one is not a known figure to check.
          passingScore: { kind: 'unknown', reason: 'not published', source: ref('sources', 'blog'), confidence: 'issuer' },
          // A fact without a source reference is the schema's to reject, not a crash here.
          fee: { kind: 'fact', value: 1, confidence: 'issuer' },
        },
      },
    ];
    expect(checkEntries(entries)).toEqual([]);
  });

  it('formats a single problem in the singular', () => {
    expect(formatProblems([{ file: 'a.yaml', field: 'x', message: 'm1' }])).toBe('Content check failed (1 problem):\n  a.yaml: x: m1');
  });

  it('formats every problem on its own line', () => {
    const text = formatProblems([
      { file: 'a.yaml', field: 'x', message: 'm1' },
      { file: 'b.yaml', field: 'y', message: 'm2' },
    ]);
    expect(text).toBe('Content check failed (2 problems):\n  a.yaml: x: m1\n  b.yaml: y: m2');
  });
});
