/**
 * What survives a reload of the tracker's stored data, and how a long log is written in parts:
 * the deletions of held credentials that other tabs still need to hear of, a version number
 * written as text, and the pauses a long save makes so the page keeps answering.
 */
import { describe, expect, it } from 'vitest';
import { decodeStored, emptyDoc, encodeStored, encodeStoredInSteps } from '../../src/lib/ceu/stored.ts';
import { PART, runNow } from '../../src/lib/ceu/parts.ts';
import type { Activity, CeuDoc } from '../../src/lib/ceu/types.ts';
import { drain, logged } from './ceu-fixture.ts';

const act = (id: string): Activity => logged(id, { provider: '', appliesTo: [] });
const stored = (fields: Record<string, unknown> = {}) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });

/** Every value the encoder yields (a pause), and the text it returns. */
function pauses(doc: CeuDoc): { shares: (number | void)[]; text: string } {
  const { yielded, result } = drain(encodeStoredInSteps(doc));
  return { shares: yielded, text: result };
}

describe('deletions kept across a reload', () => {
  it('keeps a deleted held credential, so another tab does not bring it back', () => {
    const doc: CeuDoc = { ...emptyDoc(), deleted: { activities: [{ id: 'a1', changed: 10 }], credentials: [{ id: 'cpc', changed: 20 }] } };
    const r = decodeStored(encodeStored(doc));
    expect(r.ok && r.value.deleted).toEqual({ activities: [{ id: 'a1', changed: 10 }], credentials: [{ id: 'cpc', changed: 20 }] });
  });

  it('drops a credential deletion that names no credential or no time, keeping the others', () => {
    const deleted = { activities: [], credentials: [{ changed: 5 }, { id: 'crc' }, { id: 'cca', changed: 7 }, null] };
    const r = decodeStored(stored({ deleted }));
    expect(r.ok && r.value.deleted.credentials).toEqual([{ id: 'cca', changed: 7 }]);
  });
});

describe('a version number written as text', () => {
  it('is refused as no valid version, not taken for a newer tracker', () => {
    for (const version of ['2', '10']) expect(decodeStored(stored({ version })), version).toEqual({ ok: false, reason: 'it has no valid version number' });
  });
});

describe('a long log saved in parts', () => {
  it(`pauses after each part of ${PART} activities with the share done, and once more before joining them`, () => {
    const doc: CeuDoc = { ...emptyDoc(), activities: Array.from({ length: 2 * PART + 1 }, (_, i) => act(`a${i}`)) };
    const { shares, text } = pauses(doc);
    const n = doc.activities.length;
    expect(shares).toEqual([PART / n, (2 * PART) / n, 1]);
    expect(text).toBe(encodeStored(doc));
  });

  it('saves a log of one part, or none, without a pause', () => {
    for (const count of [0, 1, PART]) {
      const doc: CeuDoc = { ...emptyDoc(), activities: Array.from({ length: count }, (_, i) => act(`a${i}`)) };
      const { shares, text } = pauses(doc);
      expect(shares, String(count)).toEqual([]);
      expect(text).toBe(runNow(encodeStoredInSteps(doc)));
      expect(JSON.parse(text).activities).toHaveLength(count);
    }
  });

  it('with two parts, pauses between them and before the join', () => {
    const doc: CeuDoc = { ...emptyDoc(), activities: Array.from({ length: PART + 1 }, (_, i) => act(`a${i}`)) };
    expect(pauses(doc).shares).toEqual([PART / (PART + 1), 1]);
  });
});
