/**
 * "What if I add…": choose a credential the reader does not hold and see what it would change
 * for their renewal (src/lib/ceu/whatif.ts over the rule packs), what it costs and what it pays,
 * each figure with its source. The tracker loads this file on first use, and this file fetches
 * the credentials' facts (/ceu/whatif.json) then: neither weighs on the page's start-up.
 * Reads the stores as it renders (the island renders it again when they change).
 */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, $options, $packs, $today, abbreviation } from '../../stores/ceu.ts';
import { candidates, duesChange, payDifferences, renewalChange, withIssuers, type RenewalChange, type WhatIfData } from '../../lib/ceu/whatif.ts';
import type { Fact } from '../../lib/facts.ts';
import type { HeldCredential } from '../../lib/ceu/types.ts';
import { Cite } from './Progress.tsx';
import { formatAsOf } from '../../lib/dates.ts';

/** The tracker passes all its props; these are the ones used here. */
export interface WhatIfProps {
  words: CeuWords;
  issuerNames: Record<string, string>;
  publishers: Record<string, string>;
  base: string;
}

interface State {
  pick: string;
  data: WhatIfData | null;
  failed: boolean;
}

/**
 * Figures are formatted here rather than with src/lib/facts.ts: importing it would list its file
 * in the tracker's start-up code (which loads this one), and facts.ts is not on /ceu/ otherwise.
 * Dates use src/lib/dates.ts, which the tracker loads anyway. Units are those of exam prices,
 * dues, pay and preparation times.
 */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
function formatNumber(n: number, unit: string | undefined, t: CeuWords['whatif']): string {
  if (unit === 'usd') return usd.format(n);
  if (unit === 'usd-per-year') return `${usd.format(n)} ${t.perYear}`;
  const words = (t.units as Record<string, readonly [string, string]>)[unit ?? ''];
  return words ? `${num.format(n)} ${n === 1 ? words[0] : words[1]}` : num.format(n);
}

/** A known fact's value as a reader reads it: "$425", "$190 a year", "8 to 12 weeks". */
function formatFact(fact: Fact, t: CeuWords['whatif']): string {
  if (fact.kind !== 'fact') return t.unknown;
  const v = fact.value;
  if (typeof v === 'number') return formatNumber(v, fact.unit, t);
  if (typeof v === 'object') {
    // The unit once, at the end ("8 to 12 weeks"); currency keeps both signs.
    const low = fact.unit === 'usd' || fact.unit === 'usd-per-year' ? usd.format(v.min) : num.format(v.min);
    return `${low} ${t.to} ${formatNumber(v.max, fact.unit, t)}`;
  }
  return typeof v === 'boolean' ? (v ? t.yes : t.no) : v;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/** The credential the page was opened for (`/ceu/?whatif=crc`), if any. */
function askedFor(): string {
  try {
    return new URLSearchParams(location.search).get('whatif') ?? '';
  } catch {
    return '';
  }
}

/** A figure with its source, or "Not known" with the reason. */
function Figure({ fact, publishers, base, t }: { fact: Fact; publishers: Record<string, string>; base: string; t: CeuWords['whatif'] }) {
  return (
    <>
      {formatFact(fact, t)}
      {fact.kind === 'fact' ? '' : `: ${fact.reason}`} <Cite fact={fact} publishers={publishers} base={base} />
    </>
  );
}

export class WhatIf extends Component<WhatIfProps, State> {
  override state: State = { pick: askedFor(), data: null, failed: false };

  override componentDidMount() {
    this.load();
    document.getElementById('whatif-pick')?.focus();
  }

  private load = () => {
    this.setState({ failed: false });
    fetch(`${this.props.base}ceu/whatif.json`)
      .then((r) => (r.ok ? (r.json() as Promise<WhatIfData>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => this.setState({ data }), () => this.setState({ failed: true }));
  };

  override render({ words, issuerNames, publishers, base }: WhatIfProps, { pick, data, failed }: State) {
    const t = words.whatif;
    const held = withIssuers($doc.get().credentials, $options.get());
    const choices = candidates($options.get(), held);
    const chosen = choices.find((o) => o.id === pick);
    return (
      <section aria-labelledby="ceu-whatif" class="whatif">
        <h2 id="ceu-whatif">{t.heading}</h2>
        <p class="muted">{t.help}</p>
        <div class="field">
          <label for="whatif-pick">{t.label}</label>
          <select id="whatif-pick" value={chosen ? pick : ''} onChange={(e) => this.setState({ pick: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t.choose}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.abbreviation} ({issuerNames[o.issuer] ?? o.issuer})
              </option>
            ))}
          </select>
        </div>
        <div aria-live="polite">
          {failed ? (
            <p role="alert" class="error">
              {t.failed}{' '}
              <button type="button" onClick={this.load}>
                {t.retry}
              </button>
            </p>
          ) : chosen && !data ? (
            <p>{t.loading}</p>
          ) : chosen && data ? (
            <Result words={words} id={chosen.id} issuer={chosen.issuer} held={held} data={data} issuerNames={issuerNames} publishers={publishers} base={base} />
          ) : null}
        </div>
      </section>
    );
  }
}

interface ResultProps extends WhatIfProps {
  id: string;
  issuer: string;
  held: HeldCredential[];
  data: WhatIfData;
}

function Result({ words, id, issuer, held, data, issuerNames, publishers, base }: ResultProps) {
  const t = words.whatif;
  const name = abbreviation(id);
  const issuerName = issuerNames[issuer] ?? issuer;
  const change = renewalChange({ packs: $packs.get(), held, activities: $doc.get().activities, today: $today.get(), add: { id, issuer } });
  const facts = data.credentials.find((c) => c.id === id);
  const issuerFacts = data.issuers.find((i) => i.id === issuer);
  const heldFacts = data.credentials.filter((c) => held.some((h) => h.credential === c.id));
  const cite = (fact: Fact) => <Figure fact={fact} publishers={publishers} base={base} t={t} />;
  return (
    <article class="card issuer-card" aria-labelledby="whatif-result">
      <h3 id="whatif-result">{fill(t.renewal, { issuer: issuerName })}</h3>
      {change ? <Renewal words={words} change={change} name={name} issuerName={issuerName} publishers={publishers} base={base} /> : <p>{t.noRules}</p>}
      <h4>{t.costs}</h4>
      {facts ? (
        <dl class="facts compact">
          <dt>{t.exam}</dt>
          <dd>{cite(facts.exam)}</dd>
          <dt>{t.prep}</dt>
          <dd>{facts.prep ? cite(facts.prep) : t.prepNone}</dd>
          {issuerFacts && (
            <>
              <dt>{t.dues}</dt>
              <dd>
                <Dues words={words} change={duesChange(issuerFacts, held)} issuerName={issuerName} publishers={publishers} base={base} />
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>{t.noFacts}</p>
      )}
      {facts && (
        <>
          <h4>{t.pay}</h4>
          <ul>
            {facts.pay.map((p, i) => (
              <li key={i}>
                {p.label}: {cite(p.fact)}
              </li>
            ))}
            {payDifferences(facts, heldFacts).map((d, i) => (
              <li key={`d${i}`}>
                <strong>
                  {fill(d.difference >= 0 ? t.payMore : t.payLess, { amount: usd.format(Math.abs(d.difference)), held: abbreviation(d.held), year: formatAsOf(d.fact.asOf) })}
                </strong>{' '}
                <Cite fact={d.fact} publishers={publishers} base={base} />
              </li>
            ))}
          </ul>
          {payDifferences(facts, heldFacts).length === 0 && <p class="muted">{t.payNoDifference}</p>}
          <p>
            <a href={`${base}credentials/${id}/`}>{fill(t.page, { name })}</a>
          </p>
        </>
      )}
    </article>
  );
}

function Renewal({ words, change, name, issuerName, publishers, base }: { words: CeuWords; change: RenewalChange; name: string; issuerName: string; publishers: Record<string, string>; base: string }) {
  const t = words.whatif;
  const { before, after } = change;
  const total = after.required.ceus;
  const cycle = after.cycle;
  return (
    <>
      <dl class="facts compact">
        <dt>{t.requiredNow}</dt>
        <dd>{before ? (before.required.ceus ?? t.unknown) : fill(t.requiredNone, { issuer: issuerName })}</dd>
        <dt>{fill(t.requiredAfter, { name })}</dt>
        <dd>
          {total === null ? `${t.unknown}: ${after.required.unknownReason ?? ''}` : total}
          {change.addedCeus !== null && ` (${change.addedCeus > 0 ? fill(t.more, { n: change.addedCeus }) : t.same})`}{' '}
          {after.required.facts.map((f, i) => (
            <Cite key={i} fact={f} publishers={publishers} base={base} />
          ))}
        </dd>
        {total !== null && (
          <>
            <dt>{t.counted}</dt>
            <dd>{fill(t.countedOf, { n: after.counted, total })}</dd>
          </>
        )}
      </dl>
      <h4>{t.newMinimums}</h4>
      {change.newMinimums.length === 0 ? (
        <p>{t.noNewMinimums}</p>
      ) : (
        <ul class="minimums">
          {change.newMinimums.map((m) => (
            <li key={m.id}>
              {words.activity.category[m.category]}
              {m.credential ? ` (${abbreviation(m.credential)})` : ` (${words.progress.share})`}: {m.counted} / {m.required}
              {m.met ? `, ${words.progress.met}` : ''} <Cite fact={m.fact} publishers={publishers} base={base} />
            </li>
          ))}
        </ul>
      )}
      {cycle && (
        <p class="muted">
          {fill(change.joinsCycle ? t.joins : t.newCycle, { issuer: issuerName, start: formatAsOf(cycle.start), end: formatAsOf(cycle.end) })}
          {change.joinsCycle && ` ${fill(t.assumption, { issuer: issuerName })}`}
        </p>
      )}
      {after.replaced.map((r) => (
        <p key={r.credential}>
          {fill(t.replaced, { old: abbreviation(r.credential), by: abbreviation(r.by), issuer: issuerName })} <Cite fact={r.statement} publishers={publishers} base={base} />
        </p>
      ))}
      {after.warnings.map((w) => (
        <p class="muted" key={w}>
          {words.progress.warnings[w].replace('{names}', after.classUnconfirmed.join(', '))}
        </p>
      ))}
    </>
  );
}

function Dues({ words, change, issuerName, publishers, base }: { words: CeuWords; change: ReturnType<typeof duesChange>; issuerName: string; publishers: Record<string, string>; base: string }) {
  const t = words.whatif;
  const say = { issuer: issuerName };
  switch (change.kind) {
    case 'adds':
      return (
        <>
          <Figure fact={change.fact} publishers={publishers} base={base} t={t} /> {fill(t.duesAdds, say)}
        </>
      );
    case 'already-paid':
      return <>{fill(t.duesAlready, say)}</>;
    case 'not-required':
      return (
        <>
          {fill(t.duesNotRequired, say)} <Cite fact={change.fact} publishers={publishers} base={base} />
        </>
      );
    default:
      return (
        <>
          {fill(t.duesUnknown, say)} <Cite fact={change.fact} publishers={publishers} base={base} />
        </>
      );
  }
}
