/** Log a new activity, or edit one from the log. Reads the stores as it renders (see the island). */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, abbreviation, newId, saveActivity } from '../../stores/ceu.ts';
import { CEU_CATEGORIES, type Activity, type FieldError } from '../../lib/ceu/types.ts';
import { activityFromForm, checkActivity } from '../../lib/ceu/check.ts';

interface Props {
  t: CeuWords['activity'];
  editing: Activity | null;
  onDone: (message: string) => void;
}

/** Problems by field name, from the schema the decoder and the importers use. */
type Errors = Record<string, string>;

/** Marks a control invalid and points it at its message (rendered by `problem`). */
export const invalid = (errors: Errors, prefix: string, name: string, help = '') =>
  errors[name] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${prefix}-${name}-error ${help}`.trim() } : {};

export const problem = (errors: Errors, prefix: string, name: string) =>
  errors[name] && (
    <p id={`${prefix}-${name}-error`} role="alert" class="error wide">
      {errors[name]}
    </p>
  );

/** The first message per field, and focus on the first field in error. */
export function showErrors(form: HTMLFormElement, list: readonly FieldError[]): Errors {
  const errors: Errors = {};
  for (const e of list) errors[e.field] ??= e.message;
  requestAnimationFrame(() => {
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first?.matches('fieldset') ? first.querySelector('input') : first)?.focus();
  });
  return errors;
}

export class ActivityForm extends Component<Props, { errors: Errors }> {
  override state = { errors: {} as Errors };

  private submit = (e: Event) => {
    const { t, editing, onDone } = this.props;
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    // The same check the decoder and the importers run: the form never saves what they would refuse.
    const checked = checkActivity(
      activityFromForm(
        (k) => String(data.get(k) ?? ''),
        (k) => data.getAll(k).map(String),
        editing?.id ?? newId(),
      ),
    );
    if (!checked.ok) {
      this.setState({ errors: showErrors(form, checked.errors) });
      return;
    }
    this.setState({ errors: {} });
    saveActivity(checked.value, t.updated);
    form.reset();
    onDone(editing ? t.updated : t.added);
  };

  override render({ t, editing: a, onDone }: Props, { errors }: { errors: Errors }) {
    const at = (name: string) => invalid(errors, 'act', name);
    const say = (name: string) => problem(errors, 'act', name);
    const held = $doc.get().credentials.map((c) => c.credential);
    return (
      <section aria-labelledby="ceu-activity">
        <h2 id="ceu-activity">{a ? t.editHeading : t.heading}</h2>
        <form class="ceu-form" onSubmit={this.submit} key={a?.id ?? 'new'}>
          <div class="field">
            <label for="act-date">{t.date}</label>
            <input id="act-date" name="date" type="date" required defaultValue={a?.date ?? ''} {...at('date')} />
            {say('date')}
          </div>
          <div class="field wide">
            <label for="act-title">{t.title}</label>
            <input id="act-title" name="title" required maxLength={300} defaultValue={a?.title ?? ''} {...at('title')} />
            {say('title')}
          </div>
          <div class="field">
            <label for="act-provider">{t.provider}</label>
            <input id="act-provider" name="provider" maxLength={200} defaultValue={a?.provider ?? ''} {...at('provider')} />
            {say('provider')}
          </div>
          <div class="field">
            <label for="act-ceus">{t.ceus}</label>
            <input id="act-ceus" name="ceus" type="number" required min="0.01" step="0.01" inputMode="decimal" defaultValue={a ? String(a.ceus) : ''} {...at('ceus')} />
            {say('ceus')}
          </div>
          <div class="field">
            <label for="act-index">{t.index}</label>
            <input id="act-index" name="indexNumber" maxLength={100} defaultValue={a?.indexNumber ?? ''} {...at('indexNumber')} />
            {say('indexNumber')}
          </div>
          <div class="field">
            <label for="act-format">{t.format}</label>
            <input id="act-format" name="format" maxLength={100} defaultValue={a?.format ?? ''} {...at('format')} />
            {say('format')}
          </div>
          <fieldset class="wide" {...at('categories')}>
            <legend>{t.categories}</legend>
            {say('categories')}
            {CEU_CATEGORIES.map((c) => (
              <label class="check" key={c}>
                <input type="checkbox" name="categories" value={c} defaultChecked={a?.categories.includes(c) ?? false} /> {t.category[c]}
              </label>
            ))}
          </fieldset>
          <fieldset class="wide" {...at('appliesTo')}>
            <legend>{t.appliesTo}</legend>
            {say('appliesTo')}
            {held.length === 0 && <p class="muted">{t.appliesToNone}</p>}
            {held.map((id) => (
              <label class="check" key={id}>
                <input type="checkbox" name="appliesTo" value={id} defaultChecked={a ? a.appliesTo.includes(id) : true} /> {abbreviation(id)}
              </label>
            ))}
          </fieldset>
          <div class="field wide">
            <label for="act-cert">{t.certificate}</label>
            <input id="act-cert" name="certificateLocation" maxLength={300} defaultValue={a?.certificateLocation ?? ''} {...at('certificateLocation')} />
            {say('certificateLocation')}
          </div>
          <div class="field wide">
            <label for="act-notes">{t.notes}</label>
            <textarea id="act-notes" name="notes" rows={2} maxLength={2000} defaultValue={a?.notes ?? ''} {...at('notes')} />
            {say('notes')}
          </div>
          {errors['id'] && <p class="error wide">{errors['id']}</p>}
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
