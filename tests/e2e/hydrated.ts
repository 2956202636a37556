import type { Page } from '@playwright/test';

/**
 * Waits until the page's island has hydrated: src/islands/mount.ts drops `data-ssr` from the
 * island's element once Preact has taken over the server's HTML. Before that, controls are
 * visible but do nothing, so a test that clicks then would test nothing.
 */
export const hydrated = (page: Page) => page.locator('[data-island]:not([data-ssr])').first().waitFor({ state: 'attached' });
