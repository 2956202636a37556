/**
 * Importing a file, once the reader has chosen one: read it off the page (a Worker) with a
 * progress bar, show what it would change (new, differing and known activities, new credentials,
 * credentials with other dates to keep or take, rows that cannot be imported), and change nothing
 * until the reader confirms. Loaded only when a file is chosen (Files.tsx).
 */
import { Component } from 'preact';
import type { CeuWords } from './words.ts';
import { $doc, abbreviation, applyImport, describeErrors } from '../../stores/ceu.ts';
import type { ImportPreview } from '../../lib/ceu/import.ts';
import { previewFileOffThread } from '../../lib/ceu/read-in-worker.ts';
import type { CredentialRecord, FieldError } from '../../lib/ceu/types.ts';
import { downloadText } from '../download.ts';

const SHOW = 8;

interface Props {
  t: CeuWords['files'];
  file: File;
  /** The import is over: what to tell the reader (undefined: the panel shows the problem itself). */
  onDone: (message: string | undefined) => void;
}

interface State {
  progress: number;
  errors: FieldError[] | null;
  preview: ImportPreview | null;
  accept: Set<string>;
  replaceActivities: boolean;
  /** Confirmed: the share of the change made so far (a long import is made in parts). */
  applying?: number;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

export default class ImportPanel extends Component<Props, State> {
  override state: State = { progress: 0, errors: null, preview: null, accept: new Set(), replaceActivities: true };
  private heading: HTMLHeadingElement | null = null;
  /** import.ts, loaded with the file's reading (the store loads it too, so it stays a file of its own). */
  private plan: typeof import('../../lib/ceu/import.ts') | undefined;
  private stale = false;

  override componentDidMount() {
    void this.read();
  }

  override componentWillUnmount() {
    this.stale = true;
  }

  private async read() {
    const { file, t, onDone } = this.props;
    const [result, plan] = await Promise.all([previewFileOffThread(file, file.name, $doc.get(), (progress) => this.stale || this.setState({ progress })), import('../../lib/ceu/import.ts')]);
    if (this.stale) return;
    this.plan = plan;
    if (!result.ok) {
      this.setState({ errors: result.errors });
      return;
    }
    const preview = result.preview;
    const nothing = preview.added.length + preview.updated.length + preview.newCredentials.length + preview.conflicts.length + preview.rejected.length === 0;
    if (nothing && preview.notices.length === 0) {
      onDone(t.importedNothing);
      return;
    }
    this.setState({ preview }, () => this.heading?.focus());
  }

  private confirm = () => {
    const { t, onDone } = this.props;
    const { preview, accept, replaceActivities, applying } = this.state;
    if (!preview || !this.plan || applying !== undefined) return;
    const change = this.plan.importChange(preview, { acceptCredentials: accept, replaceActivities });
    if (!change.changes) {
      onDone(preview.conflicts.length + preview.updated.length > 0 ? t.nothingChanged : preview.rejected.length > 0 ? t.nothingImported : t.importedNothing);
      return;
    }
    const parts = [t.imported.replace('{added}', String(change.added)).replace('{updated}', String(change.updated))];
    if (change.credentials > 0) parts.push(fill(t.importedCredentials, { n: change.credentials }));
    if (change.replacedCredentials > 0) parts.push(fill(t.replacedCredentials, { n: change.replacedCredentials }));
    this.setState({ applying: 0 }, () => this.progressBar?.focus());
    void applyImport(parts.join(' '), change, (applying) => this.stale || this.setState({ applying })).then(() => this.stale || onDone(undefined));
  };

  private progressBar: HTMLElement | null = null;

  private downloadRejected = () => {
    const { preview } = this.state;
    if (!preview) return;
    const base = this.props.file.name.replace(/\.[^.]*$/, '');
    if (preview.kind === 'csv') {
      const lines = [preview.header ?? '', ...preview.rejected.map((r) => r.source)];
      downloadText(`${base}-left-out.csv`, `${lines.join('\r\n')}\r\n`, 'text/csv');
    } else {
      // A backup holding only what was left out: importable once fixed.
      const credentials = preview.rejected.filter((r) => r.row === 0).map((r) => r.source);
      const activities = preview.rejected.filter((r) => r.row > 0).map((r) => r.source);
      const text = `{"format":"ccp-ceu","version":1,"exportedAt":"${new Date().toISOString()}","credentials":[${credentials.join(',')}],"activities":[\n${activities.join(',\n')}\n]}\n`;
      downloadText(`${base}-left-out.json`, text, 'application/json');
    }
  };

  private dates(c: CredentialRecord): string {
    const { t } = this.props;
    const parts: string[] = [];
    if (c.cycleStart !== undefined && c.cycleEnd !== undefined) parts.push(fill(t.cycle, { start: c.cycleStart, end: c.cycleEnd }));
    if (c.earned !== undefined) parts.push(fill(t.earnedOn, { date: c.earned }));
    if (c.firstCycleTotal !== undefined) parts.push(fill(t.firstCycleTotal, { n: c.firstCycleTotal }));
    return parts.join(', ') || t.noDates;
  }

  override render({ t, file, onDone }: Props, { progress, errors, preview, accept, replaceActivities, applying }: State) {
    if (errors)
      return (
        <div role="alert" class="error">
          <p>{t.importFailed}</p>
          <ul>
            {errors.slice(0, SHOW).map((e, i) => (
              <li key={i}>{describeErrors([e])}</li>
            ))}
          </ul>
          {errors.length > SHOW && <p>{fill(t.moreErrors, { n: errors.length - SHOW })}</p>}
        </div>
      );
    if (!preview)
      return (
        <p class="import-progress">
          <label for="ceu-import-progress">{t.reading}</label>{' '}
          <progress id="ceu-import-progress" max={1} value={progress}>
            {Math.round(progress * 100)} %
          </progress>
        </p>
      );
    if (applying !== undefined)
      return (
        <p class="import-progress">
          <label for="ceu-import-applying">{t.applying}</label>{' '}
          <progress
            id="ceu-import-applying"
            max={1}
            value={applying}
            tabIndex={-1}
            ref={(el) => {
              this.progressBar = el;
            }}
          >
            {Math.round(applying * 100)} %
          </progress>
        </p>
      );
    const bad = preview.rejected.length;
    const good = preview.added.length + preview.updated.length + preview.unchanged;
    return (
      <section class="import-preview" aria-labelledby="ceu-import-preview">
        <h3 id="ceu-import-preview" tabIndex={-1} ref={(el) => {
            this.heading = el;
          }}>
          {t.previewHeading}
        </h3>
        <p class="muted">{fill(t.previewFile, { name: file.name })}</p>
        <ul>
          <li>{fill(t.previewAdded, { n: preview.added.length })}</li>
          {preview.unchanged > 0 && <li>{fill(t.previewUnchanged, { n: preview.unchanged })}</li>}
          {preview.newCredentials.length > 0 && (
            <li>{fill(t.previewCredentials, { n: preview.newCredentials.length, list: preview.newCredentials.map((c) => abbreviation(c.credential)).join(', ') })}</li>
          )}
        </ul>
        {preview.updated.length > 0 && (
          <fieldset>
            <legend>{fill(t.previewUpdated, { n: preview.updated.length })}</legend>
            <label>
              <input type="radio" name="ceu-import-updated" checked={replaceActivities} onChange={() => this.setState({ replaceActivities: true })} /> {t.replaceActivities}
            </label>
            <label>
              <input type="radio" name="ceu-import-updated" checked={!replaceActivities} onChange={() => this.setState({ replaceActivities: false })} /> {t.keepActivities}
            </label>
          </fieldset>
        )}
        {preview.conflicts.length > 0 && (
          <>
            <h4>{t.conflictsHeading}</h4>
            {preview.conflicts.map((c) => {
              const name = `ceu-import-conflict-${c.credential}`;
              const set = (take: boolean) => {
                const next = new Set(accept);
                if (take) next.add(c.credential);
                else next.delete(c.credential);
                this.setState({ accept: next });
              };
              return (
                <fieldset key={c.credential}>
                  <legend>{fill(t.conflictLegend, { credential: abbreviation(c.credential) })}</legend>
                  <label>
                    <input type="radio" name={name} checked={!accept.has(c.credential)} onChange={() => set(false)} /> {fill(t.keepMine, { dates: this.dates(c.held) })}
                  </label>
                  <label>
                    <input type="radio" name={name} checked={accept.has(c.credential)} onChange={() => set(true)} /> {fill(t.useFile, { dates: this.dates(c.incoming) })}
                  </label>
                </fieldset>
              );
            })}
          </>
        )}
        {bad > 0 && (
          <div class="error">
            <h4>{fill(t.rejectedHeading, { n: bad })}</h4>
            <p>{t.rejectedHelp}</p>
            <ul>
              {preview.rejected.slice(0, SHOW).map((r, i) => (
                <li key={i}>{describeErrors(r.errors)}</li>
              ))}
            </ul>
            {bad > SHOW && <p>{fill(t.moreErrors, { n: bad - SHOW })}</p>}
            <button type="button" onClick={this.downloadRejected}>
              {t.downloadRejected}
            </button>
          </div>
        )}
        {preview.notices.length > 0 && (
          <>
            <p>{t.notices}</p>
            <ul>
              {preview.notices.slice(0, SHOW).map((n, i) => (
                <li key={i}>{describeErrors([n])}</li>
              ))}
            </ul>
          </>
        )}
        <div class="buttons">
          <button type="button" onClick={this.confirm}>
            {bad > 0 ? fill(t.confirmWithRejected, { n: good }) : t.confirm}
          </button>
          <button type="button" onClick={() => onDone(t.cancelled)}>
            {t.cancel}
          </button>
        </div>
      </section>
    );
  }
}
