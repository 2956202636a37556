/**
 * The search panel's behaviour, loaded only when the reader reaches for search: runs Pagefind
 * (the index built with the site, so it works offline too) as the reader types, lists results,
 * and on the search page keeps the address (?q=) in step.
 */
import { excerptParts, readSearchState, SEARCH_FILTERS, writeSearchState, type SearchState } from '../lib/search.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}
interface Labels {
  loading: string;
  results: string;
  one: string;
  none: string;
  failed: string;
  prompt: string;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  });
  return pagefind;
}

const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  #run = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const status = this.querySelector<HTMLElement>('[role=status]');
    const list = this.querySelector<HTMLOListElement>('ol');
    if (!form || !input || !status || !list) return;
    const base = this.dataset['base'] ?? '/';
    const labels = JSON.parse(this.dataset['labels'] ?? '{}') as Labels;
    const syncUrl = this.hasAttribute('data-sync-url');

    const state = (): SearchState => {
      const data = new FormData(form);
      const filters: SearchState['filters'] = {};
      for (const name of SEARCH_FILTERS) {
        const v = String(data.get(name) ?? '');
        if (v) filters[name] = v;
      }
      return { query: input.value, filters };
    };

    const run = async () => {
      const current = state();
      const id = ++this.#run;
      if (syncUrl) history.replaceState(null, '', `${location.pathname}${writeSearchState(current)}`);
      const hasFilters = Object.keys(current.filters).length > 0;
      if (!current.query.trim() && !hasFilters) {
        list.replaceChildren();
        status.textContent = labels.prompt;
        return;
      }
      status.textContent = labels.loading;
      try {
        const pf = await loadPagefind(base);
        // No debounce: a warm index answers within a frame or two, and a newer keystroke simply
        // supersedes this run (its results are dropped below).
        const found = await pf.search(current.query.trim() || null, { filters: current.filters as Record<string, string> });
        if (id !== this.#run) return;
        const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
        if (id !== this.#run) return;
        list.replaceChildren(...data.map(resultItem));
        const n = found.results.length;
        status.textContent = n === 0 ? labels.none : n === 1 ? labels.one : labels.results.replace('{n}', String(n));
      } catch {
        status.textContent = labels.failed;
      }
    };

    form.addEventListener('input', () => void run());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });

    if (syncUrl) {
      const initial = readSearchState(location.search);
      input.value = initial.query;
      for (const [name, value] of Object.entries(initial.filters)) {
        const select = form.elements.namedItem(name) as HTMLSelectElement | null;
        if (select) select.value = value;
      }
    }
    void run();
  }
}

function resultItem(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const p = document.createElement('p');
  for (const part of excerptParts(r.excerpt)) {
    const node = part.mark ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.mark) node.textContent = part.text;
    p.append(node);
  }
  li.append(a, p);
  return li;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
