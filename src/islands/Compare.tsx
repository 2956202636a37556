/**
 * The credential comparer: choose two to four credentials (add, remove, reorder, presets),
 * switch to differences only, and read the table. State lives in src/stores/compare.ts and in
 * the address; this component renders it and calls the store's actions.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { CompareTableView } from '../components/compare/CompareTableView.tsx';
import { MAX_SELECTION, MIN_SELECTION } from '../lib/compare.ts';
import { COMPARE_PRESETS, DEFAULT_SELECTION } from '../lib/compare/presets.ts';
import { compareLabels as t } from '../i18n/compare.en.ts';
import {
  $data,
  $loadFailed,
  $notice,
  $onlyDifferences,
  $selection,
  $table,
  addCredential,
  applyPreset,
  bindCompareToLocation,
  loadCompareData,
  moveCredential,
  removeCredential,
  setOnlyDifferences,
  solveNeeds,
} from '../stores/compare.ts';
import { workerSolver } from '../components/compare/worker-solver.ts';

interface Option {
  id: string;
  abbreviation: string;
  name: string;
}

interface Props {
  /** Every credential that can be chosen, in display order. */
  options: Option[];
  /** The id of the page's static table of the default selection (shown without JS, and until another view is asked for). */
  staticTableId: string;
  publishers: Record<string, string>;
  /** The site's base path, for links. */
  base: string;
}

export default function Compare({ options, staticTableId, publishers, base }: Props) {
  const selection = useStore($selection, { ssr: () => DEFAULT_SELECTION });
  const onlyDifferences = useStore($onlyDifferences, { ssr: () => false });
  const table = useStore($table);
  const notice = useStore($notice);
  const data = useStore($data);
  const failed = useStore($loadFailed);
  const ids = options.map((o) => o.id);
  // After a remove, move or add, where focus goes once the list has re-rendered (the button that
  // was pressed may have moved, been disabled or be gone), and what to announce.
  const pendingFocus = useRef<(() => HTMLElement | null) | undefined>(undefined);
  // An announcement holds for the selection it describes, so back/forward do not repeat it.
  const [said, setSaid] = useState({ text: '', after: '' });
  const say = (text: string, after: readonly string[]) => setSaid({ text, after: after.join() });

  useEffect(() => {
    const unbind = bindCompareToLocation(window, ids);
    // The page already shows the default table: fetch the data only once another selection is
    // wanted, so opening /compare/ costs no second render.
    const load = () => void loadCompareData(`${base}compare/data.json`);
    if ($selection.get().join() !== DEFAULT_SELECTION.join() || $onlyDifferences.get()) load();
    const stops = [$selection.listen(load), $onlyDifferences.listen(load), solveNeeds(workerSolver())];
    return () => {
      stops.forEach((stop) => stop());
      unbind();
    };
  }, []);

  // Until the reader asks for another view, the page's static table (rendered at build time)
  // is the table: the island does not hydrate a second copy of it.
  const custom = selection.join() !== DEFAULT_SELECTION.join() || onlyDifferences;
  const ownTable = custom && table !== undefined;
  useEffect(() => {
    const staticTable = document.getElementById(staticTableId);
    if (staticTable) staticTable.hidden = ownTable;
  }, [ownTable]);

  const byId = new Map(options.map((o) => [o.id, o]));
  const nameOf = (id: string) => byId.get(id)?.abbreviation ?? id;
  const button = (action: 'left' | 'right' | 'remove', id: string) => document.getElementById(`cmp-${action}-${id}`) as HTMLButtonElement | null;
  const enabled = (b: HTMLButtonElement | null) => (b && !b.disabled ? b : null);

  useLayoutEffect(() => {
    const target = pendingFocus.current?.();
    pendingFocus.current = undefined;
    target?.focus();
  }, [selection]);

  const move = (id: string, by: -1 | 1) => {
    const to = selection.indexOf(id) + by;
    // The same button in its new place, or the other way once it reaches an end.
    pendingFocus.current = () => enabled(button(by < 0 ? 'left' : 'right', id)) ?? button(by < 0 ? 'right' : 'left', id);
    const after = [...selection];
    [after[to - by], after[to]] = [after[to]!, after[to - by]!];
    say(t.controls.moved.replace('{name}', nameOf(id)).replace('{place}', String(to + 1)).replace('{count}', String(selection.length)), after);
    moveCredential(id, by);
  };
  const remove = (id: string) => {
    const at = selection.indexOf(id);
    const rest = selection.filter((x) => x !== id);
    const next = rest[Math.min(at, rest.length - 1)]!;
    // The next credential's remove button; with two left (none can be removed), the add control.
    pendingFocus.current = () => enabled(button('remove', next)) ?? document.getElementById('add-credential');
    say(t.controls.removed.replace('{name}', nameOf(id)), rest);
    removeCredential(id);
  };
  const add = (id: string) => {
    // Once four are chosen the add controls are disabled: focus the new credential's remove button.
    if (selection.length + 1 >= MAX_SELECTION) pendingFocus.current = () => button('remove', id);
    say(t.controls.added.replace('{name}', nameOf(id)), [...selection, id]);
    addCredential(id);
  };
  const addable = options.filter((o) => !selection.includes(o.id));
  const full = selection.length >= MAX_SELECTION;
  const credentialHref = (id: string) => `${base}credentials/${id}/`;
  const sourceHref = (id: string) => `${base}sources/#${id}`;

  return (
    <div class="comparer">
      {notice && (
        <div role="status" class="notice">
          {notice.unknown.length > 0 && <p>{t.selection.unknown} {notice.unknown.join(', ')}</p>}
          {notice.duplicates.length > 0 && <p>{t.selection.duplicates} {notice.duplicates.join(', ')}</p>}
          {notice.overLimit.length > 0 && <p>{t.selection.overLimit} {notice.overLimit.join(', ')}</p>}
          {notice.filled.length > 0 && <p>{t.selection.filled} {notice.filled.join(', ')}</p>}
        </div>
      )}

      <fieldset class="presets">
        <legend>{t.controls.presets}</legend>
        {COMPARE_PRESETS.map((p) => (
          <button type="button" key={p.key} aria-pressed={p.ids.join() === selection.join()} onClick={() => applyPreset(p.ids)}>
            {t.presets[p.key]}
          </button>
        ))}
      </fieldset>

      <h2 id="chosen-heading" class="visually-hidden">{t.controls.chosen}</h2>
      <ol class="chosen" aria-labelledby="chosen-heading">
        {selection.map((id, i) => {
          const name = nameOf(id);
          return (
            <li key={id}>
              <span class="chosen-name">{name}</span>
              <button type="button" id={`cmp-left-${id}`} aria-label={`${t.controls.moveLeft}: ${name}`} disabled={i === 0} onClick={() => move(id, -1)}>
                ←
              </button>
              <button type="button" id={`cmp-right-${id}`} aria-label={`${t.controls.moveRight}: ${name}`} disabled={i === selection.length - 1} onClick={() => move(id, 1)}>
                →
              </button>
              <button type="button" id={`cmp-remove-${id}`} aria-label={`${t.controls.remove}: ${name}`} disabled={selection.length <= MIN_SELECTION} onClick={() => remove(id)}>
                ×
              </button>
            </li>
          );
        })}
      </ol>

      <form
        class="add"
        onSubmit={(e) => {
          e.preventDefault();
          const select = (e.currentTarget as HTMLFormElement).elements.namedItem('add') as HTMLSelectElement;
          if (select.value) add(select.value);
          select.value = '';
        }}
      >
        <label for="add-credential">{t.controls.add}</label>
        <select id="add-credential" name="add" disabled={full} aria-describedby={full ? 'add-full' : undefined}>
          <option value="">{t.controls.choose}</option>
          {addable.map((o) => (
            <option value={o.id} key={o.id}>
              {o.abbreviation}: {o.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={full}>
          {t.controls.addButton}
        </button>
        {full && (
          <p id="add-full" class="muted">
            {t.controls.full}
          </p>
        )}
      </form>

      <label class="switch">
        <input type="checkbox" role="switch" checked={onlyDifferences} onChange={(e) => setOnlyDifferences((e.currentTarget as HTMLInputElement).checked)} />
        {t.controls.onlyDifferences}
      </label>

      {failed && (
        <p role="alert" class="notice">
          {t.controls.loadFailed}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {custom && !data && !failed ? t.controls.loading : `${said.after === selection.join() ? said.text : ''} ${selection.map(nameOf).join(', ')}`.trim()}
      </p>

      {ownTable && (
        <CompareTableView table={table} publishers={publishers} onlyDifferences={onlyDifferences} credentialHref={credentialHref} sourceHref={sourceHref} />
      )}
    </div>
  );
}
