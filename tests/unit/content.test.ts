/** The real content, as the build loads it: every design.md credential exists and all of it is consistent. */
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/integrity.ts';
import { walk } from '../../src/lib/facts.ts';

const REQUIRED_IDS = ['cpc', 'cpc-a', 'coc', 'cic', 'crc', 'cpma', 'cpb', 'cca', 'ccs', 'ccs-p', 'rhit', 'cbcs'];

describe('content', async () => {
  const [sources, issuers, credentials] = await Promise.all([
    getCollection('sources'),
    getCollection('issuers'),
    getCollection('credentials'),
  ]);

  it('has every credential design.md names, and the three issuers', () => {
    expect(credentials.map((c) => c.id).sort()).toEqual(expect.arrayContaining([...REQUIRED_IDS].sort()));
    expect(issuers.map((i) => i.id).sort()).toEqual(['aapc', 'ahima', 'nha']);
  });

  it('is consistent: every reference resolves and confidences match their sources', () => {
    expect(checkEntries([...sources, ...issuers, ...credentials])).toEqual([]);
  });

  it('never states a figure as 0 (an unknown is written as unknown)', () => {
    const zeros: string[] = [];
    for (const c of credentials)
      walk(c.data, (node, path) => {
        if (path.at(-1) === 'value' && node === 0) zeros.push(`${c.id}: ${path.join('.')}`);
      });
    expect(zeros).toEqual([]);
  });

  it('keeps figures out of the prose fields (they belong in facts)', () => {
    const figure = /\$\s?\d|\d+(\.\d+)?\s?(%|percent|CEUs?|questions|items|hours|minutes)\b/i;
    const offending = credentials
      .flatMap((c) => [`${c.id}.work: ${c.data.work}`, `${c.id}.bestFor: ${c.data.bestFor}`])
      .filter((text) => figure.test(text.split(': ').slice(1).join(': ')));
    expect(offending).toEqual([]);
  });

  it('cites at least one source per credential, and every source is dated', () => {
    for (const s of sources) expect(s.data.accessed, s.id).toMatch(/^\d{4}/);
    for (const c of credentials) {
      let cited = 0;
      walk(c.data, (n, p) => {
        if (p.at(-1) === 'source' && n) cited++;
      });
      expect(cited, c.id).toBeGreaterThan(0);
    }
  });
});
