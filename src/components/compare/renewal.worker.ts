/**
 * The comparer's CEU engine, in a worker: Vite bundles a worker on its own, so the engine comes
 * with it and /compare/ loads none of the tracker's files (nor splits them, which would cost /ceu/
 * bytes). Answers "what does holding these credentials ask at renewal" for the comparer's store.
 */
import { needsFrom, type RenewalRules } from '../../lib/compare/needs.ts';

interface Question {
  id: number;
  rules: RenewalRules;
  requests: { issuer: string; ids: string[] }[];
}

globalThis.addEventListener('message', (event: MessageEvent<Question>) => {
  const { id, rules, requests } = event.data;
  const needsOf = needsFrom(rules);
  globalThis.postMessage({ id, answers: requests.map((r) => needsOf(r.issuer, r.ids)) });
});
