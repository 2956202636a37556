/**
 * The reader's own CEU data: the credentials they hold and the activities they log. These shapes
 * are what the backup file, the CSV import and the rules engine share; keep their meaning stable
 * (design.md, "Data the reader keeps").
 */

/**
 * What an activity can be, as far as renewal rules care. A reader ticks the ones that apply.
 * - specialty: specialty-specific (AAPC specialty credentials)
 * - auditing, compliance, documentation, practice-management: AAPC role credential minimums
 * - circc-vendor: interventional radiology or cardiovascular training from one of the three
 *   companies AAPC names for the CIRCC minimum (ZHealth, MedLearn, Medical Asset Management)
 * - cms: a CMS / Medicare Learning Network course (AAPC: core credentials only)
 * - hiim-domain: within AHIMA's health information domains
 * - ahima-sourced: from AHIMA, HCPro or an AHIMA component state association
 */
export const CEU_CATEGORIES = [
  'specialty',
  'auditing',
  'compliance',
  'documentation',
  'practice-management',
  'circc-vendor',
  'cms',
  'hiim-domain',
  'ahima-sourced',
] as const;
export type CeuCategory = (typeof CEU_CATEGORIES)[number];

/** One logged learning activity. Dates are `YYYY-MM-DD` (the completion date). */
export interface Activity {
  /** Stable id: merges (two tabs, imports) match entries by it. */
  id: string;
  date: string;
  title: string;
  provider: string;
  /** CEUs the certificate states (hundredths at most). */
  ceus: number;
  /** The issuer's approval or index number, when the certificate has one; may be empty. */
  indexNumber: string;
  categories: CeuCategory[];
  /** Credential ids this activity is claimed for. */
  appliesTo: string[];
  notes: string;
  /** Webinar, workshop, conference, quiz...: free text. */
  format?: string | undefined;
  /** Where the certificate is kept (a folder, a drive), for an audit. */
  certificateLocation?: string | undefined;
  /** When this entry last changed (ms since 1970); tabs merge by it. Absent in older data (= 0). */
  changed?: number | undefined;
}

/**
 * A credential as the reader keeps it (the backup's `credentials` entries): its cycle dates as
 * the issuer's account shows them, and/or the date it was earned.
 */
export interface CredentialRecord {
  credential: string;
  cycleStart?: string | undefined;
  cycleEnd?: string | undefined;
  /** The day the exam was passed / the credential granted. */
  earned?: string | undefined;
  /** The prorated total the issuer set for the first cycle, when the reader enters it. */
  firstCycleTotal?: number | undefined;
  /** When this record last changed (ms since 1970); tabs merge by it. Absent in older data (= 0). */
  changed?: number | undefined;
}

/** A credential the engine works with: the record plus the issuer that awards it. */
export interface HeldCredential extends CredentialRecord {
  issuer: string;
}

/** A deleted entry (activity id or credential id) and when it was deleted: tabs merge by it. */
export interface Tombstone {
  id: string;
  changed: number;
}

/** What the tracker keeps in this browser: the reader's records and the deletions not yet forgotten. */
export interface CeuDoc {
  credentials: CredentialRecord[];
  activities: Activity[];
  deleted: { activities: Tombstone[]; credentials: Tombstone[] };
}

/** A problem found in a reader's file, naming where it is. */
export interface FieldError {
  /** CSV: the spreadsheet row (header = 1). JSON backup: the activity's position (first = 1). */
  row?: number;
  /** The column or field, e.g. `ceus`, `applies_to`, `credentials[0].cycleEnd`. */
  field: string;
  message: string;
}

/** A decode or import outcome: all the data, or the reasons it was refused (nothing half-done). */
export type Decoded<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };
