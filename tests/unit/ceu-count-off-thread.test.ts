/**
 * A long log counted in a Worker (src/lib/ceu/progress-off-thread.ts and progress-worker.ts) gives
 * the coder exactly the figures and verdicts the page would give, in log order; a count replaced
 * by a newer one is dropped; a Worker that cannot start or fails hands the count back to the page.
 * The Worker runs in-process here: a stand-in Worker class passes messages to the real worker
 * module through a stand-in `self`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeProgress, type EngineInput } from '../../src/lib/ceu/engine.ts';
import type { Rule } from '../../src/lib/ceu/rules.ts';
import { activity, credential, cycleRule, fact, held, pack } from './ceu-fixture.ts';

const total = (ceus: number): Rule => ({ effective: '2000-01-01', basis: 'published', rule: 'total-by-count', table: [{ credentials: 1, orMore: true, ceus: fact(ceus) }] });

function longLog(n: number): EngineInput {
  const activities = Array.from({ length: n }, (_, i) =>
    activity({ date: `2025-0${1 + (i % 9)}-1${i % 9}`, ceus: (i % 4) + 0.5, appliesTo: i % 3 === 0 ? ['nope'] : ['c'] }),
  );
  return {
    packs: [pack('x', [credential('c', 'core')], [cycleRule(2), total(36)]), pack('y', [credential('d', 'core')], [cycleRule(2), total(20)])],
    credentials: [held('c', 'x', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }), held('d', 'y', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' })],
    activities,
    today: '2026-06-01',
  };
}

type Listener = (event: { data: unknown; preventDefault(): void }) => void;

/** Installs a stand-in `self` for the worker module and a Worker class that talks to it. */
async function standIns(options: { failToStart?: boolean; crash?: boolean } = {}) {
  const toWorker: Listener[] = [];
  const fromWorker = new Set<Listener>();
  const errors = new Set<Listener>();
  const started: unknown[] = [];
  vi.stubGlobal('self', {
    addEventListener: (_: string, l: Listener) => toWorker.push(l),
    postMessage: (data: unknown) => setTimeout(() => fromWorker.forEach((l) => l({ data, preventDefault() {} }))),
  });
  class StandIn {
    constructor(url: URL) {
      if (options.failToStart) throw new Error('no workers here');
      started.push(url);
    }
    addEventListener(type: string, l: Listener) {
      (type === 'message' ? fromWorker : errors).add(l);
    }
    removeEventListener(type: string, l: Listener) {
      (type === 'message' ? fromWorker : errors).delete(l);
    }
    postMessage(data: unknown): void {
      if (options.crash) setTimeout(() => errors.forEach((l) => l({ data: undefined, preventDefault() {} })));
      else setTimeout(() => toWorker.forEach((l) => l({ data, preventDefault() {} })));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', StandIn);
  vi.resetModules();
  await import('../../src/lib/ceu/progress-worker.ts');
  const { countOffThread } = await import('../../src/lib/ceu/progress-off-thread.ts');
  return { countOffThread, started };
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('counting a long log in a Worker', () => {
  it('gives the same totals, minimums and verdicts, in log order, as counting on the page', async () => {
    const { countOffThread } = await standIns();
    const input = longLog(6_100);
    const r = await countOffThread(input);
    expect(r).not.toBe('stale');
    expect(r).not.toBe('failed');
    const onPage = computeProgress(input);
    if (typeof r === 'string') throw new Error(r);
    expect(r.progress).toEqual(onPage);
    expect(r.progress[0]!.verdicts).toHaveLength(6_100);
    expect(r.progress[0]!.counted).toBeGreaterThan(0);
  });

  it('drops a count that a newer one replaced, and answers the newer one', async () => {
    const { countOffThread, started } = await standIns();
    const first = countOffThread(longLog(5_200));
    const second = countOffThread(longLog(30));
    expect(await first).toBe('stale');
    const r = await second;
    if (typeof r === 'string') throw new Error(r);
    expect(r.progress[0]!.verdicts).toHaveLength(30);
    expect(started).toHaveLength(1);
  });

  it('hands the count back to the page when no Worker can start, or the Worker fails', async () => {
    expect(await (await standIns({ failToStart: true })).countOffThread(longLog(10))).toBe('failed');
    vi.unstubAllGlobals();
    const crashing = await standIns({ crash: true });
    expect(await crashing.countOffThread(longLog(10))).toBe('failed');
  });

  it('reports a count the engine could not make as failed', async () => {
    const { countOffThread } = await standIns();
    const broken = { ...longLog(10), packs: null } as unknown as EngineInput;
    expect(await countOffThread(broken)).toBe('failed');
  });
});
