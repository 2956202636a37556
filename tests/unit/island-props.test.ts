import { describe, expect, it } from 'vitest';
import { islandJson, notJson } from '../../src/lib/island-props.ts';

describe('island props travel as JSON', () => {
  it('accepts plain data and gives the same data back', () => {
    const props = { words: { heading: 'Your credentials' }, packs: [{ id: 'aapc', total: 36, ok: true, note: null }], base: '/' };
    expect(notJson(props)).toBeUndefined();
    expect(JSON.parse(islandJson('ceu', props))).toEqual(props);
  });

  it('names the first prop that would reach the browser changed', () => {
    expect(notJson({ packs: [{ rules: [{}, { from: new Date('2025-01-01') }] }] })).toBe('packs[0].rules[1].from');
    expect(notJson({ ids: new Set(['cpc']) })).toBe('ids');
    expect(notJson({ total: Number.NaN })).toBe('total');
    expect(notJson({ href: (id: string) => id })).toBe('href');
    expect(notJson({ list: [1, undefined] })).toBe('list[1]');
  });

  it('treats an undefined field as missing, as JSON does', () => {
    expect(notJson({ a: undefined, b: 1 })).toBeUndefined();
  });

  it('stops the build with the island and the prop named', () => {
    expect(() => islandJson('roadmap-builder', { when: new Date(0) })).toThrow(/island "roadmap-builder": prop when is not plain JSON/);
  });

  it('escapes "<" so no text can close the <script> element it sits in', () => {
    const json = islandJson('x', { title: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script>' });
  });
});
