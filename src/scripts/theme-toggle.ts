/** The header's <theme-toggle> (src/components/ThemeToggle.astro); loaded by src/layouts/Base.astro. */
/** A pressed/unpressed "Dark theme" button; the choice is remembered, the system decides until then. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const current = () => document.documentElement.dataset['theme'] ?? (dark.matches ? 'dark' : 'light');
    const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    show();
    dark.addEventListener('change', show);
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      // The key comes from the markup, so this module imports nothing.
      const key = this.dataset['key'];
      try {
        if (key) localStorage.setItem(key, next);
      } catch {
        // Private mode or full storage: the theme still applies to this page.
      }
      show();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
