/** The footer's <offline-status> (src/components/ServiceWorker.astro); loaded by src/layouts/Base.astro. */
import { loadSearchCode } from './load-search-code.ts';

class OfflineStatus extends HTMLElement {
  connectedCallback() {
    // `astro dev` has no /sw.js; only the production build generates one.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const status = this.querySelector('p')!;
    const [update, save] = this.querySelectorAll('button');
    const offerUpdate = (worker: ServiceWorker) => {
      status.textContent = this.dataset['waiting']!;
      update!.hidden = false;
      update!.onclick = () => {
        // Pages with unsaved work (the CEU tracker) may save it first, or cancel the update.
        if (!dispatchEvent(new Event('ccp:before-update', { cancelable: true }))) return;
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    save!.onclick = () => {
      // The save control is part of the search code: loaded now, then it takes over below the button.
      if (save!.getAttribute('aria-expanded') === 'true') return;
      save!.setAttribute('aria-expanded', 'true');
      save!.after(document.createElement('save-guides'));
      loadSearchCode();
    };
    void navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
          });
        });
        return navigator.serviceWorker.ready;
      })
      .then((registration) => {
        if (registration.waiting) return;
        status.textContent = this.dataset['ready']!;
        save!.hidden = false;
      })
      .catch(() => {
        // No service worker (private mode, blocked): the site still works online; say nothing.
      });
  }
}
customElements.define('offline-status', OfflineStatus);
