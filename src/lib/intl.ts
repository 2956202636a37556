/**
 * An Intl formatter made on first use. Creating one loads locale data, which costs a page
 * several milliseconds at startup (four of them showed as a long task on /compare/ under
 * Lighthouse's CPU throttling) even when nothing is formatted until the reader acts.
 */
export function lazyFormat<F>(make: () => F): () => F {
  let made: F | undefined;
  return () => (made ??= make());
}
