/**
 * Between two parts of a long job (src/lib/ceu/parts.ts) the page really gets its turn: the pause
 * is the browser's `scheduler.yield()` where there is one, else a message the page posts to itself
 * (its channel closed once used), else a zero-delay timer; it never just lets the job run on. The
 * share done reaches the progress bar only when a part tells it. Every stand-in here is restored
 * after its test, and no test waits on a real timer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pause, runInParts, type Steps } from '../../src/lib/ceu/parts.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets every pending promise callback run (and nothing else: no timer, no message). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Whether `p` has resolved (or failed) once the promise callbacks now pending have run. */
function watch(p: Promise<unknown>): { readonly done: boolean; readonly failed: boolean } {
  const state = { done: false, failed: false };
  p.then(
    () => void (state.done = true),
    () => void (state.failed = true),
  );
  return state;
}

/** A stand-in MessageChannel: keeps what was posted until the test delivers it. */
function fakeChannels() {
  const made: { posted: unknown[]; closed: number; deliver(): void }[] = [];
  class FakeChannel {
    readonly record = { posted: [] as unknown[], closed: 0, deliver: () => this.port1.onmessage?.() };
    readonly port1 = { onmessage: null as null | (() => void), close: () => void (this.record.closed += 1) };
    readonly port2 = { postMessage: (m: unknown) => void this.record.posted.push(m) };
    constructor() {
      made.push(this.record);
    }
  }
  vi.stubGlobal('MessageChannel', FakeChannel);
  return made;
}

describe('the pause between two parts of a long job', () => {
  it("is the browser's scheduler.yield() where the browser has it", async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToPage });
    const channels = fakeChannels();
    await pause();
    expect(yieldToPage).toHaveBeenCalledTimes(1);
    expect(channels).toHaveLength(0);
  });

  it('is otherwise a message the page posts to itself: the job goes on only once the message has come, and the channel is closed', async () => {
    vi.stubGlobal('scheduler', { postTask: () => undefined });
    const channels = fakeChannels();
    const paused = watch(pause());
    await settle();
    expect(channels).toHaveLength(1);
    expect(channels[0]!.posted).toHaveLength(1);
    expect(paused.done).toBe(false);
    channels[0]!.deliver();
    await settle();
    expect(paused).toEqual({ done: true, failed: false });
    expect(channels[0]!.closed).toBe(1);
  });

  it('is a zero-delay timer where there is no MessageChannel either: the job goes on only once the timer has fired', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.stubGlobal('MessageChannel', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const paused = watch(pause());
    await settle();
    expect(paused.done).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(0);
    await settle();
    expect(paused).toEqual({ done: true, failed: false });
  });
});

describe('runInParts', () => {
  it('tells the progress bar only the shares a part gives, and pauses after every part', async () => {
    function* job(): Steps<string> {
      yield;
      yield 0.5;
      yield;
      yield 1;
      return 'all done';
    }
    const shares: number[] = [];
    let pauses = 0;
    const result = await runInParts(job(), (share) => shares.push(share), () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(result).toBe('all done');
    expect(shares).toEqual([0.5, 1]);
    expect(pauses).toBe(4);
  });
});
