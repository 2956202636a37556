/**
 * Long work in parts. A log of 100,000 activities (a 10 MB import) takes the page well over a
 * frame to stamp, merge or encode; done in one go it freezes the page for a second or more. Such
 * work is written once, as a generator that yields after each part of at most PART records (the
 * value it yields, when a number, is the share done so far, 0 to 1), and run either at once
 * (`runNow`: short documents, and the places that must finish before the page goes away) or with
 * a pause between parts (`runInParts`), in which the page handles input and paints.
 */

/** Records per part: 2,500 activities are stamped, merged or encoded in a few milliseconds. */
export const PART = 2500;

/** A generator of work in parts: yields between parts (the share done, or nothing), returns the result. */
export type Steps<R> = Generator<number | void, R, void>;

/**
 * Lets the page handle input and paint: `scheduler.yield()` where the browser has it, else a
 * message to itself (unlike a timer, not slowed down in a tab in the background).
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** Runs the work at once. */
export function runNow<R>(steps: Steps<R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the work with a pause between parts, telling `onProgress` the share done. */
export async function runInParts<R>(steps: Steps<R>, onProgress?: (done: number) => void, wait: () => Promise<void> = pause): Promise<R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (typeof step.value === 'number') onProgress?.(step.value);
    await wait();
  }
}
