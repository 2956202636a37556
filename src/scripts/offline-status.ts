/** The footer's <offline-status> (src/components/ServiceWorker.astro); loaded by src/layouts/Base.astro. */
import { loadSearchCode } from './load-search-code.ts';

class OfflineStatus extends HTMLElement {
  connectedCallback() {
    const sw = navigator.serviceWorker;
    // `astro dev` has no /sw.js; only the production build generates one.
    if (!import.meta.env.PROD || !sw) return;
    // The markup: a status line, "Reload to update", "Save all guides for offline" (both hidden at first).
    const [status, update, save] = this.children as unknown as [HTMLElement, HTMLButtonElement, HTMLButtonElement];
    const say = (key: string) => (status.textContent = this.dataset[key]!);
    const offerUpdate = (worker: ServiceWorker) => {
      say('waiting');
      update.hidden = false;
      update.onclick = () => {
        // Pages with unsaved work (the CEU tracker) may save it first, or cancel the update.
        if (!dispatchEvent(new Event('ccp:before-update', { cancelable: true }))) return;
        sw.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    save.onclick = () => {
      // The save control is part of the search code: loaded now, then it takes over below the button.
      if (save.ariaExpanded === 'true') return;
      save.ariaExpanded = 'true';
      save.after(document.createElement('save-guides'));
      loadSearchCode();
    };
    sw.register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        if (registration.waiting && sw.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && sw.controller) offerUpdate(installing);
          });
        });
        return sw.ready;
      })
      .then((registration) => {
        if (registration.waiting) return;
        say('ready');
        save.hidden = false;
      })
      .catch(() => {
        // No service worker (private mode, blocked): the site still works online; say nothing.
      });
  }
}
customElements.define('offline-status', OfflineStatus);
