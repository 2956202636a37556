import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { credentialSchema, issuerSchema, type IssuerData } from '../../src/schemas/catalog.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { needsFrom, needsKey, type IssuerNeeds } from '../../src/lib/compare/needs.ts';
import type { MinimumProgress } from '../../src/lib/ceu/engine.ts';
import type { Confidence, Fact, KnownFact } from '../../src/lib/facts.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';
import {
  GROUP_ORDER,
  MAX_SELECTION,
  ROW_KEYS,
  buildCompareTable,
  parseSelection,
  serializeSelection,
  visibleRows,
  type CompareRow,
  type CompareRowKey,
  type CompareSources,
  type CompareTable,
} from '../../src/lib/compare.ts';
import type { CredentialEntry } from '../../src/lib/credentials.ts';
import { compareLabels } from '../../src/i18n/compare.en.ts';
import { dataWords } from '../../src/i18n/data.en.ts';
import { getCollection } from 'astro:content';

// ---- the real content, parsed the way the build parses it ----

const DIR = 'content/credentials';
const rawCredentials = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(`${DIR}/${f}`, 'utf8')) as Record<string, unknown>]),
);
const credentials = new Map<string, CredentialEntry>(
  [...rawCredentials].map(([id, raw]) => [id, { id, data: credentialSchema.parse(raw) }]),
);
const issuers = new Map<string, { data: IssuerData }>(
  (parseYaml(readFileSync('content/issuers.yaml', 'utf8')) as unknown[]).map((raw) => {
    const data = issuerSchema.parse(raw);
    return [data.id, { data }];
  }),
);
const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((raw) => ceuRulePackSchema.parse(raw));
const DAY = '2026-12-07';
// Built afresh for each table: needsFrom caches its answers, and a cache shared between tests would
// hide from a test what another test worked out first.
const real = (): CompareSources => ({ credentialById: credentials, issuers, renewal: needsFrom({ packs, day: DAY }) });
const get = (id: string): CredentialEntry => {
  const c = credentials.get(id);
  if (!c) throw new Error(`no credential ${id} in content/credentials`);
  return c;
};
const table = (ids: readonly string[], sources: CompareSources = real()): CompareTable =>
  buildCompareTable(
    ids.map((id) => sources.credentialById.get(id) ?? get(id)),
    sources,
  );
/**
 * The comparer's rules from a fresh copy of their modules. Row specs, presets and other constants
 * are made once, when a module loads; a test of them must load the modules anew to see a change.
 */
async function freshCompare(): Promise<typeof import('../../src/lib/compare.ts')> {
  vi.resetModules();
  return import('../../src/lib/compare.ts');
}
const rowsOf = (t: CompareTable): CompareRow[] => t.groups.flatMap((g) => g.rows);
const row = (t: CompareTable, key: CompareRowKey): CompareRow => {
  const r = rowsOf(t).find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
const texts = (t: CompareTable, key: CompareRowKey) => row(t, key).cells.map((c) => c.text);
const differing = (t: CompareTable) => rowsOf(t).filter((r) => r.differs).map((r) => r.key);

// ---- hand-made fixtures: the real CPC with one thing changed, parsed through the schema ----

function fixture(id: string, change: (raw: Record<string, any>) => void = () => {}): CredentialEntry {
  const raw = structuredClone(rawCredentials.get('cpc')!) as Record<string, any>;
  change(raw);
  return { id, data: credentialSchema.parse(raw) };
}
function sourcesWith(...entries: CredentialEntry[]): CompareSources {
  return { credentialById: new Map([...credentials, ...entries.map((e) => [e.id, e] as const)]), issuers, renewal: needsFrom({ packs, day: DAY }) };
}
const pair = (a: CredentialEntry, b: CredentialEntry) => buildCompareTable([a, b], sourcesWith(a, b));
const unknown = (reason = 'Not published by the issuer anywhere.') => ({ unknown: reason });

describe('table layout', () => {
  it('has every group in order, each with its rows in order', () => {
    const t = table(['cpc', 'ccs', 'cic']);
    expect(t.groups.map((g) => g.key)).toEqual([
      'issuer',
      'exam',
      'eligibility',
      'costs',
      'apprenticeship',
      'renewal',
      'pay',
      'bestFor',
    ]);
    expect(GROUP_ORDER).toEqual(t.groups.map((g) => g.key));
    expect(Object.fromEntries(t.groups.map((g) => [g.key, g.rows.map((r) => r.key)]))).toEqual({
      issuer: ['issuer.issuer', 'issuer.level', 'issuer.settings'],
      exam: [
        'exam.questions',
        'exam.duration',
        'exam.format',
        'exam.openBook',
        'exam.books',
        'exam.delivery',
        'exam.passingScore',
      ],
      eligibility: ['eligibility.required', 'eligibility.recommended'],
      costs: ['costs.examFee', 'costs.other', 'costs.membershipFee', 'costs.membershipRequired'],
      apprenticeship: ['apprenticeship.status', 'apprenticeship.detail', 'apprenticeship.removal'],
      renewal: ['renewal.ceus', 'renewal.together', 'renewal.cycle', 'renewal.categories', 'renewal.notes', 'renewal.issuerRules'],
      pay: ['pay.figures'],
      bestFor: ['bestFor.bestFor', 'bestFor.work'],
    });
    for (const g of t.groups)
      for (const r of g.rows) {
        expect(r.group).toBe(g.key);
        expect(r.key.startsWith(`${g.key}.`)).toBe(true);
        expect(r.label).toBe(r.key);
      }
  });

  it('tells the view how to show each row: one fact, a list of facts, or plain data', async () => {
    const { buildCompareTable: build } = await freshCompare();
    const t = build([get('cpc'), get('ccs')], real());
    const kinds = Object.fromEntries(rowsOf(t).map((r) => [r.key, r.kind]));
    expect(kinds).toMatchObject({
      'issuer.issuer': 'data',
      'issuer.level': 'data',
      'exam.questions': 'fact',
      'exam.passingScore': 'fact',
      'eligibility.required': 'list',
      'costs.examFee': 'fact',
      'costs.membershipFee': 'fact',
      'apprenticeship.status': 'data',
      'renewal.together': 'list',
      'pay.figures': 'list',
      'bestFor.bestFor': 'data',
    });
    expect(new Set(Object.values(kinds))).toEqual(new Set(['fact', 'list', 'data']));
  });

  it('has an English label for every group and row, and no label without a row', () => {
    expect(Object.keys(compareLabels.groups)).toEqual([...GROUP_ORDER]);
    expect(Object.keys(compareLabels.rows)).toEqual(ROW_KEYS);
  });

  it('gives one column per chosen credential, in the order chosen, and one cell per column', () => {
    const t = table(['cic', 'cpc', 'ccs']);
    expect(t.columns.map((c) => [c.id, c.abbreviation, c.issuer])).toEqual([
      ['cic', 'CIC', 'AAPC'],
      ['cpc', 'CPC', 'AAPC'],
      ['ccs', 'CCS', 'AHIMA'],
    ]);
    for (const r of rowsOf(t)) expect(r.cells.map((c) => c.credentialId)).toEqual(['cic', 'cpc', 'ccs']);
  });

  it('builds plain, serialisable data', () => {
    const t = table(['cpc', 'ccs']);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('CPC vs CCS vs CIC, from the real content', () => {
  const build = () => table(['cpc', 'ccs', 'cic']);

  it('shows what a coder weighs, and marks what differs', () => {
    const t = build();
    expect(texts(t, 'issuer.issuer')).toEqual(['AAPC', 'AHIMA', 'AAPC']);
    expect(texts(t, 'exam.questions')).toEqual(['100 questions', '107 items', '40 questions']);
    expect(row(t, 'exam.questions').differs).toBe(true);
    expect(texts(t, 'exam.duration')).toEqual(['4 hours', '4 hours', '4 hours']);
    expect(row(t, 'exam.duration').differs).toBe(false);
    expect(texts(t, 'exam.openBook')).toEqual(['Yes', 'Yes', 'Yes']);
    expect(row(t, 'exam.openBook').differs).toBe(false);
    expect(texts(t, 'exam.passingScore')).toEqual(['70%', '300 (scaled score)', 'Not known']);
    expect(texts(t, 'costs.membershipFee')).toEqual(['$190 a year', 'Not known', '$190 a year']);
    expect(texts(t, 'renewal.ceus')).toEqual(['36 CEUs', '20 CEUs', '36 CEUs']);
    expect(row(t, 'renewal.cycle').differs).toBe(false);
    expect(row(t, 'exam.passingScore').differs).toBe(true);
    expect(row(t, 'costs.membershipFee').differs).toBe(true);
  });

  it('lists eligibility and pay with one item per fact', () => {
    const t = build();
    const required = row(t, 'eligibility.required');
    expect(required.kind).toBe('list');
    expect(required.cells.map((c) => c.items.length)).toEqual([2, 1, 2]);
    const pay = row(t, 'pay.figures').cells;
    expect(pay[0]!.items.map((i) => i.text)).toEqual(['$58,055 a year', '$54,401 a year']);
    expect(pay[0]!.items[0]!.label).toMatch(/CPC/);
    expect(pay[1]!.known).toBe(false);
    expect(pay[1]!.items[0]!.text).toBe('Not known');
  });

  it('writes plain data in words: level, settings, apprentice status, and "best for" as written', () => {
    const t = build();
    expect(texts(t, 'issuer.level')).toEqual(['Core', 'Core', 'Core']);
    expect(texts(t, 'issuer.settings')).toEqual(['Physician practices', 'Hospital inpatient; Hospital outpatient', 'Hospital inpatient']);
    expect(row(t, 'apprenticeship.status').cells[0]).toMatchObject({ text: dataWords.apprentice['has-apprentice'], known: true });
    expect(texts(t, 'bestFor.bestFor')[0]).toBe(get('cpc').data.bestFor);
    expect(row(t, 'bestFor.work').cells[0]!.items).toEqual([{ text: get('cpc').data.work }]);
  });

  it('writes a labelled list as "label: value", items separated by semicolons', () => {
    const t = build();
    const pay = row(t, 'pay.figures').cells[0]!;
    expect(pay.text).toBe(pay.items.map((i) => `${i.label}: ${i.text}`).join('; '));
    expect(pay.text).toContain(': $58,055 a year; ');
    expect(pay.items[0]!.label).toBeTruthy();
  });

  it('says "None listed" for an empty list, as a known value', () => {
    const t = build();
    const cell = row(t, 'renewal.categories').cells[0]!;
    expect(cell).toMatchObject({ text: compareLabels.values.none, items: [], known: true });
  });

  it('keeps same-issuer rows equal: CPC vs CIC share AAPC’s membership, delivery and renewal', () => {
    const aapc = table(['cpc', 'cic']);
    expect(differing(aapc)).not.toContain('costs.membershipFee');
    expect(differing(aapc)).not.toContain('costs.membershipRequired');
    expect(differing(aapc)).not.toContain('exam.delivery');
    expect(differing(aapc)).not.toContain('renewal.ceus');
    expect(differing(aapc)).not.toContain('renewal.issuerRules');
    expect(differing(aapc)).toContain('exam.questions');
  });
});

describe('CPC-A takes the CPC exam', () => {
  const build = () => table(['cpc', 'cpc-a']);

  it('shows the CPC exam in the CPC-A column, and says whose exam it is', () => {
    const t = build();
    expect(t.columns[1]).toMatchObject({ id: 'cpc-a', examFrom: { id: 'cpc', abbreviation: 'CPC' } });
    expect(t.columns[0]!.examFrom).toBeUndefined();
    const exam = t.groups.find((g) => g.key === 'exam')!.rows;
    for (const r of exam) {
      expect(r.cells[1]!.items).toEqual(r.cells[0]!.items);
      expect(r.differs).toBe(false);
    }
    expect(texts(t, 'exam.questions')).toEqual(['100 questions', '100 questions']);
  });

  it('differs where the credentials do: level, apprentice status, pay', () => {
    const t = build();
    expect(differing(t)).toEqual(expect.arrayContaining(['issuer.level', 'apprenticeship.status', 'pay.figures']));
    // Same price, different note: the note does not make a difference.
    expect(row(t, 'costs.examFee').differs).toBe(false);
  });
});

describe('every cell is sourced or honest about it', () => {
  const ids = [...credentials.keys()];
  const tables = () => Array.from({ length: Math.ceil(ids.length / 4) }, (_, i) => table(ids.slice(i * 4, i * 4 + 4)));

  it('carries the source id and as-of date of every known figure', () => {
    let checked = 0;
    for (const t of tables())
      for (const r of rowsOf(t))
        for (const c of r.cells)
          for (const item of c.items) {
            if (r.kind === 'data') {
              expect(item.fact, `${r.key} is plain data`).toBeUndefined();
              continue;
            }
            expect(item.fact, `${r.key} of ${c.credentialId}`).toBeDefined();
            if (item.fact?.kind === 'fact') {
              expect(item.fact.source.id).toMatch(/^[a-z0-9-]+$/);
              expect(item.fact.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
              checked++;
            } else expect(item.text).toBe('Not known');
          }
    expect(checked).toBeGreaterThan(100);
  });

  it('marks a cell unknown only when one of its facts is unknown (nothing is missing in real content)', () => {
    for (const t of tables())
      for (const r of rowsOf(t))
        for (const c of r.cells) {
          const hasUnknown = c.items.some((i) => i.fact?.kind === 'unknown');
          if (r.key === 'apprenticeship.status') continue;
          expect(c.known, `${r.key} of ${c.credentialId}`).toBe(!hasUnknown);
        }
  });

  it('is what pages get from the content collections', async () => {
    // Collection entries as the catalog holds them (with collection, filePath, ...) fit as they are.
    const [loadedIssuers, loadedCredentials] = await Promise.all([getCollection('issuers'), getCollection('credentials')]);
    const credentialById = new Map(loadedCredentials.map((c) => [c.id, c]));
    const chosen = ['cpc', 'ccs', 'cic'].map((id) => credentialById.get(id)!);
    const loadedPacks = (await getCollection('ceuRules')).map((r) => r.data as RulePack);
    const loaded = buildCompareTable(chosen, { credentialById, issuers: new Map(loadedIssuers.map((i) => [i.id, i])), renewal: needsFrom({ packs: loadedPacks, day: DAY }) });
    expect(loaded).toEqual(table(['cpc', 'ccs', 'cic']));
  });
});

describe('differs', () => {
  it('is false for every row when a credential is compared with itself or an identical copy', () => {
    expect(differing(table(['ccs', 'ccs']))).toEqual([]);
    const copy = { id: 'cpc', data: get('cpc').data };
    expect(differing(pair(get('cpc'), copy))).toEqual([]);
    expect(visibleRows(pair(get('cpc'), copy), true)).toEqual([]);
    // A copy under another id is a credential the CEU rules do not know: only that row says so.
    const renamed = { id: 'cpc-copy', data: get('cpc').data };
    expect(differing(pair(get('cpc'), renamed))).toEqual(['renewal.together']);
  });

  it('treats unknown vs unknown as the same, whatever the reasons', () => {
    const a = fixture('a', (r) => (r.exam.passingScore = unknown('Not stated on the exam page we read.')));
    const b = fixture('b', (r) => (r.exam.passingScore = unknown('The handbook does not say it either.')));
    const t = pair(a, b);
    expect(row(t, 'exam.passingScore').differs).toBe(false);
    expect(row(t, 'exam.passingScore').cells.map((c) => c.known)).toEqual([false, false]);
  });

  it('treats unknown vs known as a difference', () => {
    const a = fixture('a', (r) => (r.exam.passingScore = unknown()));
    expect(row(pair(a, get('cpc')), 'exam.passingScore').differs).toBe(true);
  });

  it('compares numbers as numbers in their unit, not the source, date or note', () => {
    const range = fixture('range', (r) => {
      r.costs.exam = { ...r.costs.exam, value: { min: 425, max: 425 }, source: 'aapc-cpc', asOf: '2025', note: 'Another note.' };
    });
    expect(row(pair(get('cpc'), range), 'costs.examFee').differs).toBe(false);
    const items = fixture('items', (r) => (r.exam.questions.unit = 'items'));
    expect(row(pair(get('cpc'), items), 'exam.questions').differs).toBe(true);
    const more = fixture('more', (r) => (r.exam.questions.value = 101));
    expect(row(pair(get('cpc'), more), 'exam.questions').differs).toBe(true);
  });

  it('compares structured values, not prose: a reworded format, note, rule or "best for" is the same', () => {
    // Under the CPC's id, so the CEU rules know it and only the wording differs.
    const reworded = fixture('cpc', (r) => {
      r.exam.delivery.value = 'Taken at home with a remote proctor, or at a test centre.';
      r.exam.format.value = 'One sitting of multiple-choice items';
      r.exam.questions.note = 'A note worded quite differently from the one on the CPC.';
      r.renewal.notes = [{ ...r.renewal.notes[0], value: 'Another wording of the reporting rule.' }, { ...r.renewal.notes[0], value: 'And a second note.' }];
      r.bestFor = 'Someone else entirely, described in other words.';
      r.work = 'Other work altogether, described here in quite other words.';
    });
    const t = pair(get('cpc'), reworded);
    expect(differing(t)).toEqual([]);
    expect(texts(t, 'exam.delivery')[1]).toBe('Taken at home with a remote proctor, or at a test centre.');
  });

  it('still tells prose from an unknown and from an empty list', () => {
    const gone = fixture('gone', (r) => {
      r.exam.format = unknown();
      r.renewal.notes = [];
    });
    const t = pair(get('cpc'), gone);
    expect(row(t, 'exam.format').differs).toBe(true);
    expect(row(t, 'renewal.notes').differs).toBe(true);
  });

  it('compares yes/no and kinds: open book, level, settings, apprentice status', () => {
    expect(row(pair(get('cpc'), fixture('closed', (r) => (r.exam.openBook.value = false))), 'exam.openBook').differs).toBe(true);
    expect(row(pair(get('cpc'), fixture('adv', (r) => (r.level = 'role'))), 'issuer.level').differs).toBe(true);
    expect(row(pair(get('cpc'), fixture('inp', (r) => (r.settings = ['hospital-inpatient']))), 'issuer.settings').differs).toBe(true);
    expect(row(pair(get('cpc'), fixture('no-a', (r) => (r.apprentice.status = 'none'))), 'apprenticeship.status').differs).toBe(true);
  });

  it('compares lists as sets, and pay figures on their values, not their titles', () => {
    const reordered = fixture('reordered', (r) => {
      r.eligibility.required.reverse();
      r.pay = r.pay.map((p: { label: string }) => ({ ...p, label: `${p.label} (renamed)` })).reverse();
    });
    const t = pair(get('cpc'), reordered);
    expect(row(t, 'eligibility.required').differs).toBe(false);
    expect(row(t, 'pay.figures').differs).toBe(false);
    const shorter = fixture('shorter', (r) => r.pay.pop());
    expect(row(pair(get('cpc'), shorter), 'pay.figures').differs).toBe(true);
  });

  it('compares a category minimum on its figure, not its wording (the engine row names the kind)', () => {
    const category = (label: string, value = 16) => (r: Record<string, any>) => {
      r.renewal.categories = [{ label, fact: { value, unit: 'ceus', source: 'aapc-ceu-info', asOf: '2026-11', confidence: 'issuer' } }];
    };
    expect(row(pair(fixture('a', category('Auditing-related CEUs')), fixture('b', category('Auditing CEUs'))), 'renewal.categories').differs).toBe(false);
    expect(row(pair(fixture('a', category('Auditing CEUs')), fixture('b', category('Auditing CEUs', 8))), 'renewal.categories').differs).toBe(true);
  });

  it('compares settings as a set, whatever their order', () => {
    const two = (settings: string[]) => fixture('two', (r) => (r.settings = settings));
    const a = two(['hospital-inpatient', 'hospital-outpatient']);
    const b = { ...two(['hospital-outpatient', 'hospital-inpatient']), id: 'owt' };
    expect(row(pair(a, b), 'issuer.settings').differs).toBe(false);
  });

  it('shows an unknown apprentice status as unknown, and it differs from a known one', () => {
    const unsure = fixture('unsure', (r) => (r.apprentice.status = 'unknown'));
    const r = row(pair(get('cpc'), unsure), 'apprenticeship.status');
    expect(r.cells.map((c) => [c.text, c.known])).toEqual([
      [dataWords.apprentice['has-apprentice'], true],
      [dataWords.apprentice.unknown, false],
    ]);
    expect(r.differs).toBe(true);
  });

  it('compares a plain count and a number without a unit as the same figure', () => {
    const bare = fixture('bare', (r) => delete r.exam.questions.unit);
    const counted = fixture('counted', (r) => (r.exam.questions.unit = 'count'));
    const t = pair(bare, counted);
    expect(texts(t, 'exam.questions')).toEqual(['100', '100']);
    expect(row(t, 'exam.questions').differs).toBe(false);
    expect(row(pair(bare, get('cpc')), 'exam.questions').differs).toBe(true);
  });

  it('compares a price range on both ends', () => {
    const range = (max: number) => (r: Record<string, any>) => (r.costs.exam = { ...r.costs.exam, value: { min: 300, max } });
    const t = pair(fixture('a', range(500)), fixture('b', range(600)));
    expect(texts(t, 'costs.examFee')).toEqual(['$300 to $500', '$300 to $600']);
    expect(row(t, 'costs.examFee').differs).toBe(true);
    expect(row(pair(fixture('a', range(500)), fixture('b', range(500))), 'costs.examFee').differs).toBe(false);
    expect(row(pair(fixture('a', range(500)), get('cpc')), 'costs.examFee').differs).toBe(true);
  });

  it('marks a list cell unknown when any of its facts is unknown', () => {
    const mixed = fixture('mixed', (r) => r.pay.push({ label: 'Median salary', fact: unknown() }));
    const cell = row(pair(get('cpc'), mixed), 'pay.figures').cells[1]!;
    expect(cell.known).toBe(false);
    expect(cell.items.map((i) => i.text)).toEqual(['$58,055 a year', '$54,401 a year', 'Not known']);
  });

  it('shows missing data as unknown instead of failing: an issuer or a shared exam that does not resolve', () => {
    const orphan = fixture('orphan', (r) => (r.issuer = 'nobody'));
    const t = pair(get('cpc'), orphan);
    expect(row(t, 'costs.membershipFee').cells[1]).toMatchObject({ text: 'Not known', items: [], known: false });
    expect(row(t, 'issuer.issuer').cells[1]).toMatchObject({ text: 'nobody', known: false });
    expect(t.columns[1]!.issuer).toBe('nobody');
    const lost = fixture('lost', (r) => {
      delete r.exam;
      r.examSameAs = 'gone';
    });
    const u = pair(get('cpc'), lost);
    expect(row(u, 'exam.questions').cells[1]).toMatchObject({ text: 'Not known', known: false });
    expect(row(u, 'exam.questions').differs).toBe(true);
    expect(u.columns[1]!.examFrom).toBeUndefined();
  });
});

describe('renewal if you hold these together (the CEU engine)', () => {
  const cells = (ids: string[], day = DAY) => row(table(ids, { ...real(), renewal: needsFrom({ packs, day }) }), 'renewal.together').cells;

  it('gives each issuer’s total for exactly the compared credentials, and AHIMA’s shares of it', () => {
    const [cpc, ccs, cic] = cells(['cpc', 'ccs', 'cic']);
    expect(cpc!.items[0]).toMatchObject({ label: 'Total for CIC + CPC', text: '40 CEUs' });
    expect(cpc!.items[0]!.fact).toMatchObject({ kind: 'fact', value: 40, unit: 'ceus', source: { id: 'aapc-ceu-info' }, confidence: 'issuer' });
    expect(cic!.items).toEqual(cpc!.items);
    expect(ccs!.items.map((i) => [i.label, i.text])).toEqual([
      ['Total for CCS alone', '20 CEUs'],
      ['In AHIMA’s health information domains (80%)', '16 CEUs'],
      ['From AHIMA, HCPro or a state association (40%)', '8 CEUs'],
    ]);
    expect(cells(['cpc', 'cic', 'coc', 'cpb']).map((c) => c.items[0]!.text)).toEqual(['48 CEUs', '48 CEUs', '48 CEUs', '48 CEUs']);
    expect(cells(['ccs', 'ccs-p'])[0]!.items[0]).toMatchObject({ label: 'Total for CCS + CCS-P', text: '30 CEUs' });
  });

  it('shows a credential’s own minimum in its own column only', () => {
    const [cpc, cpma, crc] = cells(['cpc', 'cpma', 'crc']);
    expect(cpc!.items.map((i) => i.label)).toEqual(['Total for CPC + CPMA + CRC']);
    expect(cpma!.items.slice(1).map((i) => [i.label, i.text])).toEqual([['Auditing CEUs within it', '16 CEUs']]);
    expect(crc!.items.slice(1).map((i) => [i.label, i.text])).toEqual([['Specialty CEUs within it', '8 CEUs']]);
    expect(cpc!.items[0]!.text).toBe('44 CEUs');
  });

  it('differs between issuers and between own minimums, not between credentials held together under one rule', () => {
    expect(row(table(['cpc', 'cic']), 'renewal.together').differs).toBe(false);
    expect(row(table(['cpc', 'cpma']), 'renewal.together').differs).toBe(true);
    expect(row(table(['cpc', 'ccs']), 'renewal.together').differs).toBe(true);
  });

  it('applies the rules in force on the given day', () => {
    // AAPC's older table asked 48 CEUs for two credentials (ceu-rules.yaml, until 2015-08-31).
    expect(cells(['cpc', 'cic'], '2014-06-01')[0]!.items[0]!.text).toBe('48 CEUs');
    expect(cells(['cpc', 'cic'], '2026-12-07')[0]!.items[0]!.text).toBe('40 CEUs');
  });

  it('is the tracker’s figure: the engine’s total for a reader holding the compared credentials', () => {
    const ids = [...credentials.keys()].filter((id) => packs.some((p) => p.credentials.some((c) => c.id === id)));
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: MAX_SELECTION }), (chosen) => {
        const held = chosen.map((id) => ({ credential: id, issuer: get(id).data.issuer.id }));
        const progress = computeProgress({ packs, credentials: held, activities: [], today: DAY });
        cells(chosen).forEach((cell, i) => {
          const p = progress.find((x) => x.issuer === held[i]!.issuer)!;
          expect(cell.items[0]!.fact).toMatchObject(p.required.ceus === null ? { kind: 'unknown' } : { kind: 'fact', value: p.required.ceus });
          const own = p.minimums.filter((m) => m.kind === 'share' || m.credential === chosen[i]);
          expect(cell.items).toHaveLength(1 + p.replaced.length + own.length);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('says why the RHIT adds nothing beside the RHIA, citing AHIMA, in both columns', () => {
    const why = compareLabels.together.replaced.replaceAll('{old}', 'RHIT').replaceAll('{by}', 'RHIA');
    const [rhit, rhia] = cells(['rhit', 'rhia']);
    expect(rhit!.items.slice(0, 2)).toEqual([
      expect.objectContaining({ label: 'Total for RHIA + RHIT', text: '30 CEUs' }),
      { text: why, fact: expect.objectContaining({ kind: 'fact', source: { id: 'ahima-recert-faq', collection: 'sources' }, confidence: 'issuer' }) },
    ]);
    expect(rhia!.items).toEqual(rhit!.items);
    expect(rhit!.text).toContain(`Total for RHIA + RHIT: 30 CEUs; ${why}`);
    expect(why).toBe('The RHIA replaces the RHIT: only the RHIA’s CEUs are asked, so the RHIT adds nothing to the total');
    expect(row(table(['rhit', 'rhia']), 'renewal.together').differs).toBe(false);
    // With a third AHIMA credential the RHIT still adds nothing: RHIA + CCS is 40, and it says why.
    const [ccs] = cells(['ccs', 'rhit', 'rhia']);
    expect(ccs!.items.slice(0, 2).map((i) => i.text)).toEqual(['40 CEUs', why]);
    // Either alone, or the RHIA with another credential, says nothing of a replacement.
    for (const ids of [['rhit', 'cca'], ['rhia', 'ccs'], ['rhit', 'cpc'], ['rhia', 'cpc']]) for (const c of cells(ids)) expect(c.text).not.toContain('replaces');
    // Beside another issuer's credential, only the AHIMA columns say it.
    const [, , cpc] = cells(['rhit', 'rhia', 'cpc']);
    expect(cpc!.text).not.toContain('replaces');
  });

  it('says so when an issuer has no rules or a credential is not in its issuer’s rules', () => {
    const orphan = fixture('orphan', (r) => (r.issuer = 'nobody'));
    const t = pair(get('cpc'), orphan);
    expect(row(t, 'renewal.together').cells[1]).toMatchObject({ known: false, items: [{ text: 'Not known', fact: { kind: 'unknown', reason: compareLabels.together.noPack } }] });
    const stranger = fixture('stranger');
    const u = row(pair(get('cpc'), stranger), 'renewal.together').cells[1]!;
    expect(u.items[0]).toMatchObject({ label: 'Total for CPC + CPC', text: '40 CEUs' });
    expect(u.items.at(-1)).toMatchObject({ label: compareLabels.together.ownMinimum, fact: { kind: 'unknown', reason: compareLabels.together.notInPack } });
    expect(u.known).toBe(false);
  });
});

describe('renewal if you hold these together, from answers made by hand', () => {
  const t = compareLabels.together;
  const fig = (value: number, confidence: Confidence = 'issuer', source = 'aapc-ceu-info'): KnownFact<number> => ({
    kind: 'fact',
    value,
    unit: 'ceus',
    source: { id: source, collection: 'sources' },
    asOf: '2026-11',
    confidence,
  });
  const notKnown: Fact<number> = { kind: 'unknown', reason: 'Not published.' };
  const own = (credential: string, category: MinimumProgress['category'], required: number, fact: Fact<number> = fig(required)): MinimumProgress => ({
    id: `${category}:${credential}`,
    kind: 'credential',
    category,
    credential,
    required,
    counted: 0,
    missing: required,
    met: false,
    fact,
  });
  const share = (category: MinimumProgress['category'], required: number, fact: Fact<number>): MinimumProgress => ({
    id: `share:${category}`,
    kind: 'share',
    category,
    required,
    counted: 0,
    missing: required,
    met: false,
    fact,
  });
  type Answer = { ceus?: number | null; facts?: Fact<number>[]; unknownReason?: string; minimums?: MinimumProgress[]; inPack?: string[]; replaced?: IssuerNeeds['replaced'] };
  const needs = (a: Answer, ids: readonly string[]): IssuerNeeds => {
    const ceus = a.ceus === undefined ? 40 : a.ceus;
    return {
      required: { ceus, fromRules: ceus, prorated: false, facts: a.facts ?? [fig(40)], ...(a.unknownReason === undefined ? {} : { unknownReason: a.unknownReason }) },
      minimums: a.minimums ?? [],
      inPack: a.inPack ?? [...ids],
      replaced: a.replaced ?? [],
    };
  };
  const together = (ids: string[], answers: Record<string, Answer | null | undefined>) =>
    row(
      table(ids, {
        ...real(),
        renewal: (issuer, held) => {
          const a = answers[issuer];
          return a === undefined || a === null ? a : needs(a, held);
        },
      }),
      'renewal.together',
    );

  it('says "Working out…" while the engine has not answered', () => {
    const r = together(['cpc', 'ccs'], {});
    expect(r.cells).toEqual(['cpc', 'ccs'].map((credentialId) => ({ credentialId, text: t.working, items: [{ text: t.working }], known: true })));
  });

  it('writes the whole cell as "label: value" parts', () => {
    const r = together(['ccs'], {
      ahima: { ceus: 20, facts: [fig(20, 'issuer', 'ahima-ceu')], minimums: [share('hiim-domain', 16, { ...fig(80), unit: 'percent' })] },
    });
    expect(r.cells[0]!.text).toBe(`Total for CCS alone: 20 CEUs; ${t.share['hiim-domain']} (80%): 16 CEUs`);
    expect(r.cells[0]!.known).toBe(true);
  });

  it('shows an unknown total with the engine’s reason, or says the rules give none', () => {
    const why = together(['cpc'], { aapc: { ceus: null, facts: [], unknownReason: 'No row of the table fits.' } }).cells[0]!;
    expect(why.items[0]).toEqual({ label: 'Total for CPC alone', text: 'Not known', fact: { kind: 'unknown', reason: 'No row of the table fits.' } });
    expect(why.known).toBe(false);
    const none = together(['cpc'], { aapc: { ceus: null, facts: [fig(40)] } }).cells[0]!;
    expect(none.items[0]!.fact).toEqual({ kind: 'unknown', reason: t.noTotal });
  });

  it('cites the first known rule figure for the total, and shows none when no figure is known', () => {
    const cited = together(['cpc'], { aapc: { ceus: 40, facts: [notKnown, fig(40, 'issuer', 'aapc-ceu-info'), fig(36, 'issuer', 'other')] } }).cells[0]!;
    expect(cited.items[0]!.fact).toEqual({ kind: 'fact', value: 40, unit: 'ceus', source: { id: 'aapc-ceu-info', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' });
    const bare = together(['cpc'], { aapc: { ceus: 40, facts: [notKnown] } }).cells[0]!;
    expect(bare.items[0]).toMatchObject({ text: 'Not known', fact: { kind: 'unknown', reason: t.noTotal } });
  });

  it('is as sure of the total as the least sure figure it comes from', async () => {
    const { buildCompareTable: build } = await freshCompare();
    const sureness = (...levels: Confidence[]) => {
      const sources = { ...real(), renewal: (_: string, held: readonly string[]) => needs({ facts: levels.map((c) => fig(40, c)) }, held) };
      const r = rowsOf(build([get('cpc')], sources)).find((x) => x.key === 'renewal.together')!;
      return (r.cells[0]!.items[0]!.fact as { confidence: Confidence }).confidence;
    };
    expect(sureness('issuer', 'third-party')).toBe('third-party');
    expect(sureness('third-party', 'issuer')).toBe('third-party');
    expect(sureness('government', 'issuer')).toBe('government');
    expect(sureness('third-party', 'government')).toBe('third-party');
    expect(sureness('unconfirmed', 'third-party')).toBe('unconfirmed');
    expect(sureness('issuer')).toBe('issuer');
  });

  it('shows an unknown minimum or share as unknown, never as a figure', () => {
    const cell = together(['cpc'], {
      aapc: { minimums: [own('cpc', 'specialty', 0, notKnown), share('auditing', 0, notKnown)] },
    }).cells[0]!;
    expect(cell.items.slice(1).map((i) => [i.label, i.text])).toEqual([
      [t.minimum.specialty, 'Not known'],
      [`${t.share.auditing} (Not known)`, `Not known ${t.ofTotal}`],
    ]);
    expect(cell.known).toBe(false);
  });

  it('gives a share as a percentage of the total when the total is unknown', () => {
    const cell = together(['ccs'], { ahima: { ceus: null, facts: [], minimums: [share('hiim-domain', 0, { ...fig(80), unit: 'percent' })] } }).cells[0]!;
    expect(cell.items[1]).toMatchObject({ label: `${t.share['hiim-domain']} (80%)`, text: `80% ${t.ofTotal}` });
  });

  it('names a replaced credential by the abbreviations compared and cites the issuer’s words', () => {
    const statement: Fact<string> = { kind: 'fact', value: 'The CIC replaces the CPC.', source: { id: 'aapc-ceu-info', collection: 'sources' }, asOf: '2026-11', confidence: 'third-party' };
    const replaced = [{ credential: 'cpc', by: 'cic', statement }];
    const r = together(['cpc', 'cic'], { aapc: { replaced } });
    const why = t.replaced.replaceAll('{old}', 'CPC').replaceAll('{by}', 'CIC');
    expect(r.cells[0]!.items).toEqual([expect.objectContaining({ text: '40 CEUs' }), { text: why, fact: statement }]);
    expect(r.cells[0]!.text).toBe(`Total for CIC + CPC: 40 CEUs; ${why}`);
    expect(r.differs).toBe(false);
    // An unknown statement leaves the cell not fully known; an id the selection does not name stays an id.
    const unsure = together(['cic'], { aapc: { replaced: [{ credential: 'cpc', by: 'cic', statement: { kind: 'unknown', reason: 'Not published.' } }] } }).cells[0]!;
    expect(unsure.items[1]!.text).toBe(t.replaced.replaceAll('{old}', 'cpc').replaceAll('{by}', 'CIC'));
    expect(unsure.known).toBe(false);
  });

  it('differs between issuers even when their figures match', () => {
    const same = { ceus: 30, facts: [fig(30)] };
    expect(together(['cpc', 'ccs'], { aapc: same, ahima: same }).differs).toBe(true);
  });

  it('differs between own minimums of one issuer by figure, not when they match', () => {
    const with8 = { minimums: [own('cpc', 'specialty', 8), own('cic', 'specialty', 8)] };
    expect(together(['cpc', 'cic'], { aapc: with8 }).differs).toBe(false);
    const apart = { minimums: [own('cpc', 'specialty', 8), own('cic', 'specialty', 16)] };
    expect(together(['cpc', 'cic'], { aapc: apart }).differs).toBe(true);
    const kinds = { minimums: [own('cpc', 'specialty', 8), own('cic', 'auditing', 8)] };
    expect(together(['cpc', 'cic'], { aapc: kinds }).differs).toBe(true);
  });
});

describe('needsKey', () => {
  it('names one set of one issuer, whatever the order or repeats, and tells sets apart', () => {
    expect(needsKey('aapc', ['cpc', 'cic', 'cpc'])).toBe('aapc:cic,cpc');
    expect(needsKey('aapc', ['ab', 'c'])).not.toBe(needsKey('aapc', ['a', 'bc']));
  });
});

describe('presets', () => {
  it('offers three named comparisons of real credentials and opens with CPC vs CCS vs CIC', async () => {
    vi.resetModules();
    const { COMPARE_PRESETS, DEFAULT_SELECTION } = await import('../../src/lib/compare/presets.ts');
    expect(COMPARE_PRESETS).toEqual([
      { key: 'core', ids: ['cpc', 'ccs', 'cic'] },
      { key: 'entry', ids: ['cpc', 'cca', 'cbcs'] },
      { key: 'aapcBeyondCpc', ids: ['crc', 'cpma', 'cpb', 'coc'] },
    ]);
    expect(DEFAULT_SELECTION).toEqual(['cpc', 'ccs', 'cic']);
    for (const p of COMPARE_PRESETS) {
      expect(compareLabels.presets[p.key], p.key).toBeTruthy();
      expect(parseSelection(serializeSelection(p.ids), credentials.keys()).ids).toEqual(p.ids);
    }
  });
});

describe('visibleRows', () => {
  const build = () => table(['cpc', 'cic']);

  it('shows everything unless asked for differences only', () => {
    const t = build();
    expect(visibleRows(t, false)).toBe(t.groups);
  });

  it('keeps only differing rows, in order, and drops groups left empty', () => {
    const t = build();
    const groups = visibleRows(t, true);
    const keys = groups.flatMap((g) => g.rows.map((r) => r.key));
    expect(keys).toEqual(differing(t));
    expect(groups.every((g) => g.rows.length > 0)).toBe(true);
    expect(groups.map((g) => g.key)).toEqual(GROUP_ORDER.filter((k) => groups.some((g) => g.key === k)));
  });
});

describe('parseSelection', () => {
  const known = credentials.keys();
  const ids = [...credentials.keys()];
  const defaults = ['cpc', 'ccs', 'cic'];

  it('keeps the order given', () => {
    expect(parseSelection('cic,cpc,ccs', ids)).toEqual({
      ids: ['cic', 'cpc', 'ccs'],
      unknown: [],
      duplicates: [],
      overLimit: [],
      filled: [],
      tooFew: false,
    });
    expect(parseSelection('ccs,cpc', known).ids).toEqual(['ccs', 'cpc']);
  });

  it('reads a whole search string, any case, commas or spaces', () => {
    expect(parseSelection('?c=CPC,Ccs', ids).ids).toEqual(['cpc', 'ccs']);
    expect(parseSelection('?x=1&c=cpc+cic', ids).ids).toEqual(['cpc', 'cic']);
    expect(parseSelection('?c=cpc%2Cccs-p', ids).ids).toEqual(['cpc', 'ccs-p']);
    expect(parseSelection(' cpc , ,cic ', ids).ids).toEqual(['cpc', 'cic']);
  });

  it('leaves out unknown ids and reports each once', () => {
    const s = parseSelection('cpc,nope,ccs,nope,<b>', ids);
    expect(s.ids).toEqual(['cpc', 'ccs']);
    expect(s.unknown).toEqual(['nope', '<b>']);
  });

  it('keeps the first of repeated ids and reports the repeats', () => {
    const s = parseSelection('cpc,ccs,CPC,cpc', ids);
    expect(s.ids).toEqual(['cpc', 'ccs']);
    expect(s.duplicates).toEqual(['cpc']);
  });

  it('keeps at most four and reports the rest', () => {
    const s = parseSelection('cpc,ccs,cic,coc,crc,cca', ids);
    expect(s.ids).toEqual(['cpc', 'ccs', 'cic', 'coc']);
    expect(s.ids).toHaveLength(MAX_SELECTION);
    expect(s.overLimit).toEqual(['crc', 'cca']);
    expect(s.tooFew).toBe(false);
  });

  it('says when fewer than two remain, and fills in from the fallback when given one', () => {
    expect(parseSelection('cpc', ids)).toMatchObject({ ids: ['cpc'], tooFew: true, filled: [] });
    expect(parseSelection('ccs', ids, defaults)).toMatchObject({ ids: ['ccs', 'cpc'], filled: ['cpc'], tooFew: false });
    expect(parseSelection('nope', ids, defaults)).toMatchObject({ ids: defaults, filled: defaults, unknown: ['nope'] });
    expect(parseSelection('', ids)).toMatchObject({ ids: [], tooFew: true });
  });

  it('uses the fallback silently when the address names nothing', () => {
    for (const q of [null, undefined, '', '?', '?c=', '?other=1'])
      expect(parseSelection(q, ids, defaults), String(q)).toMatchObject({ ids: defaults, filled: [], unknown: [], tooFew: false });
    expect(parseSelection(null, ids, ['gone', 'cpc', 'cpc', 'ccs'])).toMatchObject({ ids: ['cpc', 'ccs'] });
  });
});

describe('serializeSelection', () => {
  it('writes the search string with readable commas, or nothing', () => {
    expect(serializeSelection(['cpc', 'ccs', 'cic'])).toBe('?c=cpc,ccs,cic');
    expect(serializeSelection(['cpc', 'cpc', 'ccs-p'])).toBe('?c=cpc,ccs-p');
    expect(serializeSelection([])).toBe('');
  });
});

describe('properties', () => {
  const ids = [...credentials.keys()];
  const selection = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: MAX_SELECTION });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(selection, (chosen) => {
        expect(parseSelection(serializeSelection(chosen), ids).ids).toEqual(chosen);
      }),
    );
  });

  it('permuting the selection permutes the columns and never changes what differs', () => {
    fc.assert(
      fc.property(
        selection.chain((chosen) => fc.tuple(fc.constant(chosen), fc.shuffledSubarray(chosen, { minLength: chosen.length }))),
        ([chosen, shuffled]) => {
          const a = table(chosen);
          const b = table(shuffled);
          expect(b.columns.map((c) => c.id)).toEqual(shuffled);
          const ra = rowsOf(a);
          const rb = rowsOf(b);
          expect(rb.map((r) => [r.key, r.differs])).toEqual(ra.map((r) => [r.key, r.differs]));
          rb.forEach((r, i) => {
            for (const cell of r.cells) expect(cell).toEqual(ra[i]!.cells.find((c) => c.credentialId === cell.credentialId));
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a row differs exactly when some pair of its columns differs', () => {
    fc.assert(
      fc.property(selection, (chosen) => {
        const whole = rowsOf(table(chosen));
        const pairs = chosen.flatMap((x, i) => chosen.slice(i + 1).map((y) => rowsOf(table([x, y]))));
        whole.forEach((r, i) => expect(r.differs).toBe(pairs.some((p) => p[i]!.differs)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the comparer store fills the renewal row from the engine’s answers', () => {
  it('shows "Working out…" until the answers come, asks once per set, and then shows the engine’s figures', async () => {
    const store = await import('../../src/stores/compare.ts');
    const data = {
      credentials: [...credentials.values()],
      issuers: [...issuers].map(([id, i]) => ({ id, data: i.data })),
      renewal: { packs, day: DAY },
    };
    const asked: string[][] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const stop = store.solveNeeds(async (rules, requests) => {
      asked.push(requests.map((r) => `${r.issuer}:${r.ids.join(',')}`));
      await gate;
      const needsOf = needsFrom(rules);
      return requests.map((r) => needsOf(r.issuer, r.ids)!);
    });
    store.$selection.set(['cpc', 'ccs', 'cic']);
    store.$data.set(data);
    const pending = row(store.$table.get()!, 'renewal.together');
    expect(pending.cells.map((c) => c.text)).toEqual(['Working out…', 'Working out…', 'Working out…']);
    store.$selection.set(['cic', 'ccs', 'cpc']);
    expect(asked).toEqual([['aapc:cpc,cic', 'ahima:ccs']]);
    release();
    await gate;
    await new Promise((r) => setTimeout(r, 0));
    const filled = row(store.$table.get()!, 'renewal.together');
    expect(filled).toEqual(row(table(['cic', 'ccs', 'cpc']), 'renewal.together'));
    store.$selection.set(['cic', 'ccs', 'cpc', 'cpma']);
    expect(asked[1]).toEqual(['aapc:cic,cpc,cpma']);
    stop();
  });
});
