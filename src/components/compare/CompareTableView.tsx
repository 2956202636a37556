/**
 * The comparison table, rendered from the table model (src/lib/compare.ts). The comparer island
 * renders it live; the pre-rendered pair pages render it at build time with no JavaScript, so
 * both show the same table from the same logic.
 */
import type { CellItem, CompareTable } from '../../lib/compare.ts';
import { visibleRows } from '../../lib/compare.ts';
import { formatAsOf, isKnown } from '../../lib/facts.ts';
import { compareLabels as t } from '../../i18n/compare.en.ts';

interface Props {
  table: CompareTable;
  /** Source id → publisher, for each figure's source link. */
  publishers: Record<string, string>;
  onlyDifferences?: boolean;
  /** Base-aware links: credential page and source anchor. */
  credentialHref: (id: string) => string;
  sourceHref: (id: string) => string;
  captionId?: string;
}

function Item({ item, publishers, sourceHref }: { item: CellItem; publishers: Record<string, string>; sourceHref: (id: string) => string }) {
  const fact = item.fact;
  const sourceId = fact?.source?.id;
  const caveat = fact && isKnown(fact) ? (fact.confidence === 'third-party' ? t.controls.thirdParty : fact.confidence === 'unconfirmed' ? t.controls.unconfirmed : undefined) : undefined;
  return (
    <>
      {item.label && <span class="cell-label">{item.label}: </span>}
      <span class={fact && !isKnown(fact) ? 'cell-value cell-unknown' : 'cell-value'}>{item.text}</span>
      {fact && !isKnown(fact) && <span class="cell-reason"> {fact.reason}</span>}
      {sourceId && (
        <>
          {' '}
          <a class="fact-cite" href={sourceHref(sourceId)}>
            {publishers[sourceId] ?? t.controls.source}
            {fact?.asOf ? `, ${formatAsOf(fact.asOf)}` : ''}
          </a>
        </>
      )}
      {caveat && <span class="fact-caveat"> ({caveat})</span>}
    </>
  );
}

export function CompareTableView({ table, publishers, onlyDifferences = false, credentialHref, sourceHref, captionId = 'compare-caption' }: Props) {
  const groups = visibleRows(table, onlyDifferences);
  const span = table.columns.length + 1;
  return (
    <div class="compare-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="compare-table">
        <caption id={captionId}>{t.controls.caption}</caption>
        <thead>
          <tr>
            <td />
            {table.columns.map((c) => (
              <th scope="col" key={c.id}>
                <a href={credentialHref(c.id)}>{c.abbreviation}</a>
                <span class="col-name">{c.name}</span>
                {c.examFrom && (
                  <span class="col-name">
                    {t.columns.examFrom} {c.examFrom.abbreviation}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {groups.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={span}>{t.controls.noDifferences}</td>
            </tr>
          </tbody>
        )}
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr class="group-row">
              <th scope="colgroup" colSpan={span}>
                <span class="group-name">{t.groups[g.key]}</span>
              </th>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.key} class={r.differs ? 'differs' : undefined}>
                <th scope="row">
                  {t.rows[r.label]}
                  {r.differs && table.columns.length > 1 && <span class="differs-tag">{t.controls.differs}</span>}
                </th>
                {r.cells.map((cell) => (
                  <td key={cell.credentialId}>
                    {cell.items.length === 0 ? (
                      cell.text
                    ) : cell.items.length === 1 ? (
                      <Item item={cell.items[0]!} publishers={publishers} sourceHref={sourceHref} />
                    ) : (
                      <ul>
                        {cell.items.map((item, i) => (
                          <li key={i}>
                            <Item item={item} publishers={publishers} sourceHref={sourceHref} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
