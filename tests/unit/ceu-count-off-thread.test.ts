/**
 * A long log counted in a Worker (src/lib/ceu/progress-off-thread.ts and progress-worker.ts) gives
 * the coder exactly the figures and verdicts the page would give, in log order; a count replaced
 * by a newer one is dropped; a Worker that cannot start or fails hands the count back to the page.
 * The Worker runs in-process here: a stand-in Worker class passes messages to the real worker
 * module through a stand-in `self`, as a browser would (an exception in the worker is an 'error'
 * event on the page's Worker; a listener's promise callbacks run before the next listener).
 *
 * No test waits on a clock: a count that can no longer finish (nothing left in flight between the
 * page and the worker for 20 turns of the event loop) ends as 'stuck', so a broken change fails
 * at once instead of hanging (the mutation run reruns these tests for each change).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { computeProgress, type EngineInput, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import { PART } from '../../src/lib/ceu/parts.ts';
import type { ProgressMessage, ProgressRequest } from '../../src/lib/ceu/progress-worker.ts';
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

type Event = { data: unknown; preventDefault(): void };
type Listener = (event: Event) => void;

/** Lets the promise callbacks now pending run, as a browser does after each event listener. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * Installs a stand-in `self` for the worker module and a Worker class that talks to it.
 * `crash`: every Worker ('always') or the first one started ('first') fails on the first message
 * it is posted; `holdReplies`: the worker's messages wait until `release()`.
 */
async function standIns(options: { failToStart?: boolean; crash?: 'always' | 'first'; holdReplies?: boolean } = {}) {
  const inWorker: Listener[] = [];
  /** What the page posted to a Worker, and what the worker module posted back. */
  const sent: ProgressRequest[] = [];
  const posted: ProgressMessage[] = [];
  const workers: StandIn[] = [];
  const pageErrors: unknown[] = [];
  let held: (() => void)[] | undefined = options.holdReplies ? [] : undefined;
  let traffic = 0;

  const live = () => workers.findLast((w) => !w.terminated);
  vi.stubGlobal('self', {
    addEventListener: (type: string, l: Listener) => {
      if (type === 'message') inWorker.push(l);
    },
    postMessage: (data: ProgressMessage) => {
      if (posted.length >= 1_000) throw new Error('the worker posts without end');
      posted.push(data);
      traffic += 1;
      const to = live();
      const deliver = () => {
        traffic += 1;
        void to?.dispatch('message', structuredClone(data));
      };
      if (held) held.push(deliver);
      else setTimeout(deliver);
    },
  });

  class StandIn {
    readonly listeners = { message: new Set<Listener>(), error: new Set<Listener>() };
    terminated = false;
    crashed = false;
    errorsHandled = 0;
    constructor(
      readonly url: URL,
      readonly startedWith?: unknown,
    ) {
      if (options.failToStart) throw new Error('no workers here');
      workers.push(this);
    }
    addEventListener(type: string, l: Listener) {
      if (type === 'message' || type === 'error') this.listeners[type].add(l);
    }
    removeEventListener(type: string, l: Listener) {
      if (type === 'message' || type === 'error') this.listeners[type].delete(l);
    }
    postMessage(data: ProgressRequest): void {
      // A page that sends without end fails here, instead of copying parts for ever.
      if (sent.length >= 1_000) throw new Error('the page sends without end');
      sent.push(data);
      traffic += 1;
      if (options.crash === 'always' || (options.crash === 'first' && this === workers[0])) {
        // A Worker that fails says so once, with an 'error' event; then it takes no more messages.
        if (!this.crashed) queueMicrotask(() => void this.dispatch('error', undefined));
        this.crashed = true;
        return;
      }
      const copy = structuredClone(data);
      setTimeout(() => {
        traffic += 1;
        if (this.terminated) return;
        for (const l of inWorker) {
          try {
            l({ data: copy, preventDefault() {} });
          } catch {
            void this.dispatch('error', undefined);
          }
        }
      });
    }
    terminate() {
      this.terminated = true;
    }
    async dispatch(type: 'message' | 'error', data: unknown) {
      for (const l of [...this.listeners[type]]) {
        try {
          l({
            data,
            preventDefault: () => {
              this.errorsHandled += 1;
            },
          });
        } catch (error) {
          pageErrors.push(error);
        }
        await microtasks();
      }
    }
  }
  vi.stubGlobal('Worker', StandIn);
  vi.resetModules();
  await import('../../src/lib/ceu/progress-worker.ts');
  const { countOffThread } = await import('../../src/lib/ceu/progress-off-thread.ts');

  /** Waits for `p`; 'stuck' once nothing has moved between page and worker for 20 turns. */
  async function settle<T>(p: Promise<T>): Promise<T | 'stuck'> {
    let outcome: { value: T } | { error: unknown } | undefined;
    p.then(
      (value) => void (outcome = { value }),
      (error: unknown) => void (outcome = { error }),
    );
    for (let seen = -1, idle = 0; outcome === undefined; ) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      idle = traffic === seen ? idle + 1 : 0;
      seen = traffic;
      if (idle > 20 && outcome === undefined) return 'stuck';
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
  /** Waits until `done()` holds; false if it never can (nothing moving). */
  async function until(done: () => boolean): Promise<boolean> {
    for (let seen = -1, idle = 0; !done(); ) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      idle = traffic === seen ? idle + 1 : 0;
      seen = traffic;
      if (idle > 20) return false;
    }
    return true;
  }
  /** Delivers the held replies, in order, and every later one at once. */
  function release() {
    const waiting = held ?? [];
    held = undefined;
    for (const deliver of waiting) setTimeout(deliver);
  }
  /** Posts `data` straight to the worker module, as the page's Worker would. */
  function toWorker(data: ProgressRequest) {
    for (const l of inWorker) l({ data: structuredClone(data), preventDefault() {} });
  }
  return { countOffThread, settle, until, release, toWorker, sent, posted, workers, pageErrors };
}

/**
 * Asserts the Worker's progress is the page's. A wrong count fails on the first figure or verdict
 * that differs (a diff of 6,000 verdicts would take seconds to print).
 */
function expectSameProgress(actual: IssuerProgress[], expected: IssuerProgress[]): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual.map((p) => p.issuer)).toEqual(expected.map((p) => p.issuer));
  actual.forEach(({ verdicts, ...figures }, i) => {
    const { verdicts: expectedVerdicts, ...expectedFigures } = expected[i]!;
    expect(figures).toEqual(expectedFigures);
    expect(verdicts.length).toBe(expectedVerdicts.length);
    const at = verdicts.findIndex((v, j) => !isDeepStrictEqual(v, expectedVerdicts[j]));
    if (at >= 0) expect({ at, verdict: verdicts[at] }).toEqual({ at, verdict: expectedVerdicts[at] });
  });
}

/** The answer of a count that should have been answered, or the test fails naming what came. */
function answered(r: unknown) {
  if (typeof r !== 'object' || r === null || !('progress' in r)) throw new Error(`the count was not answered: ${String(r)}`);
  return r.progress as IssuerProgress[];
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('counting a long log in a Worker', () => {
  it('gives the same totals, minimums and verdicts, in log order, as counting on the page', async () => {
    const s = await standIns();
    const input = longLog(6_100);
    const progress = answered(await s.settle(s.countOffThread(input)));
    expectSameProgress(progress, computeProgress(input));
    expect(progress[0]!.verdicts).toHaveLength(6_100);
    expect(progress[0]!.counted).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('gives the page’s figures for an empty log too', async () => {
    const s = await standIns();
    const input = longLog(0);
    const progress = answered(await s.settle(s.countOffThread(input)));
    expectSameProgress(progress, computeProgress(input));
    expect(progress.map((p) => p.verdicts)).toEqual([[], []]);
  });

  it('starts the worker module once, as a module Worker, and keeps it for the next count', async () => {
    const s = await standIns();
    answered(await s.settle(s.countOffThread(longLog(10))));
    answered(await s.settle(s.countOffThread(longLog(20))));
    expect(s.workers).toHaveLength(1);
    expect(s.workers[0]!.url.pathname).toMatch(/\/src\/lib\/ceu\/progress-worker\.ts$/);
    expect(s.workers[0]!.startedWith).toEqual({ type: 'module' });
  });

  it('sends the log in parts of at most PART activities, each once and in order, and gets the verdicts back in such parts', async () => {
    const s = await standIns();
    const input = longLog(2 * PART);
    const progress = answered(await s.settle(s.countOffThread(input)));
    expectSameProgress(progress, computeProgress(input));
    // The page: first everything but the activities, with how many there are; then the parts.
    const [first, ...parts] = s.sent;
    expect(first && 'start' in first && first.start).toEqual({ packs: input.packs, credentials: input.credentials, today: input.today, total: 2 * PART });
    expect(parts.map((m) => ('activities' in m ? m.activities.length : 'not a part'))).toEqual([PART, PART]);
    expect(parts.flatMap((m) => ('activities' in m ? m.activities.map((a) => a.id) : []))).toEqual(input.activities.map((a) => a.id));
    // The worker: each issuer's verdicts in parts, then the figures with the verdicts left empty.
    expect(s.posted.map((m) => ('issuer' in m ? `${m.issuer}:${m.verdicts.length}` : 'progress' in m ? `figures:${m.progress.map((p) => p.verdicts.length).join(',')}` : 'error'))).toEqual([
      `0:${PART}`,
      `0:${PART}`,
      `1:${PART}`,
      `1:${PART}`,
      'figures:0,0',
    ]);
    // Every message of this count carries its job.
    const job = first!.job;
    expect([...s.sent, ...s.posted].every((m) => m.job === job)).toBe(true);
  });

  it('leaves no listener on the Worker once a count is answered, dropped or failed', async () => {
    const s = await standIns();
    answered(await s.settle(s.countOffThread(longLog(10))));
    const replaced = s.countOffThread(longLog(3 * PART));
    const newer = s.countOffThread(longLog(10));
    expect(await s.settle(replaced)).toBe('stale');
    answered(await s.settle(newer));
    expect([s.workers[0]!.listeners.message.size, s.workers[0]!.listeners.error.size]).toEqual([0, 0]);
    const crashing = await standIns({ crash: 'always' });
    expect(await crashing.settle(crashing.countOffThread(longLog(10)))).toBe('failed');
    expect([crashing.workers[0]!.listeners.message.size, crashing.workers[0]!.listeners.error.size]).toEqual([0, 0]);
  });
});

describe('a count replaced by a newer one', () => {
  it('is dropped, stops sending its log, and the newer one is answered', async () => {
    const s = await standIns();
    const first = s.countOffThread(longLog(5_200));
    const second = s.countOffThread(longLog(30));
    expect(await s.settle(first)).toBe('stale');
    const progress = answered(await s.settle(second));
    expect(progress[0]!.verdicts).toHaveLength(30);
    expect(s.workers).toHaveLength(1);
    // The replaced count sent only its start: none of its 5,200 activities went over.
    const firstJob = s.sent[0]!.job;
    expect(s.sent.filter((m) => m.job === firstJob).map((m) => ('start' in m ? 'start' : 'part'))).toEqual(['start']);
  });

  it('is dropped even when the Worker had already counted it, and its answer does not become the newer count’s', async () => {
    const s = await standIns({ holdReplies: true });
    const first = s.countOffThread(longLog(10));
    expect(await s.until(() => s.posted.some((m) => 'progress' in m))).toBe(true);
    const newerInput = longLog(20);
    const second = s.countOffThread(newerInput);
    s.release();
    expect(await s.settle(first)).toBe('stale');
    expectSameProgress(answered(await s.settle(second)), computeProgress(newerInput));
  });
});

describe('the worker module on its own', () => {
  const { activities, ...rest } = longLog(3);

  it('counts the job it was last told to start, and ignores the parts of a job it replaced', async () => {
    const s = await standIns();
    s.toWorker({ job: 7, start: { ...rest, total: 2 } });
    s.toWorker({ job: 8, start: { ...rest, total: 1 } });
    s.toWorker({ job: 7, activities: [activities[0]!] });
    expect(s.posted).toEqual([]);
    s.toWorker({ job: 8, activities: [activities[1]!] });
    const figures = s.posted.find((m) => 'progress' in m);
    expect(figures?.job).toBe(8);
    expect(s.posted.filter((m) => 'issuer' in m).map((m) => ('issuer' in m ? m.verdicts.map((v) => v.id) : []))).toEqual([[activities[1]!.id], [activities[1]!.id]]);
  });

  it('ignores a part that comes after its job was counted', async () => {
    const s = await standIns();
    s.toWorker({ job: 3, start: { ...rest, total: 1 } });
    s.toWorker({ job: 3, activities: [activities[0]!] });
    const count = s.posted.length;
    expect(count).toBe(3);
    expect(() => s.toWorker({ job: 3, activities: [activities[1]!] })).not.toThrow();
    expect(s.posted).toHaveLength(count);
  });
});

describe('a count the Worker cannot make', () => {
  it('is handed back to the page when no Worker can start', async () => {
    const s = await standIns({ failToStart: true });
    expect(await s.settle(s.countOffThread(longLog(10)))).toBe('failed');
  });

  it('is handed back to the page when the Worker fails: the error is handled, the Worker ended, and no more of the log is sent', async () => {
    const s = await standIns({ crash: 'always' });
    expect(await s.settle(s.countOffThread(longLog(10)))).toBe('failed');
    expect(s.workers[0]!.errorsHandled).toBe(1);
    expect(s.workers[0]!.terminated).toBe(true);
    expect(s.sent.map((m) => ('start' in m ? 'start' : 'part'))).toEqual(['start']);
  });

  it('is handed back to the page when the engine could not count it', async () => {
    const s = await standIns();
    const broken = { ...longLog(10), packs: null } as unknown as EngineInput;
    expect(await s.settle(s.countOffThread(broken))).toBe('failed');
    expect(s.posted).toEqual([{ job: s.sent[0]!.job, error: expect.stringContaining('TypeError') }]);
  });

  it('does not stop the next count: a new Worker is started and answers', async () => {
    const s = await standIns({ crash: 'first' });
    expect(await s.settle(s.countOffThread(longLog(10)))).toBe('failed');
    const input = longLog(10);
    expectSameProgress(answered(await s.settle(s.countOffThread(input))), computeProgress(input));
    expect(s.workers).toHaveLength(2);
  });

  it('a late error of the failed Worker does not drop the new Worker that replaced it', async () => {
    const s = await standIns({ crash: 'first' });
    const a = s.countOffThread(longLog(10));
    const b = s.countOffThread(longLog(10));
    // The page counts again as soon as the first count is handed back, before the failed
    // Worker's error has reached the second count.
    const again = a.then(() => s.countOffThread(longLog(10)));
    expect(await s.settle(a)).toBe('failed');
    expect(await s.settle(b)).toBe('failed');
    answered(await s.settle(again));
    answered(await s.settle(s.countOffThread(longLog(10))));
    expect(s.workers).toHaveLength(2);
  });
});
