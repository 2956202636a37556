/** Log a new activity, or edit one from the log. Reads the stores as it renders (see the island). */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, abbreviation, newId, saveActivity } from '../../stores/ceu.ts';
import { CEU_CATEGORIES, type Activity, type CeuCategory } from '../../lib/ceu/types.ts';

interface Props {
  t: CeuWords['activity'];
  editing: Activity | null;
  onDone: (message: string) => void;
}

export class ActivityForm extends Component<Props, { error: string }> {
  override state = { error: '' };

  private submit = (e: Event) => {
    const { t, editing, onDone } = this.props;
    const setError = (error: string) => this.setState({ error });
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const ceus = Number(get('ceus'));
    if (!(ceus > 0) || Math.round(ceus * 100) !== ceus * 100) {
      setError(t.invalidCeus);
      (form.elements.namedItem('ceus') as HTMLInputElement).focus();
      return;
    }
    setError('');
    const activity: Activity = {
      id: editing?.id ?? newId(),
      date: get('date'),
      title: get('title'),
      provider: get('provider'),
      ceus,
      indexNumber: get('indexNumber'),
      categories: data.getAll('categories').map(String) as CeuCategory[],
      appliesTo: data.getAll('appliesTo').map(String),
      notes: get('notes'),
      ...(get('format') ? { format: get('format') } : {}),
      ...(get('certificateLocation') ? { certificateLocation: get('certificateLocation') } : {}),
    };
    saveActivity(activity, t.updated);
    form.reset();
    onDone(editing ? t.updated : t.added);
  };

  override render({ t, editing: a, onDone }: Props, { error }: { error: string }) {
    const held = $doc.get().credentials.map((c) => c.credential);
    return (
      <section aria-labelledby="ceu-activity">
        <h2 id="ceu-activity">{a ? t.editHeading : t.heading}</h2>
        <form class="ceu-form" onSubmit={this.submit} key={a?.id ?? 'new'}>
          <div class="field">
            <label for="act-date">{t.date}</label>
            <input id="act-date" name="date" type="date" required defaultValue={a?.date ?? ''} />
          </div>
          <div class="field wide">
            <label for="act-title">{t.title}</label>
            <input id="act-title" name="title" required maxLength={300} defaultValue={a?.title ?? ''} />
          </div>
          <div class="field">
            <label for="act-provider">{t.provider}</label>
            <input id="act-provider" name="provider" maxLength={200} defaultValue={a?.provider ?? ''} />
          </div>
          <div class="field">
            <label for="act-ceus">{t.ceus}</label>
            <input id="act-ceus" name="ceus" type="number" required min="0.01" step="0.01" inputMode="decimal" defaultValue={a ? String(a.ceus) : ''} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'act-error' : undefined} />
          </div>
          <div class="field">
            <label for="act-index">{t.index}</label>
            <input id="act-index" name="indexNumber" maxLength={100} defaultValue={a?.indexNumber ?? ''} />
          </div>
          <div class="field">
            <label for="act-format">{t.format}</label>
            <input id="act-format" name="format" maxLength={100} defaultValue={a?.format ?? ''} />
          </div>
          <fieldset class="wide">
            <legend>{t.categories}</legend>
            {CEU_CATEGORIES.map((c) => (
              <label class="check" key={c}>
                <input type="checkbox" name="categories" value={c} defaultChecked={a?.categories.includes(c) ?? false} /> {t.category[c]}
              </label>
            ))}
          </fieldset>
          <fieldset class="wide">
            <legend>{t.appliesTo}</legend>
            {held.length === 0 && <p class="muted">{t.appliesToNone}</p>}
            {held.map((id) => (
              <label class="check" key={id}>
                <input type="checkbox" name="appliesTo" value={id} defaultChecked={a ? a.appliesTo.includes(id) : true} /> {abbreviation(id)}
              </label>
            ))}
          </fieldset>
          <div class="field wide">
            <label for="act-cert">{t.certificate}</label>
            <input id="act-cert" name="certificateLocation" maxLength={300} defaultValue={a?.certificateLocation ?? ''} />
          </div>
          <div class="field wide">
            <label for="act-notes">{t.notes}</label>
            <textarea id="act-notes" name="notes" rows={2} maxLength={2000} defaultValue={a?.notes ?? ''} />
          </div>
          {error && (
            <p id="act-error" role="alert" class="error wide">
              {error}
            </p>
          )}
          <div class="wide buttons">
            <button type="submit">{a ? t.save : t.add}</button>
            {a && (
              <button type="button" onClick={() => onDone('')}>
                {t.cancel}
              </button>
            )}
          </div>
        </form>
      </section>
    );
  }
}
