/** The footer's <offline-status> (src/components/ServiceWorker.astro); loaded by src/layouts/Base.astro. */
class OfflineStatus extends HTMLElement {
  connectedCallback() {
    // `astro dev` has no /sw.js; only the production build generates one.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const status = this.querySelector('p');
    if (!status) return;
    const say = (text: string, action?: () => void) => {
      status.textContent = text;
      if (!action) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.dataset['reload'] ?? '';
      button.addEventListener('click', action);
      status.append(' ', button);
    };
    const offerUpdate = (worker: ServiceWorker) =>
      say(this.dataset['waiting'] ?? '', () => {
        // Everything a reader enters is already saved in the browser, so reloading loses nothing.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      });
    void navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state !== 'installed') return;
            if (navigator.serviceWorker.controller) offerUpdate(installing);
          });
        });
        return navigator.serviceWorker.ready;
      })
      .then((registration) => {
        if (!registration.waiting) say(this.dataset['ready'] ?? '');
      })
      .catch(() => {
        // No service worker (private mode, blocked): the site still works online; say nothing.
      });
  }
}
customElements.define('offline-status', OfflineStatus);
