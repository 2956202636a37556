/** The activity log: sortable, filterable, with whether each activity counts and why. Reads the stores as it renders (see the island). */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, $progress, abbreviation, deleteActivity } from '../../stores/ceu.ts';
import type { Activity } from '../../lib/ceu/types.ts';
import type { Verdict } from '../../lib/ceu/engine.ts';
import { formatAsOf } from '../../lib/dates.ts';

type SortKey = 'date' | 'title' | 'ceus';
/** Rows rendered at first (more than a screen holds): a log of thousands opens quickly; more on request. */
const PAGE = 50;

interface Props {
  words: CeuWords;
  issuerNames: Record<string, string>;
  onEdit: (a: Activity) => void;
}

interface State {
  sort: { key: SortKey; dir: 1 | -1 };
  /** The filter's words. */
  words: string;
  credential: string;
  limit: number;
}

export class ActivityLog extends Component<Props, State> {
  override state: State = { sort: { key: 'date', dir: -1 }, words: '', credential: '', limit: PAGE };

  override componentDidMount() {
    this.painted();
  }

  override componentDidUpdate() {
    this.painted();
  }

  private marked = false;

  /** User Timing: the saved log is on screen (the next frame after it rendered); npm run bench reads it. */
  private painted() {
    if (this.marked || $doc.get().activities.length === 0) return;
    this.marked = true;
    requestAnimationFrame(() => performance.mark('ceu:painted'));
  }

  override render({ words: allWords, issuerNames, onEdit }: Props, { sort, words, credential, limit }: State) {
    const t = allWords.log;
    const doc = $doc.get();
    const progress = $progress.get();

    const verdicts = new Map<string, { issuer: string; v: Verdict }[]>();
    for (const p of progress)
      for (const v of p.verdicts) {
        if (v.reason === 'not-applied') continue;
        const list = verdicts.get(v.id);
        if (list === undefined) verdicts.set(v.id, [{ issuer: p.issuer, v }]);
        else list.push({ issuer: p.issuer, v });
      }

    const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = doc.activities
      .filter((a) => !credential || a.appliesTo.includes(credential))
      .filter((a) => terms.every((w) => `${a.title} ${a.provider} ${a.indexNumber} ${a.notes}`.toLowerCase().includes(w)))
      .sort((a, b) => {
        const x = sort.key === 'ceus' ? a.ceus - b.ceus : sort.key === 'date' ? (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : a.title.localeCompare(b.title);
        return x * sort.dir || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      });

    const header = (key: SortKey, label: string) => (
      <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
        <button type="button" class="sort" onClick={() => this.setState({ sort: { key, dir: sort.key === key ? ((-sort.dir) as 1 | -1) : 1 } })}>
          {label}
          <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );

    return (
      <section aria-labelledby="ceu-log">
        <h2 id="ceu-log">{t.heading}</h2>
        {doc.activities.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <div class="log-filters">
              <label>
                <span>{t.filter}</span>
                <input type="search" value={words} onInput={(e) => this.setState({ words: (e.currentTarget as HTMLInputElement).value })} />
              </label>
              <label>
                <span>{t.credential}</span>
                <select value={credential} onChange={(e) => this.setState({ credential: (e.currentTarget as HTMLSelectElement).value })}>
                  <option value="">{t.all}</option>
                  {doc.credentials.map((c) => (
                    <option value={c.credential} key={c.credential}>
                      {abbreviation(c.credential)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p class="muted" aria-live="polite">
              {t.shown.replace('{n}', String(Math.min(limit, shown.length))).replace('{total}', String(doc.activities.length))}
            </p>
            {shown.length === 0 ? (
              <p>{t.noMatch}</p>
            ) : (
              <div class={Math.min(limit, shown.length) >= 20 ? 'table-scroll long' : 'table-scroll'} role="region" aria-labelledby="log-caption" tabIndex={0}>
                <table class="log-table">
                  <caption id="log-caption">{t.caption}</caption>
                  <thead>
                    <tr>
                      {header('date', t.date)}
                      {header('title', t.title)}
                      {header('ceus', t.ceus)}
                      <th scope="col">{t.counts}</th>
                      <th scope="col">{t.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.slice(0, limit).map((a) => (
                      <tr key={a.id}>
                        <td>{formatAsOf(a.date)}</td>
                        <th scope="row">
                          {a.title}
                          <span class="fact-note">
                            {[a.provider, a.indexNumber, a.appliesTo.map(abbreviation).join(', ')].filter(Boolean).join(' · ')}
                          </span>
                        </th>
                        <td>{a.ceus}</td>
                        <td>
                          <ul class="verdicts">
                            {(verdicts.get(a.id) ?? []).map(({ issuer, v }) => (
                              <li key={issuer} class={v.counts ? 'counts' : 'not-counts'}>
                                {issuerNames[issuer] ?? issuer}: {t.verdict[v.reason]}
                                {v.minimum ? ` (${t.toward} ${v.minimum.split(':')[0]})` : ''}
                                {v.caveat === 'core-only' ? ` (${t.coreOnly})` : ''}
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td class="actions">
                          <button type="button" onClick={() => onEdit(a)} aria-label={`${t.edit}: ${a.title}`}>
                            {t.edit}
                          </button>{' '}
                          <button type="button" onClick={() => deleteActivity(a.id, allWords.activity.deleted)} aria-label={`${t.delete}: ${a.title}`}>
                            {t.delete}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {shown.length > limit && (
              <button type="button" onClick={() => this.setState({ limit: limit + PAGE })}>
                {t.more.replace('{n}', String(Math.min(PAGE, shown.length - limit)))}
              </button>
            )}
          </>
        )}
      </section>
    );
  }
}
