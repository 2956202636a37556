/** The credentials a reader holds, with their cycle dates; add, edit, remove. Reads the stores as it renders (see the island). */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, $options, $progress, abbreviation, removeCredential, saveCredential } from '../../stores/ceu.ts';
import type { CredentialRecord } from '../../lib/ceu/types.ts';
import { checkCredential } from '../../lib/ceu/check.ts';
import { invalid, problem, showErrors } from './ActivityForm.tsx';
import { formatAsOf } from '../../lib/dates.ts';

interface State {
  editing: CredentialRecord | null;
  errors: Record<string, string>;
}

export class Credentials extends Component<{ t: CeuWords['credentials'] }, State> {
  override state: State = { editing: null, errors: {} };

  private submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const record: CredentialRecord = { credential: get('credential') };
    if (get('earned')) record.earned = get('earned');
    if (get('cycleStart')) record.cycleStart = get('cycleStart');
    if (get('cycleEnd')) record.cycleEnd = get('cycleEnd');
    if (get('firstCycleTotal')) record.firstCycleTotal = Number(get('firstCycleTotal'));
    // The same check the decoder and the importers run: the form never saves what they would refuse.
    const checked = checkCredential(record);
    if (!checked.ok) {
      this.setState({ errors: showErrors(form, checked.errors) });
      return;
    }
    saveCredential(checked.value);
    this.setState({ editing: null, errors: {} });
    form.reset();
  };

  override render({ t }: { t: CeuWords['credentials'] }, { editing, errors }: State) {
    const at = (name: string, help?: string) => invalid(errors, 'held', name, help);
    const say = (name: string) => problem(errors, 'held', name);
    const options = $options.get();
    const held = $doc.get().credentials;
    // Kept in the list, but another held credential replaces it (the RHIT once the RHIA is granted).
    const replacedBy = new Map($progress.get().flatMap((p) => p.replaced.map((r) => [r.credential, r.by] as const)));
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
                <strong>{abbreviation(c.credential)}</strong>{' '}
                {replacedBy.has(c.credential) && <em>{t.replacedBy.replace('{by}', abbreviation(replacedBy.get(c.credential)!))} </em>}
                <span class="muted">
                  {c.cycleStart && c.cycleEnd ? `${formatAsOf(c.cycleStart)} – ${formatAsOf(c.cycleEnd)}` : c.earned ? `${t.earned}: ${formatAsOf(c.earned)}` : ''}
                  {c.firstCycleTotal !== undefined ? ` · ${t.firstCycle.replace(' (optional)', '')}: ${c.firstCycleTotal}` : ''}
                </span>{' '}
                <button type="button" onClick={() => this.setState({ editing: c })} aria-label={`${t.edit} ${abbreviation(c.credential)}`}>
                  {t.edit}
                </button>{' '}
                <button type="button" onClick={() => removeCredential(c.credential, t.removed)} aria-label={`${t.remove} ${abbreviation(c.credential)}`}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="ceu-form" onSubmit={this.submit} key={current?.credential ?? 'new'}>
          <div class="field">
            <label for="held-credential">{t.credential}</label>
            <select id="held-credential" name="credential" required defaultValue={current?.credential ?? ''} {...at('credential')}>
              <option value="">{t.choose}</option>
              {options.map((o) => (
                <option value={o.id} key={o.id}>
                  {o.abbreviation}: {o.name}
                </option>
              ))}
            </select>
            {say('credential')}
          </div>
          <div class="field">
            <label for="held-earned">{t.earned}</label>
            <input id="held-earned" name="earned" type="date" defaultValue={current?.earned ?? ''} {...at('earned')} />
            {say('earned')}
          </div>
          <div class="field">
            <label for="held-start">{t.cycleStart}</label>
            <input id="held-start" name="cycleStart" type="date" defaultValue={current?.cycleStart ?? ''} aria-describedby="cycle-help" {...at('cycleStart', 'cycle-help')} />
            {say('cycleStart')}
          </div>
          <div class="field">
            <label for="held-end">{t.cycleEnd}</label>
            <input id="held-end" name="cycleEnd" type="date" defaultValue={current?.cycleEnd ?? ''} aria-describedby="cycle-help" {...at('cycleEnd', 'cycle-help')} />
            {say('cycleEnd')}
          </div>
          <p id="cycle-help" class="muted help">{t.cycleHelp}</p>
          <div class="field">
            <label for="held-first">{t.firstCycle}</label>
            <input id="held-first" name="firstCycleTotal" type="number" min="0" step="0.5" inputMode="decimal" defaultValue={current?.firstCycleTotal ?? ''} aria-describedby="first-help" {...at('firstCycleTotal', 'first-help')} />
            {say('firstCycleTotal')}
          </div>
          <p id="first-help" class="muted help">{t.firstCycleHelp}</p>
          <button type="submit">{editing ? t.save : t.add}</button>
        </form>
      </section>
    );
  }
}
