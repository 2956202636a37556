/**
 * The five questions as a form. Its fields are uncontrolled (what the reader types survives
 * other updates); the island re-mounts it with a new `key` when the plan's answers change.
 */
import { PREFERENCES, ROLE_LEVELS, STARTS, type PlanInputs, type Preference, type Start } from '../../lib/roadmap/index.ts';
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

export function Questions({ t, inputs, goals, onPlan }: Props) {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const start = form.get('start');
    const preference = form.get('preference');
    const budget = String(form.get('budget') ?? '').trim();
    if (!isStart(start) || !isPreference(preference)) return;
    onPlan({
      start,
      goal: String(form.get('goal') ?? ''),
      hoursPerWeek: Number(form.get('hours')),
      preference,
      ...(budget === '' ? {} : { budget: Number(budget) }),
    });
  };
  return (
    <form class="rm-questions no-print" aria-labelledby="rm-questions-heading" onSubmit={onSubmit}>
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
