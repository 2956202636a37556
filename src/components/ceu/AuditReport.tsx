/**
 * The printed audit report: per issuer, what the cycle requires (the total and each category
 * minimum), what counts and what is still needed; per credential, CEUs claimed and counted; then
 * every activity by date. Print only.
 */
import type { CeuWords } from './words.ts';
import { $doc, $progress, abbreviation, localToday } from '../../stores/ceu.ts';
import { totalsPerCredential } from '../../lib/ceu/report.ts';
import { formatAsOf } from '../../lib/dates.ts';

/** Reads the stores as it renders; the island renders it again when they change. */
export function AuditReport({ words: ceuWords }: { words: CeuWords }) {
  const t = ceuWords.report;
  const p = ceuWords.progress;
  const doc = $doc.get();
  const progress = $progress.get();
  const byDate = [...doc.activities].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  /** A table row: header cells (`th`) or data cells (`td`). */
  const row = (Cell: 'th' | 'td', ...cells: (string | number)[]) => (
    <tr>
      {cells.map((c) => (
        <Cell>{c}</Cell>
      ))}
    </tr>
  );
  return (
    <section class="print-only audit-report">
      <h2>{t.heading}</h2>
      <p>
        {t.generated} {formatAsOf(localToday())}
      </p>
      {progress.map((r) => (
        <>
          <h3>
            {r.issuer.toUpperCase()}: {r.credentials.map(abbreviation).join(', ')}
            {r.cycle && ` (${formatAsOf(r.cycle.start)} – ${formatAsOf(r.cycle.end)})`}
          </h3>
          <table>
            <tbody>
              {row('th', t.requirement, t.requiredColumn, t.countsColumn, t.neededColumn)}
              {row('td', t.total, r.required.ceus ?? p.totalUnknown, r.counted, r.stillNeeded)}
              {r.minimums.map((m) => row('td', `${ceuWords.activity.category[m.category]} ${m.credential ? abbreviation(m.credential) : `(${p.share})`}`, m.required, m.counted, m.missing))}
            </tbody>
          </table>
        </>
      ))}
      <h3>{t.totals}</h3>
      <table>
        <tbody>
          {row('th', t.credential, t.claimed, t.counted)}
          {totalsPerCredential(doc.activities, progress).map((c) => row('td', abbreviation(c.credential), c.claimed, c.counted))}
        </tbody>
      </table>
      <h3>{t.activities}</h3>
      <table>
        <tbody>
          {row('th', ceuWords.log.date, ceuWords.log.title, ceuWords.activity.provider, ceuWords.activity.index, ceuWords.log.ceus, ceuWords.activity.appliesTo, ceuWords.activity.certificate)}
          {byDate.map((a) => row('td', a.date, a.title, a.provider, a.indexNumber, a.ceus, a.appliesTo.map(abbreviation).join(', '), a.certificateLocation ?? ''))}
        </tbody>
      </table>
    </section>
  );
}
