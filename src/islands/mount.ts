/**
 * Hydrates an island rendered by src/components/Island.astro: reads its props, hydrates the
 * server's HTML with the component, and marks the element hydrated (`data-ssr` goes), which is
 * what the browser tests wait for.
 */
import { h, hydrate, type Attributes, type ComponentType } from 'preact';

export function mount<P extends object>(Component: ComponentType<P>, id: string): void {
  const root = document.getElementById(id);
  const data = document.getElementById(`${id}-props`);
  if (!root || !data) throw new Error(`island "${id}": its element or its props are missing from the page`);
  const props = JSON.parse(data.textContent ?? '') as P & Attributes;
  hydrate(h(Component, props), root);
  root.removeAttribute('data-ssr');
}
