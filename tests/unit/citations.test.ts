import { describe, expect, it } from 'vitest';
import { citationIndex } from '../../src/lib/citations.ts';

const s = (id: string) => ({ id, collection: 'sources' });

describe('citationIndex', () => {
  it('lists, for each source, the pages citing it, once each and in page order', () => {
    const index = citationIndex([
      { title: 'CPC', href: '/credentials/cpc/', data: { a: { source: s('x') }, b: [{ source: s('x') }, { source: s('y') }] } },
      { title: 'CIC', href: '/credentials/cic/', data: [{ source: s('y') }] },
      { title: 'Empty', href: '/e/', data: {} },
    ]);
    expect(Object.fromEntries(index)).toEqual({
      x: [{ title: 'CPC', href: '/credentials/cpc/' }],
      y: [
        { title: 'CPC', href: '/credentials/cpc/' },
        { title: 'CIC', href: '/credentials/cic/' },
      ],
    });
  });
});
