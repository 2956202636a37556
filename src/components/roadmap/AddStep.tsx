/** Add a step from the catalogue: a labelled select, grouped by kind, and a button. */
import { STEP_KINDS, type StepData } from '../../lib/roadmap/index.ts';
import type { RoadmapContext } from './context.ts';

export function AddStep({ ctx, addable, onAdd }: { ctx: RoadmapContext; addable: readonly StepData[]; onAdd: (id: string) => void }) {
  const t = ctx.t;
  if (addable.length === 0) return <p class="rm-hint no-print">{t.add.none}</p>;
  return (
    <form
      class="rm-add no-print"
      onSubmit={(e) => {
        e.preventDefault();
        const select = (e.currentTarget as HTMLFormElement).elements.namedItem('step') as HTMLSelectElement;
        if (select.value) onAdd(select.value);
        select.value = '';
      }}
    >
      <label for="rm-add">{t.add.label}</label>
      <select id="rm-add" name="step">
        <option value="">{t.add.choose}</option>
        {STEP_KINDS.map((kind) => {
          const list = addable.filter((s) => s.kind === kind);
          return list.length === 0 ? null : (
            <optgroup key={kind} label={t.kinds[kind]}>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <button type="submit">{t.add.button}</button>
    </form>
  );
}
