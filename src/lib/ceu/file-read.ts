/**
 * What reading an imported file gives, before anything is merged: the records that are valid,
 * the ones that are not (with their row, every problem, and their text as it was in the file),
 * and notes about the file (columns left out, the text encoding). Both readers (csv-read.ts,
 * backup.ts) return this, so the import preview treats a CSV log and a JSON backup alike.
 */
import type { Activity, CredentialRecord, FieldError } from './types.ts';

/** A record of the file that cannot be imported as it is. */
export interface RejectedRecord {
  /** CSV: the spreadsheet row (header = 1). JSON: the activity's position (first = 1), or 0 for a credential. */
  row: number;
  /** Every problem of the record, naming its field. */
  errors: FieldError[];
  /** The record exactly as the file has it (a CSV line, or the JSON of the entry). */
  source: string;
}

export interface FileRead {
  kind: 'csv' | 'json';
  activities: Activity[];
  credentials: CredentialRecord[];
  rejected: RejectedRecord[];
  /** Things the reader should know that do not stop the import (unknown columns, encoding). */
  notices: FieldError[];
  /** CSV: the header line as the file has it (to write the rejected rows back out). */
  header?: string;
}

/** A file that could be read (some records may still be rejected), or why it cannot be read at all. */
export type ReadResult = { ok: true; read: FileRead } | { ok: false; errors: FieldError[] };

/** Called now and then while a long file is read: the share done, from 0 to 1. */
export type Progress = (done: number) => void;
