/**
 * The search panel's behaviour, loaded only when the reader reaches for search: runs Pagefind
 * (the index built with the site, so it works offline too) as the reader types, lists results,
 * and on the search page keeps the address (?q=) in step. Arrow keys move between the box and
 * the results. Offline, a guide that is not saved yet is listed by its title and says so.
 */
import {
  abbreviationFirst,
  excerptParts,
  mergeResults,
  queryVariants,
  readSearchState,
  SEARCH_FILTERS,
  SEARCH_RANKING,
  writeSearchState,
  type SearchState,
} from '../lib/search.ts';
import { isSaved, titleOf } from './offline-library.ts';
import './save-guides.ts';
import { offlineUi } from '../i18n/offline.en.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; abbr?: string };
  /** Set here: the page is not saved and the network is off. */
  unsaved?: boolean;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface Labels {
  loading: string;
  results: string;
  one: string;
  none: string;
  failed: string;
  prompt: string;
  unsaved: string;
  saveLater: string;
}

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind and its index entry once; called when the reader focuses a search box. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, ranking: SEARCH_RANKING });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Results shown at most; the first few are fetched first so the list appears sooner. */
const MAX_RESULTS = 20;
const FIRST_BATCH = 5;
/** Fewer results than this and the query's variants (synonyms, no filler words) run too. */
const FEW = 5;
/** Searches remembered (results only: the index does not change while the page is open). */
const RECENT = 50;
const recent = new Map<string, PagefindResult[]>();

class SiteSearch extends HTMLElement {
  #run = 0;
  #busy = false;
  #again = false;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const status = this.querySelector<HTMLElement>('[role=status]');
    const list = this.querySelector<HTMLOListElement>('ol');
    if (!form || !input || !status || !list) return;
    const base = this.dataset['base'] ?? '/';
    const labels: Labels = { ...(JSON.parse(this.dataset['labels'] ?? '{}') as Labels), unsaved: offlineUi.unsaved, saveLater: offlineUi.saveLater };
    const syncUrl = this.hasAttribute('data-sync-url');
    const warm = () => void loadPagefind(base).catch(() => undefined);
    input.addEventListener('focus', warm);
    if (document.activeElement === input) warm();

    const state = (): SearchState => {
      const data = new FormData(form);
      const filters: SearchState['filters'] = {};
      for (const name of SEARCH_FILTERS) {
        const v = String(data.get(name) ?? '');
        if (v) filters[name] = v;
      }
      return { query: input.value, filters };
    };

    const search = async (pf: Pagefind, query: string, filters: Record<string, string>) => {
      // Readers retype and backspace: a query seen before answers from memory (a word found on
      // every page costs Pagefind the most, and it is the same work each time).
      const key = JSON.stringify([query.toLowerCase(), filters]);
      const known = recent.get(key);
      if (known) return known;
      let found = (await pf.search(query || null, { filters })).results;
      if (query && found.length < FEW) {
        const more = await Promise.all(queryVariants(query).map((v) => pf.search(v, { filters })));
        found = mergeResults([found, ...more.map((m) => m.results)]);
      }
      recent.set(key, found);
      if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
      return found;
    };

    const run = async () => {
      // One search at a time; keystrokes that arrive meanwhile collapse into one more run.
      if (this.#busy) {
        this.#again = true;
        return;
      }
      this.#busy = true;
      try {
        do {
          this.#again = false;
          await this.#search(state(), { pf: () => loadPagefind(base), search, list, status, labels, syncUrl, base });
        } while (this.#again);
      } finally {
        this.#busy = false;
      }
    };

    form.addEventListener('input', () => void run());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    this.addEventListener('keydown', (e) => moveFocus(e, input, list));

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

  async #search(
    current: SearchState,
    ctx: {
      pf: () => Promise<Pagefind>;
      search: (pf: Pagefind, q: string, f: Record<string, string>) => Promise<PagefindResult[]>;
      list: HTMLOListElement;
      status: HTMLElement;
      labels: Labels;
      syncUrl: boolean;
      base: string;
    },
  ) {
    const { list, status, labels } = ctx;
    const id = ++this.#run;
    if (ctx.syncUrl) history.replaceState(null, '', `${location.pathname}${writeSearchState(current)}`);
    const query = current.query.trim();
    if (!query && Object.keys(current.filters).length === 0) {
      list.replaceChildren();
      status.textContent = labels.prompt;
      return;
    }
    status.textContent = labels.loading;
    try {
      const found = await ctx.search(await ctx.pf(), query, current.filters as Record<string, string>);
      const top = found.slice(0, MAX_RESULTS);
      const first = abbreviationFirst(query, await Promise.all(top.slice(0, FIRST_BATCH).map((r) => dataOf(r, ctx.base))));
      if (id !== this.#run) return;
      list.replaceChildren(...first.map((d) => resultItem(d, labels)));
      const n = found.length;
      status.textContent = n === 0 ? labels.none : n === 1 ? labels.one : labels.results.replace('{n}', String(n));
      if (first.some((d) => d.unsaved)) this.#offerSave(status, labels);
      // The rest arrive after the first results are on screen, and never hold up the next query.
      void Promise.all(top.slice(FIRST_BATCH).map((r) => dataOf(r, ctx.base)))
        .then((rest) => {
          if (id !== this.#run) return;
          list.append(...rest.map((d) => resultItem(d, labels)));
          if (rest.some((d) => d.unsaved)) this.#offerSave(status, labels);
        })
        .catch(() => undefined);
    } catch {
      status.textContent = labels.failed;
    }
  }

  /** Offline with guides not saved: offer to save them all once the connection is back. */
  #offerSave(status: HTMLElement, labels: Labels) {
    if (this.querySelector('save-guides, [data-save-later]')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['saveLater'] = '';
    button.textContent = labels.saveLater;
    button.addEventListener('click', () => {
      const saver = document.createElement('save-guides');
      saver.dataset['when'] = 'online';
      button.replaceWith(saver);
    });
    status.after(button);
  }
}

/** A result's data; offline, a page not saved yet is known by its title only. */
async function dataOf(r: PagefindResult, base: string): Promise<PagefindData> {
  let data: PagefindData;
  try {
    data = await r.data();
  } catch {
    const known = await titleOf(base, r.id);
    if (!known) throw new Error(`no data for ${r.id}`);
    return { url: known.url, excerpt: '', meta: { title: known.title }, unsaved: true };
  }
  if (!navigator.onLine && !(await isSaved(base, data.url))) data.unsaved = true;
  return data;
}

/** ArrowDown/ArrowUp from the box through the result links and back; Home/End in the list. */
function moveFocus(e: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement) {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (links.length === 0 || (at < 0 && document.activeElement !== input)) return;
  if (at < 0 && (e.key === 'Home' || e.key === 'End')) return; // in the box they move the caret
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
  e.preventDefault();
  (next < 0 ? input : links[next])?.focus();
}

function resultItem(r: PagefindData, labels: Labels): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  li.append(a);
  if (r.unsaved) {
    const note = document.createElement('p');
    note.className = 'search-unsaved';
    note.textContent = labels.unsaved;
    li.append(note);
  }
  if (r.excerpt) {
    const p = document.createElement('p');
    for (const part of excerptParts(r.excerpt)) {
      const node = part.mark ? document.createElement('mark') : document.createTextNode(part.text);
      if (part.mark) node.textContent = part.text;
      p.append(node);
    }
    li.append(p);
  }
  return li;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
