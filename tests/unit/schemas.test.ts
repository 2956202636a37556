import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fact, partialDate, values } from '../../src/schemas/fact.ts';
import { credentialSchema, issuerSchema, sourceSchema } from '../../src/schemas/catalog.ts';

const good = { value: 100, unit: 'questions', source: 'aapc-cpc', asOf: '2026-11', confidence: 'issuer' };
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('fact schema', () => {
  const questions = fact(values.count);

  it('turns a stated figure into a known fact with a source reference', () => {
    expect(questions.parse(good)).toEqual({
      kind: 'fact',
      value: 100,
      unit: 'questions',
      source: { id: 'aapc-cpc', collection: 'sources' },
      asOf: '2026-11',
      confidence: 'issuer',
      note: undefined,
      label: undefined,
    });
  });

  it('turns `unknown` into an explicit unknown with its reason', () => {
    expect(questions.parse({ unknown: 'The issuer does not publish it.', source: 'aapc-cpc' })).toEqual({
      kind: 'unknown',
      reason: 'The issuer does not publish it.',
      source: { id: 'aapc-cpc', collection: 'sources' },
      asOf: undefined,
      label: undefined,
    });
  });

  it('names each missing field of a fact', () => {
    const r = questions.safeParse({ value: 100 });
    expect(messages(r)).toEqual([
      'source: a Fact needs a source: an id from content/sources/',
      'asOf: a Fact needs an as-of date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'confidence: a Fact needs a confidence: one of issuer, government, third-party, unconfirmed',
    ]);
  });

  it('rejects a value and an unknown together, and an empty fact', () => {
    expect(messages(questions.safeParse({ ...good, unknown: 'Not published anywhere.' }))[0]).toMatch(/both a value and `unknown`/);
    expect(messages(questions.safeParse({}))[0]).toMatch(/needs a value, or `unknown/);
  });

  it('rejects negative, fractional, impossible and out-of-range numbers', () => {
    expect(questions.safeParse({ ...good, value: -5 }).success).toBe(false);
    expect(questions.safeParse({ ...good, value: 0 }).success).toBe(false);
    expect(questions.safeParse({ ...good, value: 99.5 }).success).toBe(false);
    expect(fact(values.percent).safeParse({ ...good, unit: 'percent', value: 120 }).success).toBe(false);
    expect(fact(values.amount).safeParse({ ...good, unit: 'usd', value: -1 }).success).toBe(false);
    const range = fact(values.amountOrRange).safeParse({ ...good, unit: 'usd', value: { min: 500, max: 100 } });
    expect(messages(range).join()).toMatch(/min is greater than max/);
  });

  it('insists on the unit a field is measured in', () => {
    const minutes = fact(values.count, 'minutes');
    expect(minutes.safeParse({ ...good, unit: 'minutes', value: 240 }).success).toBe(true);
    expect(messages(minutes.safeParse({ ...good, unit: 'hours', value: 4 }))).toEqual(['unit: this figure is measured in minutes: set unit: minutes']);
  });

  it('rejects unknown keys (a typo in a field name is not silently ignored)', () => {
    expect(questions.safeParse({ ...good, sourse: 'x' }).success).toBe(false);
  });

  it('rejects a confidence that is not one of the four', () => {
    expect(questions.safeParse({ ...good, confidence: 'official' }).success).toBe(false);
  });
});

describe('as-of dates', () => {
  it('accepts year, month and day, and what YAML makes of them', () => {
    expect(partialDate.parse('2022')).toBe('2022');
    expect(partialDate.parse(2022)).toBe('2022');
    expect(partialDate.parse(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01');
  });

  it('rejects a date in the future and a date that does not exist', () => {
    expect(messages(partialDate.safeParse('2999-01-01'))[0]).toMatch(/in the future/);
    expect(partialDate.safeParse('2026-02-30').success).toBe(false);
    expect(partialDate.safeParse('last year').success).toBe(false);
  });
});

describe('source and issuer schemas', () => {
  const source = { id: 'aapc-cpc', title: 'CPC', publisher: 'AAPC', address: 'https://www.aapc.com/', kind: 'issuer', accessed: '2026-11' };

  it('accepts a complete source', () => {
    expect(sourceSchema.parse(source).kind).toBe('issuer');
  });

  it('rejects a bad address, an unknown kind, a bad id and a future access date', () => {
    expect(sourceSchema.safeParse({ ...source, address: 'aapc.com' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, id: 'AAPC CPC' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, accessed: '2999-01' }).success).toBe(false);
  });

  it('validates the real issuers file', () => {
    const issuers = parseYaml(readFileSync('content/issuers.yaml', 'utf8')) as unknown[];
    expect(issuers.map((i) => issuerSchema.parse(i).name)).toEqual(['AAPC', 'AHIMA', 'NHA']);
  });
});

describe('credential schema', () => {
  const cpc = parseYaml(readFileSync('content/credentials/cpc.yaml', 'utf8')) as Record<string, unknown>;

  it('accepts the CPC file', () => {
    const parsed = credentialSchema.parse(cpc);
    expect(parsed.abbreviation).toBe('CPC');
    expect(parsed.issuer).toEqual({ id: 'aapc', collection: 'issuers' });
  });

  it('needs either its own exam or examSameAs, not both and not neither', () => {
    const both = credentialSchema.safeParse({ ...cpc, examSameAs: 'cpc' });
    expect(messages(both)).toEqual(['exam: give either `exam` (its own exam) or `examSameAs: <credential id>`, not both and not neither']);
    const { exam: _exam, ...noExam } = cpc;
    expect(credentialSchema.safeParse(noExam).success).toBe(false);
    expect(credentialSchema.safeParse({ ...noExam, examSameAs: 'cpc' }).success).toBe(true);
  });

  it('names the field of a fact missing its source', () => {
    const exam = cpc['exam'] as Record<string, Record<string, unknown>>;
    const { source: _s, ...questions } = exam['questions']!;
    const r = credentialSchema.safeParse({ ...cpc, exam: { ...exam, questions } });
    expect(messages(r)).toEqual(['exam.questions.source: a Fact needs a source: an id from content/sources/']);
  });

  it('rejects an unknown level and an empty pay list', () => {
    expect(credentialSchema.safeParse({ ...cpc, level: 'expert' }).success).toBe(false);
    expect(messages(credentialSchema.safeParse({ ...cpc, pay: [] }))[0]).toMatch(/at least one pay figure/);
  });
});
