/**
 * Loads the search code once (search, and the "Save all guides" control), from the stable address
 * the build writes (scripts/build.mjs): a script element, not import(), so every page's inline
 * script stays free of Vite's import helper.
 */
let loaded = false;
export function loadSearchCode(): void {
  if (loaded) return;
  loaded = true;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/code.js`;
  document.head.append(script);
}
