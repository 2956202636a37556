/**
 * Vitest setup for mutation runs only (vitest.stryker.config.ts). Stryker activates a static
 * mutant (one in a module-level constant or table) when the module is loaded; with `isolate: false`
 * the worker keeps its module cache from run to run, so a static mutant would never be loaded and
 * always "survive". This drops the module cache at the start of a static mutant's run, and at the
 * start of the next run (whose modules must not keep that mutant), so each loads what it tests.
 */
import { inject, vi } from 'vitest';

const state = globalThis as { __modulesLoadedForMutant?: unknown };
const wanted = inject('mode' as never) === 'mutant' && inject('mutantActivation' as never) === 'static' ? inject('activeMutant' as never) : undefined;
if (state.__modulesLoadedForMutant !== wanted) {
  vi.resetModules();
  state.__modulesLoadedForMutant = wanted;
}
