/**
 * The catalogue and the renewal rule pack stay in step: every AAPC specialty credential with a
 * page (content/credentials/<id>.yaml, level: specialty) is one the tracker offers, classed as a
 * specialty credential, and is named in the current rule asking 8 specialty-specific CEUs for each
 * specialty credential held (AAPC's CEU page, read 2026-12-07). A credential added to the catalogue
 * without its rule lines fails here, by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';

interface RawCredential {
  abbreviation: string;
  issuer: string;
  level: string;
  retired?: { date: string };
}

const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const aapcPack = packs.find((p) => p.id === 'aapc')!;
const credentials = readdirSync('content/credentials')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(`content/credentials/${f}`, 'utf8')) as RawCredential }));
/** Credentials a current rule gives a minimum of their own field instead (the CIRCC: 16 from named vendors). */
const ownField = new Set(
  aapcPack.rules.flatMap((r) =>
    r.rule === 'credential-minimum' && r.category !== 'specialty' && r.until === undefined ? r.credentials : [],
  ),
);
const aapcSpecialties = credentials.filter((c) => c.data.issuer === 'aapc' && c.data.level === 'specialty' && !ownField.has(c.id));

/** The rule in force today that asks a minimum of specialty CEUs per specialty credential. */
const currentSpecialtyRule = aapcPack.rules.find(
  (r) => r.rule === 'credential-minimum' && r.category === 'specialty' && r.until === undefined,
);

describe('AAPC specialty credentials in the catalogue and the rule pack', () => {
  it('has the specialty credentials added for issue 15 (CCVTC, CCPC) beside the earlier ones', () => {
    const ids = aapcSpecialties.map((c) => c.id);
    for (const id of ['ccvtc', 'ccpc', 'cemc', 'cpcd']) expect(ids, id).toContain(id);
  });

  it('finds the current specialty-minimum rule', () => {
    expect(currentSpecialtyRule, 'a credential-minimum rule for the specialty category with no end date').toBeDefined();
  });

  for (const { id, data } of aapcSpecialties) {
    it(`${id}: offered by the tracker as a specialty credential, under its own abbreviation`, () => {
      const entry = aapcPack.credentials.find((c) => c.id === id);
      expect(entry, `${id} is missing from the AAPC pack's credentials`).toBeDefined();
      expect(entry!.name).toBe(data.abbreviation);
      const cls = entry!.class;
      expect(cls !== undefined && 'value' in cls ? cls.value : undefined).toBe('specialty');
    });

    it(`${id}: named in the current 8-CEU specialty rule, and held alone asks 36 CEUs with 8 specialty ones`, () => {
      const rule = currentSpecialtyRule as { credentials?: string[] } | undefined;
      expect(rule?.credentials ?? []).toContain(id);
      const [p] = computeProgress({
        packs,
        credentials: [{ credential: id, issuer: 'aapc', cycleStart: '2025-07-01', cycleEnd: '2027-06-30' }],
        activities: [],
        today: '2026-12-07',
      });
      expect(p!.required.ceus).toBe(36);
      expect(p!.minimums.map((m) => [m.id, m.required])).toEqual([[`specialty:${id}`, 8]]);
    });
  }
});

describe('retired credentials', () => {
  it('carry a retirement date whenever they are marked retired', () => {
    for (const { id, data } of credentials.filter((c) => c.data.retired !== undefined)) {
      expect(data.retired!.date, id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe('how sure the tracker is that a new credential is a specialty one', () => {
  const progress = (ids: string[]) =>
    computeProgress({
      packs,
      credentials: ids.map((credential) => ({ credential, issuer: 'aapc', cycleStart: '2025-07-01', cycleEnd: '2027-06-30' })),
      activities: [],
      today: '2026-12-07',
    })[0]!;

  it('names the CCVTC as unconfirmed (no AAPC page read) and not the CCPC (AAPC lists it among its specialty exams)', () => {
    expect(progress(['cpc', 'ccvtc']).classUnconfirmed).toEqual(['CCVTC']);
    expect(progress(['cpc', 'ccpc']).classUnconfirmed).toEqual([]);
  });

  it('asks 44 CEUs for the CPC, CCVTC and CCPC together, with 8 specialty CEUs for each specialty credential', () => {
    const p = progress(['cpc', 'ccvtc', 'ccpc']);
    expect(p.required.ceus).toBe(44);
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([['specialty:ccvtc', 8], ['specialty:ccpc', 8]]);
  });
});

describe('a renamed credential shown on its successor', () => {
  it('the COC page says the CPC-H is its former name, citing AAPC', () => {
    const coc = parseYaml(readFileSync('content/credentials/coc.yaml', 'utf8')) as {
      renewal: { notes: { value?: string; source?: string; confidence?: string }[] };
    };
    const note = coc.renewal.notes.find((n) => n.value?.includes('CPC-H'));
    expect(note?.source).toBe('aapc-exam-faq-resources');
    expect(note?.confidence).toBe('issuer');
  });
});
