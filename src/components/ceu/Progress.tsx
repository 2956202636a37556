/** Per issuer: required total, what counts, what is missing, category minimums, deadlines. */
import { Fragment } from 'preact';
import type { CeuWords } from './words.ts';
import { $counting, $progress, abbreviation } from '../../stores/ceu.ts';
import type { IssuerProgress } from '../../lib/ceu/engine.ts';
import type { Fact } from '../../lib/facts.ts';
import { findRule } from '../../lib/ceu/rules.ts';
import { formatAsOf } from '../../lib/dates.ts';

/** Warn when a deadline is this close and CEUs are still missing. */
const WARN_DAYS = 90;

interface Props {
  words: CeuWords;
  issuerNames: Record<string, string>;
  publishers: Record<string, string>;
  base: string;
}

/** A figure's source link: publisher, date, and the confidence where it is not the issuer's or a government's. */
export function Cite({ fact, publishers, base }: { fact: Fact; publishers: Record<string, string>; base: string }) {
  const id = fact.source?.id;
  if (!id) return null;
  return (
    <a class="fact-cite" href={`${base}sources/#${id}`}>
      {publishers[id] ?? id}
      {fact.asOf ? `, ${formatAsOf(fact.asOf)}` : ''}
      {fact.kind === 'fact' && fact.confidence !== 'issuer' && fact.confidence !== 'government' ? ` (${fact.confidence})` : ''}
    </a>
  );
}

function Bar({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div class="bar">
      <span>{label}</span>
      <progress value={Math.min(value, max)} max={max || 1} aria-label={label} />
    </div>
  );
}

function Card({ words, p, names, publishers, base }: { words: CeuWords; p: IssuerProgress; names: Record<string, string>; publishers: Record<string, string>; base: string }) {
  const t = words.progress;
  const total = p.required.ceus;
  const days = p.daysLeft;
  const body = names[p.issuer] ?? p.issuer;
  const by = (id: string) => p.replaced.find((r) => r.credential === id);
  const fill = (text: string, r: { credential: string; by: string }) =>
    text.replaceAll('{old}', abbreviation(r.credential)).replaceAll('{by}', abbreviation(r.by)).replaceAll('{body}', body);
  const lapseRule = p.inactiveDate ? findRule(p.rules, 'lapse') : undefined;
  return (
    <article class="card issuer-card" aria-labelledby={`issuer-${p.issuer}`}>
      <h3 id={`issuer-${p.issuer}`}>
        {body}:{' '}
        {p.credentials
          .map((id) => {
            const r = by(id);
            return r ? fill(t.replacedShort, r) : abbreviation(id);
          })
          .join(', ')}
      </h3>
      {p.replaced.map((r) => (
        <p key={r.credential}>
          {fill(t.replaced, r)} <Cite fact={r.statement} publishers={publishers} base={base} />
        </p>
      ))}
      <p>{t.status[p.status]}</p>
      {total === null ? (
        <p>
          <strong>{t.totalUnknown}.</strong> {p.required.unknownReason}
        </p>
      ) : (
        <>
          <Bar label={t.counted.replace('{n}', String(p.counted)).replace('{total}', String(total))} value={p.counted} max={total} />
          <dl class="facts compact">
            <dt>{t.required}</dt>
            <dd>
              {total} {p.required.prorated ? `(${t.prorated})` : ''}{' '}
              {p.required.facts.map((f, i) => (
                <Fragment key={i}>
                  {i > 0 && ' · '}
                  <Cite fact={f} publishers={publishers} base={base} />
                </Fragment>
              ))}
            </dd>
            <dt>{t.stillNeeded}</dt>
            <dd>
              <strong>{p.stillNeeded}</strong>
            </dd>
          </dl>
        </>
      )}
      {p.minimums.length > 0 && (
        <>
          <h4>{t.minimums}</h4>
          <ul class="minimums">
            {p.minimums.map((m) => {
              const label = `${words.activity.category[m.category]}${m.credential ? ` (${abbreviation(m.credential)})` : ''}: ${m.counted} / ${m.required}${m.met ? `, ${t.met}` : ''}`;
              return (
                <li key={m.id}>
                  <Bar label={label} value={m.counted} max={m.required} /> <Cite fact={m.fact} publishers={publishers} base={base} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {p.cycle && (
        <dl class="facts compact">
          <dt>{t.cycle}</dt>
          <dd>
            {formatAsOf(p.cycle.start)} – {formatAsOf(p.cycle.end)}
          </dd>
          {p.submissionOpens && (
            <>
              <dt>{t.opens}</dt>
              <dd>{formatAsOf(p.submissionOpens)}</dd>
            </>
          )}
          {p.dueDate && (
            <>
              <dt>{t.due}</dt>
              <dd>
                {formatAsOf(p.dueDate)}
                {days !== null && ` (${days >= 0 ? t.daysLeft.replace('{n}', String(days)) : t.daysPast.replace('{n}', String(-days))})`}
              </dd>
            </>
          )}
          {p.inactiveDate && (
            <>
              <dt>{t.inactiveFrom}</dt>
              <dd>
                {formatAsOf(p.inactiveDate)} {lapseRule?.inactiveAtDue && <Cite fact={lapseRule.inactiveAtDue} publishers={publishers} base={base} />}
              </dd>
            </>
          )}
          {p.lapseDate && (
            <>
              <dt>{p.inactiveDate ? t.revokedOn : t.lapse}</dt>
              <dd>{formatAsOf(p.lapseDate)}</dd>
            </>
          )}
        </dl>
      )}
      {days !== null && days >= 0 && days <= WARN_DAYS && p.stillNeeded > 0 && (
        <p class="warning">{t.warnSoon.replace('{days}', String(WARN_DAYS)).replace('{n}', String(p.stillNeeded))}</p>
      )}
      {p.warnings.map((w) => (
        <p class="muted" key={w}>
          {t.warnings[w].replace('{names}', p.classUnconfirmed.join(', '))}
        </p>
      ))}
    </article>
  );
}

/** Reads the stores as it renders; the island renders it again when they change. */
export function Progress({ words, issuerNames, publishers, base }: Props) {
  const t = words.progress;
  const progress = $progress.get();
  if (progress.length === 0) return null;
  const counting = $counting.get();
  return (
    <section aria-labelledby="ceu-progress" aria-busy={counting}>
      <h2 id="ceu-progress">{t.heading}</h2>
      {counting && <p class="ceu-counting">{t.counting}</p>}
      <div class="issuer-cards">
        {progress.map((p) => (
          <Card key={p.issuer} words={words} p={p} names={issuerNames} publishers={publishers} base={base} />
        ))}
      </div>
    </section>
  );
}
