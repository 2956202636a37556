/**
 * A store's value in a component, re-rendered when it changes. @nanostores/preact's useStore
 * does this with extras the tracker does not use (listening to some keys of a map, which brings
 * nanostores' path helpers along, an SSR fallback, a timer between a change and the render), at
 * about 0.6 kB of the page's JavaScript. The SSR fallback is not needed here: the tracker's
 * stores keep their empty defaults until the island's layout effect reads storage (right after
 * the first render), so the server HTML and the first client render agree; the check below
 * catches that change, which comes before these subscriptions.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

export function useStore<T>($store: ReadableAtom<T>): T {
  const value = $store.get();
  const [, rerender] = useState(0);
  useEffect(() => {
    const update = () => rerender((n) => n + 1);
    // A change between this render and the subscription (another effect ran first).
    if ($store.get() !== value) update();
    return $store.listen(update);
  }, [$store]);
  return value;
}
