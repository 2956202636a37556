/**
 * What the page shows beside each step and goal, worked out at build time: where a step's
 * time and price come from (publisher, date, a caveat for third-party figures, the figure's
 * note), its sources, what it leads to, and for a goal its employers' rule, its pay and the
 * word on remote work.
 */
import { describe, expect, it } from 'vitest';
import { goalInfos, stepCards, type CardLookups } from '../../src/lib/roadmap/cards.ts';
import type { Fact } from '../../src/lib/facts.ts';
import { role, step, unknown } from './roadmap-mini.ts';

const lookups = (): CardLookups => ({
  sources: {
    aapc: { title: 'AAPC exam page', publisher: 'AAPC', checked: '2026-11' },
    blog: { title: 'A blog post', publisher: 'Some Blog', checked: '2026-10-05' },
  },
  credentials: { cpc: 'Certified Professional Coder (CPC)' },
  roles: { 'outpatient-coder': 'Outpatient coder' },
  checked: 'checked',
});
const src = (id: string) => ({ id, collection: 'sources' as const });
const known = (value: number, unit: 'usd' | 'weeks', source: string, over: Partial<Fact> = {}): Fact =>
  ({ kind: 'fact', value, unit, source: src(source), asOf: '2026-11', confidence: 'issuer', ...over }) as Fact;

describe('step cards', () => {
  it('cite where the time and price come from, with the publisher, the date, a caveat and the note', () => {
    const cards = stepCards(
      [
        step('exam', {
          duration: known(4, 'weeks', 'aapc', { note: 'Four hours in one sitting.' }) as never,
          cost: known(425, 'usd', 'blog', { confidence: 'third-party' }) as never,
          sources: [src('aapc'), src('gone')],
        }),
      ],
      lookups(),
    );
    expect(cards['exam']).toEqual({
      time: { sourceId: 'aapc', publisher: 'AAPC', asOf: 'Nov 2026', note: 'Four hours in one sitting.' },
      cost: { sourceId: 'blog', publisher: 'Some Blog', asOf: 'Nov 2026', caveat: expect.stringMatching(/\w/) },
      sources: [
        { id: 'aapc', title: 'AAPC exam page', detail: ' (AAPC, checked Nov 2026)' },
        { id: 'gone', title: 'gone', detail: '' },
      ],
      unlocks: [],
    });
  });

  it('leave out the citation of a step that takes no time or costs nothing, and give an unknown’s source', () => {
    const cards = stepCards([step('join', { duration: 'none', cost: { kind: 'unknown', reason: 'Not published.', source: src('aapc') } as never })], lookups());
    expect(cards['join']!.time).toBeUndefined();
    expect(cards['join']!.cost).toEqual({ sourceId: 'aapc', publisher: 'AAPC' });
    expect(Object.keys(cards['join']!)).toEqual(['cost', 'sources', 'unlocks']);
    const none = stepCards([step('free', { duration: unknown(), cost: 'none' })], lookups())['free']!;
    expect(none.time).toEqual({});
    expect('cost' in none).toBe(false);
  });

  it('say what a step leads to: credentials by name and link, roles by title, capabilities in words', () => {
    const cards = stepCards(
      [step('cpc-exam', { unlocks: { credentials: ['cpc', 'new-cred'], roles: ['outpatient-coder', 'new-role'], capabilities: ['Eligibility for the CPC'] } })],
      lookups(),
    );
    expect(cards['cpc-exam']!.unlocks).toEqual([
      { text: 'Certified Professional Coder (CPC)', credential: 'cpc' },
      { text: 'new-cred', credential: 'new-cred' },
      { text: 'Outpatient coder' },
      { text: 'new-role' },
      { text: 'Eligibility for the CPC' },
    ]);
  });

  it('are keyed by step id, one per step', () => {
    expect(Object.keys(stepCards([step('a'), step('b')], lookups()))).toEqual(['a', 'b']);
  });
});

describe('goal information', () => {
  const firstJob = { ...known(35, 'usd', 'blog'), value: 'Few first jobs are remote.', unit: undefined, label: 'Remote first jobs' } as Fact;
  const share: Fact = { kind: 'unknown', reason: 'No count of remote coding jobs is published.' };

  it('gives the employers’ rule, each pay figure with its label, and for an entry job both remote facts', () => {
    const rule = { kind: 'fact', value: 'Employers ask for the CPC.', source: src('aapc'), asOf: '2026-11', confidence: 'issuer', note: 'Most job ads.' } as Fact<string>;
    const info = goalInfos(
      [role('outpatient-coder', [], { level: 'entry', employers: { accepts: ['cpc-exam'], rule }, pay: [{ label: 'Median pay', fact: known(50000, 'usd', 'aapc') as never }] })],
      { firstJob, share },
      lookups(),
    );
    expect(info['outpatient-coder']).toEqual({
      rule: { text: 'Employers ask for the CPC.', cite: { sourceId: 'aapc', publisher: 'AAPC', asOf: 'Nov 2026', note: 'Most job ads.' } },
      pay: [{ label: 'Median pay', text: '$50,000', cite: { sourceId: 'aapc', publisher: 'AAPC', asOf: 'Nov 2026' } }],
      remote: [
        { label: 'Remote first jobs', text: 'Few first jobs are remote.', cite: { sourceId: 'blog', publisher: 'Some Blog', asOf: 'Nov 2026' } },
        { text: 'No count of remote coding jobs is published.', cite: {} },
      ],
    });
  });

  it('gives a job beyond entry level only the general remote fact, and no rule when employers state none', () => {
    const info = goalInfos([role('auditor', [], { level: 'experienced' })], { firstJob, share }, lookups());
    expect(info['auditor']).toEqual({ pay: [], remote: [{ text: 'No count of remote coding jobs is published.', cite: {} }] });
    const without = goalInfos([role('auditor', [], { level: 'entry' }), role('lead', [], { level: 'leadership' })], { share }, lookups());
    expect(without['auditor']!.remote).toEqual([{ text: 'No count of remote coding jobs is published.', cite: {} }]);
    expect(without['lead']!.remote).toEqual([]);
  });
});
