/** The printed audit report: totals per credential and every activity by date. Print only. */
import type { CeuWords } from './words.ts';
import { $doc, $progress, abbreviation, localToday } from '../../stores/ceu.ts';
import { totalsPerCredential } from '../../lib/ceu/report.ts';
import { formatAsOf } from '../../lib/dates.ts';

/** Reads the stores as it renders; the island renders it again when they change. */
export function AuditReport({ words: ceuWords }: { words: CeuWords }) {
  const t = ceuWords.report;
  const doc = $doc.get();
  const progress = $progress.get();
  const byDate = [...doc.activities].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return (
    <section class="print-only audit-report">
      <h2>{t.heading}</h2>
      <p>
        {t.generated} {formatAsOf(localToday())}
      </p>
      <h3>{t.totals}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.credential}</th>
            <th>{t.claimed}</th>
            <th>{t.counted}</th>
          </tr>
        </thead>
        <tbody>
          {totalsPerCredential(doc.activities, progress).map((row) => (
            <tr key={row.credential}>
              <td>{abbreviation(row.credential)}</td>
              <td>{row.claimed}</td>
              <td>{row.counted}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.activities}</h3>
      <table>
        <thead>
          <tr>
            <th>{ceuWords.log.date}</th>
            <th>{ceuWords.log.title}</th>
            <th>{ceuWords.activity.provider}</th>
            <th>{ceuWords.activity.index}</th>
            <th>{ceuWords.log.ceus}</th>
            <th>{ceuWords.activity.appliesTo}</th>
            <th>{ceuWords.activity.certificate}</th>
          </tr>
        </thead>
        <tbody>
          {byDate.map((a) => (
            <tr key={a.id}>
              <td>{a.date}</td>
              <td>{a.title}</td>
              <td>{a.provider}</td>
              <td>{a.indexNumber}</td>
              <td>{a.ceus}</td>
              <td>{a.appliesTo.map(abbreviation).join(', ')}</td>
              <td>{a.certificateLocation ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
