/** Guides: the library's rules (reading time, related, ToC), the prose lint, and every real guide. */
import { readdirSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { proseOf, readingMinutes, relatedGuides, tableOfContents, wordCount, type GuideEntry } from '../../src/lib/guides.ts';
import { typedFigures } from '../../src/lib/prose-lint.ts';
import { factKeysIn } from '../../src/lib/fact-keys.ts';
import { loadCatalog } from '../../src/data/catalog.ts';

const MIN_WORDS = 600;

describe('prose and reading time', () => {
  it('counts words of prose, not markup, and a quoted figure as one word', () => {
    const body = "import X from 'y';\n## A heading\nSome *plain* words and a [link](/x/).\n<F k=\"cpc:exam.questions\" />\n<BarChart title=\"t\" keys={['a']} />";
    expect(proseOf(body)).not.toMatch(/import|BarChart|\/x\//);
    expect(wordCount(body)).toBe(9);
  });

  it('reads at 200 words a minute, never under a minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });

  it('offers a table of contents only for long guides', () => {
    const h = (depth: number) => ({ depth, slug: 's', text: 't' });
    expect(tableOfContents([h(2), h(2), h(3)])).toEqual([]);
    expect(tableOfContents([h(2), h(3), h(2), h(2), h(2)])).toHaveLength(4);
  });
});

describe('relatedGuides', () => {
  const g = (id: string, over: Partial<GuideEntry['data']>): GuideEntry =>
    ({
      id,
      data: { topic: 'pay', audience: ['leader'], credentials: [], updated: '2026-01', ...over },
    }) as unknown as GuideEntry;
  const cred = (id: string) => ({ id, collection: 'credentials' as const });

  it('ranks shared credentials over topic over audience, and never lists the guide itself', () => {
    const me = g('me', { topic: 'exams', audience: ['career-changer'], credentials: [cred('cpc')] });
    const all = [
      me,
      g('same-audience', { topic: 'work', audience: ['career-changer'] }),
      g('same-topic', { topic: 'exams' }),
      g('same-credential', { topic: 'work', credentials: [cred('cpc')] }),
      g('unrelated', { topic: 'work' }),
    ];
    expect(relatedGuides(me, all).map((x) => x.id)).toEqual(['same-credential', 'same-topic', 'same-audience']);
  });
});

describe('prose lint', () => {
  it('flags typed dollars, CEUs, questions and percentages', () => {
    const body = 'It costs $425.\nYou need 36 CEUs and 40 CE credits.\n100 questions in 4 hours.\nAbout 55% work remotely, or 7 percent.';
    expect(typedFigures(body).map((f) => `${f.line}:${f.text}`)).toEqual([
      '1:$425',
      '2:36 CEUs',
      '2:40 CE credits',
      '3:100 questions',
      '4:55%',
      '4:7 percent',
    ]);
  });

  it('leaves years, code-set names and quoted figures alone', () => {
    const body = 'Since 2025, ICD-10-CM and CPT changed. <F k="cpc:renewal.ceus" /> CEUs are due.\n<BarChart keys={["pay/x"]} labels={["55%"]} />';
    expect(typedFigures(body)).toEqual([]);
  });
});

describe('the guides in content/guides', async () => {
  const guides = await getCollection('guides');
  const files = readdirSync('content/guides').filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

  it('loads with every reference and every quoted fact key resolved (as the build checks)', async () => {
    const catalog = await loadCatalog();
    expect(catalog.guides.length).toBe(files.length);
  });

  it('loads every guide file', () => {
    expect(guides.map((g) => g.id).sort()).toEqual(files.map((f) => f.replace(/\.mdx$/, '')).sort());
  });

  it('keeping-your-credentials quotes AHIMA’s replacement and lapse rules by the positions those rules hold', async () => {
    const { lookup } = await loadCatalog();
    const body = readFileSync('content/guides/keeping-your-credentials.mdx', 'utf8');
    const rules = (lookup.entry('ceu-ahima') as { rules: { rule: string }[] }).rules;
    const kindOf = (key: string) => rules[Number(/^ceu-ahima:rules\[(\d+)\]/.exec(key)![1])]?.rule;
    const quoted = factKeysIn(body).filter((k) => k.startsWith('ceu-ahima:'));
    expect(quoted).toContain('ceu-ahima:rules[5].statement');
    expect(quoted).toContain('ceu-ahima:rules[4].afterDue');
    expect(kindOf('ceu-ahima:rules[5].statement')).toBe('replaces');
    expect(kindOf('ceu-ahima:rules[4].afterDue')).toBe('lapse');
    // Every AHIMA rule the guide quotes is the kind its field belongs to.
    const field: Record<string, string> = { statement: 'replaces', afterDue: 'lapse', firstCycleRule: 'cycle', base: 'total-base-plus', cap: 'total-base-plus', perExtra: 'total-base-plus', percent: 'share-minimum' };
    for (const key of quoted) expect([key, kindOf(key)]).toEqual([key, field[/\]\.(\w+)/.exec(key)![1]!]]);
  });

  for (const file of files) {
    const body = readFileSync(`content/guides/${file}`, 'utf8').replace(/^---[\s\S]*?---/, '');
    describe(file, () => {
      it(`has at least ${MIN_WORDS} words`, () => {
        expect(wordCount(body)).toBeGreaterThanOrEqual(MIN_WORDS);
      });
      it('types no figure that belongs in data', () => {
        expect(typedFigures(body)).toEqual([]);
      });
      it('quotes its figures from data', () => {
        expect(factKeysIn(body).length).toBeGreaterThan(0);
      });
    });
  }
});
