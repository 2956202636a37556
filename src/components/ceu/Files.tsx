/** Export (JSON backup, CSV log, calendar), import, and the printable audit report. */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { describeErrors, exportCsv, exportIcs, exportJson, importFile, localToday, prepareFileAction } from '../../stores/ceu.ts';
import type { FieldError } from '../../lib/ceu/types.ts';
import { downloadText } from '../download.ts';

const SHOW_ERRORS = 8;

interface Props {
  t: CeuWords['files'];
  issuerNames: Record<string, string>;
  onMessage: (message: string) => void;
}

interface State {
  errors: FieldError[] | null;
  failed: boolean;
}

/** Props that start loading an action's code on intent. */
function prepare(action: Parameters<typeof prepareFileAction>[0]) {
  const start = () => prepareFileAction(action);
  return { onPointerEnter: start, onFocus: start };
}

export class Files extends Component<Props, State> {
  override state: State = { errors: null, failed: false };
  /** Files chosen in quick succession finish in any order; what the page says is about the last one. */
  private latestFile = 0;

  /** Runs a file action whose code loads on demand; a failed load is said, not swallowed. */
  private run = async (action: () => Promise<void>) => {
    try {
      await action();
      this.setState({ failed: false });
    } catch {
      this.setState({ failed: true });
    }
  };

  private onFile = (e: Event) =>
    this.run(async () => {
      const { t, onMessage } = this.props;
      const input = e.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const mine = ++this.latestFile;
      const imported = (r: { added: number; updated: number }) => t.imported.replace('{added}', String(r.added)).replace('{updated}', String(r.updated));
      const result = await importFile(await file.text(), file.name, imported);
      if (mine !== this.latestFile) return;
      if (!result.ok) {
        this.setState({ errors: result.errors });
        return;
      }
      this.setState({ errors: null });
      onMessage(result.added + result.updated + result.credentials === 0 ? t.importedNothing : imported(result));
    });

  override render({ t, issuerNames }: Props, { errors, failed }: State) {
    const day = localToday();
    const run = this.run;
    return (
      <section aria-labelledby="ceu-files" class="no-print">
        <h2 id="ceu-files">{t.heading}</h2>
        <p>{t.lead}</p>
        <div class="buttons">
          <button type="button" onClick={() => downloadText(`ceu-backup-${day}.json`, exportJson(), 'application/json')}>
            {t.exportJson}
          </button>
          <button type="button" {...prepare('csv')} onClick={() => run(async () => downloadText(`ceu-log-${day}.csv`, await exportCsv(), 'text/csv'))}>
            {t.exportCsv}
          </button>
          <button type="button" {...prepare('ics')} onClick={() => run(async () => downloadText(`ceu-deadlines-${day}.ics`, await exportIcs(issuerNames), 'text/calendar'))}>
            {t.exportIcs}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
        <div class="field import">
          <label for="ceu-import">{t.import}</label>
          <input id="ceu-import" type="file" accept=".json,.csv,application/json,text/csv" {...prepare('import')} onChange={this.onFile} aria-describedby="import-help" />
          <p id="import-help" class="muted help">
            {t.importHelp}
          </p>
        </div>
        {failed && (
          <p role="alert" class="error">
            {t.loadFailed}
          </p>
        )}
        {errors && (
          <div role="alert" class="error">
            <p>{t.importFailed}</p>
            <ul>
              {errors.slice(0, SHOW_ERRORS).map((e, i) => (
                <li key={i}>{describeErrors([e])}</li>
              ))}
            </ul>
            {errors.length > SHOW_ERRORS && <p>{t.moreErrors.replace('{n}', String(errors.length - SHOW_ERRORS))}</p>}
          </div>
        )}
      </section>
    );
  }
}
