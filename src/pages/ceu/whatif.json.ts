/**
 * What the CEU tracker's "What if I add…" needs beyond the rule packs: per credential its exam
 * price, pay figures and typical preparation (the roadmap's exam step), per issuer its dues.
 * Fetched when the reader first opens the what-if, so none of it weighs on the page's start-up
 * (and precached with the other JSON for offline use).
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import type { Fact } from '../../lib/facts.ts';
import type { WhatIfData } from '../../lib/ceu/whatif.ts';

export const GET: APIRoute = async () => {
  const { credentials, issuers, steps } = await loadCatalog();
  const exams = steps.filter((s) => s.data.kind === 'exam');
  const prepFor = (id: string): Fact | null => {
    const step = exams.find((s) => s.id === `${id}-exam`) ?? exams.find((s) => s.data.unlocks.credentials.includes(id));
    const d = step?.data.duration;
    return d === undefined || d === 'none' ? null : (d as Fact);
  };
  const body: WhatIfData = {
    credentials: credentials.map((c) => ({
      id: c.id,
      abbreviation: c.data.abbreviation,
      issuer: c.data.issuer.id,
      exam: c.data.costs.exam as Fact,
      pay: c.data.pay.map((p) => ({ label: p.label, fact: p.fact as Fact })),
      prep: prepFor(c.id),
    })),
    issuers: [...issuers.values()].map((i) => ({
      id: i.id,
      dues: i.data.membershipFee as Fact,
      duesRequired: i.data.membershipRequired as Fact<boolean>,
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
