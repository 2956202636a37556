/**
 * The CEU tracker: held credentials, where the reader stands per issuer, the activity form and
 * log, files and the audit report. State and persistence live in src/stores/ceu.ts; the rules
 * engine in src/lib/ceu. This component wires them to the page.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from '../components/ceu/use-store.ts';
import { WordsContext, type CeuWords } from '../components/ceu/words.ts';
import { $corrupt, $saveError, $undo, corruptDownloaded, startCeu, undo, type CredentialOption } from '../stores/ceu.ts';
import type { RulePack } from '../lib/ceu/rules.ts';
import type { Activity } from '../lib/ceu/types.ts';
import { Credentials } from '../components/ceu/Credentials.tsx';
import { Progress } from '../components/ceu/Progress.tsx';
import { ActivityForm } from '../components/ceu/ActivityForm.tsx';
import { ActivityLog } from '../components/ceu/ActivityLog.tsx';
import { Files } from '../components/ceu/Files.tsx';
import { downloadText } from '../components/download.ts';
import { AuditReport } from '../components/ceu/AuditReport.tsx';

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

export default function CeuTracker({ words, packs, options, issuerNames, publishers, base }: Props) {
  const corrupt = useStore($corrupt);
  const saveError = useStore($saveError);
  const undoable = useStore($undo);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [message, setMessage] = useState('');
  // The audit report lists every activity: build it only for printing, so a long log opens fast.
  const [printing, setPrinting] = useState(false);

  // A layout effect runs as soon as hydration has rendered the server's HTML (a plain effect
  // waits for a frame): no moment where the page takes input, such as an imported file, before
  // the store holds the reader's saved data.
  useLayoutEffect(() => {
    // User Timing marks: how long reading, checking and showing the saved log takes (npm run bench).
    performance.mark('ceu:start');
    return startCeu({ packs, options }, browserStorage(), window);
  }, []);
  useEffect(() => {
    // Preact renders in a microtask, which runs before the browser lays the page out for print.
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  useEffect(() => {
    if (undoable) setMessage(undoable.message);
  }, [undoable]);

  const s = words.storage;
  return (
    <WordsContext.Provider value={words}>
    <div class="ceu">
      {corrupt && (
        <div role="alert" class="error">
          <p>{s.corrupt}</p>
          <p class="muted">{corrupt.reason}</p>
          <button
            type="button"
            onClick={() => {
              downloadText('ceu-unreadable-data.json', corrupt.text, 'application/json');
              corruptDownloaded();
            }}
          >
            {s.corruptDownload}
          </button>
        </div>
      )}
      {saveError && (
        <div role="alert" class="error">
          <p>{s.saveFailed}</p>
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
                setMessage(words.files.undone);
              }}
            >
              {words.files.undo}
            </button>
          </>
        )}
      </div>
      <Credentials />
      <Progress issuerNames={issuerNames} publishers={publishers} base={base} />
      <ActivityForm
        editing={editing}
        onDone={(m) => {
          setEditing(null);
          if (m) setMessage(m);
        }}
      />
      <ActivityLog
        issuerNames={issuerNames}
        onEdit={(a) => {
          setEditing(a);
          document.getElementById('ceu-activity')?.scrollIntoView();
          requestAnimationFrame(() => document.getElementById('act-date')?.focus());
        }}
      />
      <Files issuerNames={issuerNames} onMessage={setMessage} />
      {printing && <AuditReport />}
    </div>
    </WordsContext.Provider>
  );
}
