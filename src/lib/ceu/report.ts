/** The audit report's figures: per credential, CEUs claimed and CEUs that count this cycle. */
import type { IssuerProgress } from './engine.ts';
import type { Activity } from './types.ts';

export interface CredentialTotal {
  credential: string;
  claimed: number;
  counted: number;
}

/** Totals for each held credential, in the order of `progress`; sums in hundredths. */
export function totalsPerCredential(activities: readonly Activity[], progress: readonly IssuerProgress[]): CredentialTotal[] {
  return progress.flatMap((p) => {
    const counts = new Map(p.verdicts.map((v) => [v.id, v.counts]));
    return p.credentials.map((credential) => {
      let claimed = 0;
      let counted = 0;
      for (const a of activities) {
        if (!a.appliesTo.includes(credential)) continue;
        claimed += Math.round(a.ceus * 100);
        if (counts.get(a.id)) counted += Math.round(a.ceus * 100);
      }
      return { credential, claimed: claimed / 100, counted: counted / 100 };
    });
  });
}
