/**
 * The five questions as a form. Its fields are uncontrolled (what the reader types survives
 * other updates); the island re-mounts it with a new `key` when the plan's answers change.
 */
import { HELD, MAX_YEARS, PREFERENCES, ROLE_LEVELS, STARTS, type Held, type Preference, type Start } from '../../lib/roadmap/types.ts';
import type { PlanInputs } from '../../lib/roadmap/plan.ts';
import { isIsoDay } from '../../lib/roadmap/progress.ts';
import type { GoalOption } from '../../lib/roadmap/view.ts';
import type { RoadmapWords } from '../../lib/roadmap/words.ts';

interface Props {
  t: RoadmapWords;
  inputs: PlanInputs;
  goals: readonly GoalOption[];
  onPlan: (inputs: PlanInputs) => void;
}

const isStart = (v: unknown): v is Start => (STARTS as readonly unknown[]).includes(v);
const isPreference = (v: unknown): v is Preference => (PREFERENCES as readonly unknown[]).includes(v);

/**
 * A field's answer checked with the rule the stored plan and share links are read with
 * (src/lib/roadmap: isIsoDay, MAX_YEARS): the message to show at the field, or '' when fine.
 */
function problem(input: HTMLInputElement, t: RoadmapWords): string {
  const v = input.value.trim();
  if (input.name === 'target') return v === '' || isIsoDay(v) ? '' : t.form.targetInvalid;
  if (input.name === 'years') return v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= MAX_YEARS) ? '' : t.form.yearsInvalid;
  return '';
}

/** Show (or clear) a field's problem beside it, and say so to assistive technology. */
function mark(input: HTMLInputElement, message: string): void {
  const note = input.form?.querySelector<HTMLElement>(`#${input.id}-error`);
  if (note) note.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

export function Questions({ t, inputs, goals, onPlan }: Props) {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    // Nothing the stored plan would refuse is ever planned: each field says what is wrong.
    let first: HTMLInputElement | undefined;
    for (const name of ['years', 'target']) {
      const input = el.elements.namedItem(name) as HTMLInputElement | null;
      if (!input) continue;
      const message = problem(input, t);
      mark(input, message);
      if (message && !first) first = input;
    }
    if (first) {
      first.focus();
      return;
    }
    const form = new FormData(el);
    const start = form.get('start');
    const preference = form.get('preference');
    const budget = String(form.get('budget') ?? '').trim();
    const years = String(form.get('years') ?? '').trim();
    const target = String(form.get('target') ?? '').trim();
    const held = form.getAll('held').filter((h): h is Held => (HELD as readonly unknown[]).includes(h));
    if (!isStart(start) || !isPreference(preference)) return;
    onPlan({
      start,
      goal: String(form.get('goal') ?? ''),
      hoursPerWeek: Number(form.get('hours')),
      preference,
      ...(budget === '' ? {} : { budget: Number(budget) }),
      ...(years === '' ? {} : { experienceYears: Number(years) }),
      ...(held.length === 0 ? {} : { held }),
      ...(target === '' ? {} : { targetDate: target }),
    });
  };
  // A problem shows when the reader leaves the field and clears as soon as the value is fixed
  // (while typing, so the page never shifts under a click that leaves the field).
  const checked = (e: Event, show: boolean) => {
    const input = e.target as HTMLInputElement;
    if (input.name !== 'years' && input.name !== 'target') return;
    const message = problem(input, t);
    if (message ? show : input.hasAttribute('aria-invalid')) mark(input, message);
  };
  const onBlur = (e: FocusEvent) => checked(e, true);
  const onInput = (e: Event) => checked(e, false);
  return (
    <form class="rm-questions no-print" aria-labelledby="rm-questions-heading" onSubmit={onSubmit} onFocusOut={onBlur} onInput={onInput} noValidate>
      <h2 id="rm-questions-heading">{t.form.heading}</h2>
      <div class="rm-field">
        <label for="rm-start">{t.form.start}</label>
        <select id="rm-start" name="start">
          {STARTS.map((s) => (
            <option key={s} value={s} selected={s === inputs.start}>
              {t.starts[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="rm-field">
        <label for="rm-goal">{t.form.goal}</label>
        <select id="rm-goal" name="goal">
          {ROLE_LEVELS.map((level) => {
            const list = goals.filter((g) => g.level === level);
            return list.length === 0 ? null : (
              <optgroup key={level} label={t.levels[level]}>
                {list.map((g) => (
                  <option key={g.id} value={g.id} selected={g.id === inputs.goal}>
                    {g.title}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div class="rm-field">
        <label for="rm-years">{t.form.years}</label>
        <input id="rm-years" name="years" type="number" inputMode="decimal" min={0} max={MAX_YEARS} step="any" defaultValue={inputs.experienceYears === undefined ? '' : String(inputs.experienceYears)} aria-describedby="rm-years-hint rm-years-error" />
        <p id="rm-years-hint" class="rm-hint">
          {t.form.yearsHint}
        </p>
        <p id="rm-years-error" class="rm-error" />
      </div>
      <fieldset class="rm-field rm-choices rm-held">
        <legend>{t.form.held}</legend>
        <p class="rm-hint">{t.form.heldHint}</p>
        {HELD.map((h) => (
          <label key={h}>
            <input type="checkbox" name="held" value={h} defaultChecked={inputs.held?.includes(h) ?? false} /> {t.held[h]}
          </label>
        ))}
      </fieldset>
      <div class="rm-field">
        <label for="rm-target">{t.form.target}</label>
        <input id="rm-target" name="target" type="date" defaultValue={inputs.targetDate ?? ''} aria-describedby="rm-target-hint rm-target-error" />
        <p id="rm-target-hint" class="rm-hint">
          {t.form.targetHint}
        </p>
        <p id="rm-target-error" class="rm-error" />
      </div>
      <div class="rm-field">
        <label for="rm-hours">{t.form.hours}</label>
        <input id="rm-hours" name="hours" type="number" inputMode="decimal" min={1} max={80} step="any" required defaultValue={String(inputs.hoursPerWeek)} aria-describedby="rm-hours-hint" />
        <p id="rm-hours-hint" class="rm-hint">
          {t.form.hoursHint}
        </p>
      </div>
      <div class="rm-field">
        <label for="rm-budget">{t.form.budget}</label>
        <input id="rm-budget" name="budget" type="number" inputMode="numeric" min={0} step="any" defaultValue={inputs.budget === undefined ? '' : String(inputs.budget)} aria-describedby="rm-budget-hint" />
        <p id="rm-budget-hint" class="rm-hint">
          {t.form.budgetHint}
        </p>
      </div>
      <fieldset class="rm-field rm-choices">
        <legend>{t.form.preference}</legend>
        {PREFERENCES.map((p) => (
          <label key={p}>
            <input type="radio" name="preference" value={p} defaultChecked={p === inputs.preference} /> {t.preferences[p]}
          </label>
        ))}
      </fieldset>
      <p class="rm-submit">
        <button type="submit" aria-describedby="rm-replaces">
          {t.form.submit}
        </button>{' '}
        <span id="rm-replaces" class="rm-hint">
          {t.form.replaces}
        </span>
      </p>
    </form>
  );
}
