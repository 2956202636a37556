/** The activity log: sortable, filterable, with whether each activity counts and why. Reads the stores as it renders (see the island). */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $counting, $doc, $progress, abbreviation, deleteActivity } from '../../stores/ceu.ts';
import type { IssuerProgress } from '../../lib/ceu/engine.ts';
import type { Activity } from '../../lib/ceu/types.ts';
import type { Verdict } from '../../lib/ceu/engine.ts';
import { formatAsOf } from '../../lib/dates.ts';

type SortKey = 'date' | 'title' | 'ceus';
type Order = (a: Activity, b: Activity) => number;

/**
 * The first `k` of `list` in `order` (a total order), without sorting all of it: a log of
 * 100,000 activities shows its first 50 after one pass, not after a sort of the whole log.
 */
export function firstInOrder<T>(list: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  if (k >= list.length) return [...list].sort(order);
  const top: T[] = [];
  for (const x of list) {
    if (top.length === k && order(x, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid]!, x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, x);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Each issuer's verdicts by activity id (the engine gives them in log order), made once per count. */
const verdictsById = new WeakMap<IssuerProgress, Map<string, Verdict>>();
function verdictOf(p: IssuerProgress, id: string): Verdict | undefined {
  let byId = verdictsById.get(p);
  if (byId === undefined) verdictsById.set(p, (byId = new Map(p.verdicts.map((v) => [v.id, v]))));
  return byId.get(id);
}
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

  private stopCounting: (() => void) | undefined;

  override componentDidMount() {
    this.painted();
    this.stopCounting = $counting.listen(() => this.forceUpdate());
  }

  override componentWillUnmount() {
    this.stopCounting?.();
  }

  /** The rows last shown and what they were made of: the island renders on every change of any store. */
  private rows: { of: readonly unknown[]; matching: number; rows: { a: Activity; at: number }[] } | undefined;

  private shownRows(list: readonly Activity[], sort: State['sort'], words: string, credential: string, limit: number) {
    const of = [list, sort, words, credential, limit];
    if (this.rows?.of.every((x, i) => x === of[i])) return this.rows;
    const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
    // Places in the log (the engine's verdicts are in log order) of the activities that match.
    const matching: number[] = [];
    list.forEach((a, i) => {
      if ((!credential || a.appliesTo.includes(credential)) && terms.every((w) => `${a.title} ${a.provider} ${a.indexNumber} ${a.notes}`.toLowerCase().includes(w))) matching.push(i);
    });
    const order: Order = (a, b) => {
      const x = sort.key === 'ceus' ? a.ceus - b.ceus : sort.key === 'date' ? (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : a.title.localeCompare(b.title);
      return x * sort.dir || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    };
    const places = firstInOrder(matching, limit, (i, j) => order(list[i]!, list[j]!));
    return (this.rows = { of, matching: matching.length, rows: places.map((i) => ({ a: list[i]!, at: i })) });
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

    const { matching, rows } = this.shownRows(doc.activities, sort, words, credential, limit);
    const verdicts = (a: Activity, place: number) =>
      progress.flatMap((p) => {
        // The engine's verdicts are in log order: the same place, else (counts made before the last change) by id.
        const at = p.verdicts[place];
        const v = at?.id === a.id ? at : verdictOf(p, a.id);
        return v === undefined || v.reason === 'not-applied' ? [] : [{ issuer: p.issuer, v }];
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
              {t.shown.replace('{n}', String(rows.length)).replace('{total}', String(doc.activities.length))}
              {$counting.get() && ` ${t.counting}`}
            </p>
            {matching === 0 ? (
              <p>{t.noMatch}</p>
            ) : (
              <div class={rows.length >= 20 ? 'table-scroll long' : 'table-scroll'} role="region" aria-labelledby="log-caption" tabIndex={0}>
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
                    {rows.map(({ a, at }) => (
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
                            {verdicts(a, at).map(({ issuer, v }) => (
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
            {matching > limit && (
              <button type="button" onClick={() => this.setState({ limit: limit + PAGE })}>
                {t.more.replace('{n}', String(Math.min(PAGE, matching - limit)))}
              </button>
            )}
          </>
        )}
      </section>
    );
  }
}
