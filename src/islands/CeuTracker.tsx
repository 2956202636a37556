/**
 * The CEU tracker: held credentials, where the reader stands per issuer, the activity form and
 * log, files and the audit report. State and persistence live in src/stores/ceu.ts; the rules
 * engine in src/lib/ceu. This component wires them to the page.
 *
 * Classes rather than hooks, so the page ships no preact/hooks (1.2 kB gzipped of a 25 kB
 * budget). The island listens to the stores and renders again when one changes; the components
 * below it read the stores' current values as they render (they hold only their own UI state).
 */
import { Component, type ComponentType } from 'preact';
import type { CeuWords } from '../components/ceu/words.ts';
import { $corrupt, $counting, $doc, $options, $progress, $saveError, $undo, $updateHeld, corruptDownloaded, startCeu, undo, unsaved, type CredentialOption } from '../stores/ceu.ts';
import type { RulePack } from '../lib/ceu/rules.ts';
import type { Activity } from '../lib/ceu/types.ts';
import { Credentials } from '../components/ceu/Credentials.tsx';
import { Progress } from '../components/ceu/Progress.tsx';
import { ActivityForm } from '../components/ceu/ActivityForm.tsx';
import { ActivityLog } from '../components/ceu/ActivityLog.tsx';
import { Files } from '../components/ceu/Files.tsx';
import { downloadText } from '../components/download.ts';
import { AuditReport } from '../components/ceu/AuditReport.tsx';
import type { WhatIfProps } from '../components/ceu/WhatIf.tsx'; // what-if (issue 17)

interface Props {
  /** The tracker's words (src/i18n/ceu.en.ts), passed as data so they are not bundled. */
  words: CeuWords;
  packs: RulePack[];
  options: CredentialOption[];
  issuerNames: Record<string, string>;
  publishers: Record<string, string>;
  base: string;
}

/** localStorage, when the browser lets the page use it. */
function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

interface State {
  editing: Activity | null;
  message: string;
  /** The audit report lists every activity: it is built only for printing, so a long log opens fast. */
  printing: boolean;
  /** What if I add… (issue 17): the component, once loaded on first use. */
  W?: ComponentType<WhatIfProps>;
}

export default class CeuTracker extends Component<Props, State> {
  override state: State = { editing: null, message: '', printing: false };
  private stop: (() => void)[] = [];

  override componentDidMount() {
    const rerender = () => this.forceUpdate();
    // Preact renders in a microtask, which runs before the browser lays the page out for print.
    const before = () => this.setState({ printing: true });
    const after = () => this.setState({ printing: false });
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    this.stop = [
      ...[$doc, $options, $progress, $counting, $corrupt, $saveError, $updateHeld].map(($store) => $store.listen(rerender)),
      $undo.listen((u) => (u ? this.setState({ message: u.message }) : rerender())),
      () => window.removeEventListener('beforeprint', before),
      () => window.removeEventListener('afterprint', after),
    ];
    // This runs as soon as hydration has rendered the server's HTML, before the browser paints
    // or takes input (as a layout effect would): no moment where the page takes input, such as
    // an imported file, before the store holds the reader's saved data. The listeners above
    // are in place first, so the saved data's arrival renders.
    // User Timing marks: how long reading, checking and showing the saved log takes (npm run bench).
    performance.mark('ceu:start');
    this.stop.push(startCeu({ packs: this.props.packs, options: this.props.options }, browserStorage(), window));
    if (location.search.includes('whatif=')) this.w(); // what-if (issue 17): /ceu/?whatif=<id>
  }

  /** What if I add… (issue 17): its code loads on first use. */
  private w = () =>
    import('../components/ceu/WhatIf.tsx').then(
      (m) => this.setState({ W: m.WhatIf }),
      () => this.setState({ message: this.props.words.files.loadFailed }),
    );

  override componentWillUnmount() {
    for (const stop of this.stop) stop();
  }

  override render({ words, issuerNames, publishers, base }: Props, { editing, message, printing, W }: State) {
    const corrupt = $corrupt.get();
    const undoable = $undo.get();
    const s = words.storage;
    return (
      <div class="ceu">
        {corrupt && (
          <div role="alert" class="error">
            <p>{(corrupt.count === undefined ? (corrupt.kept ? s.corrupt : s.corruptNotKept) : corrupt.kept ? s.setAside : s.setAsideNotKept).replace('{n}', String(corrupt.count))}</p>
            <p class="muted">{corrupt.reason}</p>
            <button
              type="button"
              onClick={() => {
                downloadText(corrupt.count === undefined ? 'ceu-unreadable-data.json' : 'ceu-set-aside.json', corrupt.text, 'application/json');
                corruptDownloaded();
              }}
            >
              {corrupt.count === undefined ? s.corruptDownload : s.setAsideDownload}
            </button>
          </div>
        )}
        {$saveError.get() && !(corrupt && !corrupt.kept) && (
          <div role="alert" class="error">
            <p>{s.saveFailed.replace('{n}', String(unsaved()))}</p>
            {$updateHeld.get() && <p>{s.updateHeld}</p>}
          </div>
        )}
        <div class="status-bar" role="status">
          {message && <span>{message}</span>}
          {undoable && (
            <>
              {' '}
              <button
                type="button"
                onClick={() => {
                  undo();
                  this.setState({ message: words.files.undone });
                }}
              >
                {words.files.undo}
              </button>
            </>
          )}
        </div>
        <Credentials t={words.credentials} />
        <Progress words={words} issuerNames={issuerNames} publishers={publishers} base={base} />
        {/* what-if (issue 17) */}
        {W ? <W {...this.props} /> : <button type="button" onClick={this.w}>{words.whatif.open}</button>}
        <ActivityForm
          t={words.activity}
          editing={editing}
          onDone={(m) => this.setState(m ? { editing: null, message: m } : { editing: null })}
        />
        <ActivityLog
          words={words}
          issuerNames={issuerNames}
          onEdit={(a) => {
            this.setState({ editing: a });
            document.getElementById('ceu-activity')?.scrollIntoView();
            requestAnimationFrame(() => document.getElementById('act-date')?.focus());
          }}
        />
        <Files t={words.files} issuerNames={issuerNames} onMessage={(m) => this.setState({ message: m })} />
        {printing && <AuditReport words={words} />}
      </div>
    );
  }
}
