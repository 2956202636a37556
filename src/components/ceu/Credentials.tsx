/** The credentials a reader holds, with their cycle dates; add, edit, remove. */
import { useState } from 'preact/hooks';
import { useStore } from './use-store.ts';
import { useWords } from './words.ts';
import { $doc, $options, removeCredential, saveCredential } from '../../stores/ceu.ts';
import type { CredentialRecord } from '../../lib/ceu/types.ts';
import { formatAsOf } from '../../lib/dates.ts';

export function Credentials() {
  const t = useWords().credentials;
  const doc = useStore($doc);
  const options = useStore($options);
  const [editing, setEditing] = useState<CredentialRecord | null>(null);
  const [error, setError] = useState('');
  const name = (id: string) => options.find((o) => o.id === id)?.abbreviation ?? id;

  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const credential = get('credential');
    const record: CredentialRecord = { credential };
    if (get('earned')) record.earned = get('earned');
    if (get('cycleStart')) record.cycleStart = get('cycleStart');
    if (get('cycleEnd')) record.cycleEnd = get('cycleEnd');
    if (get('firstCycleTotal')) record.firstCycleTotal = Number(get('firstCycleTotal'));
    if (!credential) return;
    if (!record.earned && !(record.cycleStart && record.cycleEnd)) {
      setError(t.needDate);
      return;
    }
    setError('');
    saveCredential(record);
    setEditing(null);
    form.reset();
  };

  const held = doc.credentials;
  const current = editing ?? undefined;
  return (
    <section aria-labelledby="ceu-credentials">
      <h2 id="ceu-credentials">{t.heading}</h2>
      {held.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul class="held">
          {held.map((c) => (
            <li key={c.credential}>
              <strong>{name(c.credential)}</strong>{' '}
              <span class="muted">
                {c.cycleStart && c.cycleEnd ? `${formatAsOf(c.cycleStart)} – ${formatAsOf(c.cycleEnd)}` : c.earned ? `${t.earned}: ${formatAsOf(c.earned)}` : ''}
                {c.firstCycleTotal !== undefined ? ` · ${t.firstCycle.replace(' (optional)', '')}: ${c.firstCycleTotal}` : ''}
              </span>{' '}
              <button type="button" onClick={() => setEditing(c)} aria-label={`${t.edit} ${name(c.credential)}`}>
                {t.edit}
              </button>{' '}
              <button type="button" onClick={() => removeCredential(c.credential, t.removed)} aria-label={`${t.remove} ${name(c.credential)}`}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ceu-form" onSubmit={submit} key={current?.credential ?? 'new'}>
        <div class="field">
          <label for="held-credential">{t.credential}</label>
          <select id="held-credential" name="credential" required defaultValue={current?.credential ?? ''}>
            <option value="">{t.choose}</option>
            {options.map((o) => (
              <option value={o.id} key={o.id}>
                {o.abbreviation}: {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="held-earned">{t.earned}</label>
          <input id="held-earned" name="earned" type="date" defaultValue={current?.earned ?? ''} />
        </div>
        <div class="field">
          <label for="held-start">{t.cycleStart}</label>
          <input id="held-start" name="cycleStart" type="date" defaultValue={current?.cycleStart ?? ''} aria-describedby="cycle-help" />
        </div>
        <div class="field">
          <label for="held-end">{t.cycleEnd}</label>
          <input id="held-end" name="cycleEnd" type="date" defaultValue={current?.cycleEnd ?? ''} aria-describedby="cycle-help" />
        </div>
        <p id="cycle-help" class="muted help">{t.cycleHelp}</p>
        <div class="field">
          <label for="held-first">{t.firstCycle}</label>
          <input id="held-first" name="firstCycleTotal" type="number" min="0" step="0.5" inputMode="decimal" defaultValue={current?.firstCycleTotal ?? ''} aria-describedby="first-help" />
        </div>
        <p id="first-help" class="muted help">{t.firstCycleHelp}</p>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit">{editing ? t.save : t.add}</button>
      </form>
    </section>
  );
}
