/**
 * Export (JSON backup, CSV log, calendar), import, and the printable audit report. Importing is
 * ImportPanel.tsx, loaded when the reader chooses a file (it previews; nothing changes before the
 * reader confirms).
 */
import { Component, type ComponentType } from 'preact';
import type { CeuWords } from './words.ts';
import { exportCsv, exportIcs, exportJson, localToday, prepareFileAction } from '../../stores/ceu.ts';
import { downloadText } from '../download.ts';

interface Props {
  t: CeuWords['files'];
  issuerNames: Record<string, string>;
  onMessage: (message: string) => void;
}

interface PanelProps {
  t: CeuWords['files'];
  file: File;
  onDone: (message: string | undefined) => void;
}

interface State {
  /** The file being imported, and the panel that imports it (once its code has loaded). */
  importing: { file: File; key: number; Panel: ComponentType<PanelProps> } | null;
  failed: boolean;
}

/** Props that start loading an action's code on intent. */
function prepare(action: Parameters<typeof prepareFileAction>[0]) {
  const start = () => prepareFileAction(action);
  return { onPointerEnter: start, onFocus: start };
}


export class Files extends Component<Props, State> {
  override state: State = { importing: null, failed: false };
  /** Files chosen so far: a new choice starts a new import panel. */
  private chosen = 0;

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
      const input = e.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // Loads resolve in the order they were asked for, so the last file chosen is the one shown.
      const Panel = (await import('./ImportPanel.tsx')).default;
      this.setState({ importing: { file, key: ++this.chosen, Panel } });
    });

  /** The import is over (confirmed, cancelled, or nothing new): say so and give the file control its focus back. */
  private onDone = (message: string | undefined) => {
    this.setState({ importing: null });
    if (message !== undefined) this.props.onMessage(message);
    document.getElementById('ceu-import')?.focus();
  };

  override render({ t, issuerNames }: Props, { importing, failed }: State) {
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
          <input id="ceu-import" type="file" accept=".json,.csv,application/json,text/csv" onChange={this.onFile} aria-describedby="import-help" />
          <p id="import-help" class="muted help">
            {t.importHelp}
          </p>
        </div>
        {failed && (
          <p role="alert" class="error">
            {t.loadFailed}
          </p>
        )}
        {importing && <importing.Panel key={importing.key} t={t} file={importing.file} onDone={this.onDone} />}
      </section>
    );
  }
}
