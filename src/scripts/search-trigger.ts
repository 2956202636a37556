/** The header's <search-trigger> (src/components/search/SearchTrigger.astro); loaded by src/layouts/Base.astro. */
import { isSearchShortcut } from '../lib/search-shortcut.ts';
import { loadSearchCode } from './load-search-code.ts';

const inTextField = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement | null)?.isContentEditable === true;

class SearchTrigger extends HTMLElement {
  connectedCallback() {
    const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
    const link = this.querySelector('a');
    if (!dialog || !link) return;
    const pageInput = document.querySelector<HTMLInputElement>('main site-search input[type=search]');
    let returnTo: HTMLElement | null = null;
    const open = () => {
      // On the search page itself, the page's own box is the search.
      if (pageInput) return pageInput.focus();
      returnTo = document.activeElement as HTMLElement | null;
      loadSearchCode();
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    };
    dialog.addEventListener('close', () => (returnTo ?? link).focus());
    // A search box swallows the first Escape to clear itself; here Escape always closes.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog || (e.target as Element).closest('[data-close]')) dialog.close();
    });
    link.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      open();
    });
    document.addEventListener('keydown', (e) => {
      if (dialog.open || !isSearchShortcut(e, inTextField(document.activeElement))) return;
      e.preventDefault();
      open();
    });
  }
}
customElements.define('search-trigger', SearchTrigger);
