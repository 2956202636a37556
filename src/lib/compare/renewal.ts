/**
 * The row "Renewal if you hold these together": for each issuer, what the CEU tracker's rules
 * engine asks of a reader who holds exactly the compared credentials of that issuer (./needs.ts):
 * the total for the cycle and the category minimums inside it. Each column shows its issuer's
 * total, the credential's own minimums and the issuer's shares of the total, so credentials of
 * one issuer held together show the same total, and a column of another issuer its own.
 *
 * The figures come in through `needsOf`, so this file does not load the engine: the pair pages
 * pass answers worked out at build time, the comparer island those of its worker. Both use the
 * rules in force on the build's day, so they cannot disagree.
 */
import { formatFact, formatValue, type Confidence, type Fact, type KnownFact } from '../facts.ts';
import { dataWords } from '../../i18n/data.en.ts';
import { compareLabels } from '../../i18n/compare.en.ts';
import type { DraftCell } from './cells.ts';
import type { IssuerNeeds, NeedsOf } from './needs.ts';
import type { CellItem } from './types.ts';

const t = compareLabels.together;

/** A compared credential, as this row needs it. */
export interface RenewalSubject {
  id: string;
  abbreviation: string;
  /** Issuer id, as the credential's page gives it (the tracker groups by the same). */
  issuer: string;
}

/** The credential ids of each issuer among `chosen`: the sets whose figures the row needs. */
export function heldSets(chosen: readonly RenewalSubject[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const c of chosen) sets.set(c.issuer, [...new Set([...(sets.get(c.issuer) ?? []), c.id])]);
  return sets;
}

/** One cell per subject, in the order given; the cells do not depend on that order. */
export function renewalTogetherCells(chosen: readonly RenewalSubject[], needsOf: NeedsOf): DraftCell[] {
  const sets = heldSets(chosen);
  return chosen.map((c) => {
    const answer = needsOf(c.issuer, sets.get(c.issuer)!);
    if (answer === undefined) return { text: t.working, items: [{ text: t.working }], known: true, same: 'pending' };
    if (answer === null) return unknownCell(t.noPack);
    // One name per credential id (the same id twice is held once).
    const abbreviations = new Map(chosen.filter((x) => x.issuer === c.issuer).map((x) => [x.id, x.abbreviation]));
    return cellFor(c, answer, abbreviations);
  });
}

function cellFor(c: RenewalSubject, p: IssuerNeeds, abbreviations: ReadonlyMap<string, string>): DraftCell {
  const names = [...abbreviations.values()].sort();
  const total = p.required.ceus;
  const label = names.length === 1 ? t.totalAlone.replace('{name}', names[0]!) : t.totalFor.replace('{names}', names.join(' + '));
  const totalFact: Fact = total === null ? { kind: 'unknown', reason: p.required.unknownReason ?? t.noTotal } : derived(total, p.required.facts);
  const items: CellItem[] = [{ label, text: formatFact(totalFact), fact: totalFact }];
  const same: unknown[] = [c.issuer, total ?? '?'];

  // Why the total is not higher: a held credential another one replaces (the RHIT beside the
  // RHIA) adds nothing, in the issuer's words cited.
  for (const r of p.replaced) {
    const [old, by] = [abbreviations.get(r.credential) ?? r.credential, abbreviations.get(r.by) ?? r.by];
    items.push({ text: t.replaced.replaceAll('{old}', old).replaceAll('{by}', by), fact: r.statement });
    same.push(['replaced', r.credential, r.by]);
  }

  for (const m of p.minimums) {
    if (m.kind === 'credential' && m.credential !== c.id) continue;
    const known = m.fact.kind === 'fact';
    if (m.kind === 'credential') {
      items.push({ label: t.minimum[m.category], text: known ? formatValue(m.required, 'ceus') : formatFact(m.fact), fact: m.fact });
      same.push(['min', m.category, known ? m.required : '?']);
    } else {
      const text = known && total !== null ? formatValue(m.required, 'ceus') : `${formatFact(m.fact)} ${t.ofTotal}`;
      items.push({ label: `${t.share[m.category]} (${formatFact(m.fact)})`, text, fact: m.fact });
      same.push(['share', m.category, m.fact.kind === 'fact' ? m.fact.value : '?', total === null ? '?' : m.required]);
    }
  }
  if (!p.inPack.includes(c.id)) {
    const fact: Fact = { kind: 'unknown', reason: t.notInPack };
    items.push({ label: t.ownMinimum, text: formatFact(fact), fact });
    same.push('not-in-pack');
  }
  return {
    text: items.map((i) => (i.label === undefined ? i.text : `${i.label}: ${i.text}`)).join('; '),
    items,
    known: items.every((i) => i.fact === undefined || i.fact.kind === 'fact'),
    same: JSON.stringify(same),
  };
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['issuer', 'government', 'third-party', 'unconfirmed'];

/**
 * The total as a fact of its own: the engine's figure, cited to the first rule figure it comes
 * from (the issuer's table row, or AHIMA's base total), as sure as the least sure of them.
 */
function derived(total: number, facts: readonly Fact<number>[]): Fact {
  const known = facts.filter((f): f is KnownFact<number> => f.kind === 'fact');
  const first = known[0];
  if (!first) return { kind: 'unknown', reason: t.noTotal };
  const confidence = known.reduce<Confidence>((worst, f) => (CONFIDENCE_ORDER.indexOf(f.confidence) > CONFIDENCE_ORDER.indexOf(worst) ? f.confidence : worst), first.confidence);
  return { kind: 'fact', value: total, unit: 'ceus', source: first.source, asOf: first.asOf, confidence };
}

function unknownCell(reason: string): DraftCell {
  const fact: Fact = { kind: 'unknown', reason };
  return { text: dataWords.fact.unknown, items: [{ text: dataWords.fact.unknown, fact }], known: false, same: '?' };
}
