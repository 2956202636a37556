/**
 * Reading a file a reader imports, from its bytes: the text decoded (text-decode.ts), then read as
 * a JSON backup or a CSV log, record by record, and compared with the reader's data. Runs
 * in a Worker on the page (import-worker.ts), so a long file never holds up the page; it is pure,
 * so tests and browsers without module workers run it directly.
 */
import { readBackup } from './backup-read.ts';
import { readCsv } from './csv-read.ts';
import type { Progress, ReadResult } from './file-read.ts';
import { decodeFileBytes } from './text-decode.ts';
import { previewImport, type Doc, type ImportPreview } from './import.ts';
import type { FieldError } from './types.ts';

/** True when the file is a JSON backup rather than a CSV log (by its name, or by its first character). */
export function looksLikeJson(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return false;
  return /^\s*[{[]/.test(text.slice(0, 1000));
}

/** Reads an imported file's bytes (the caller has checked the size: read-in-worker.ts). Never throws. */
export function readImportBytes(bytes: Uint8Array, fileName: string, onProgress?: Progress): ReadResult {
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return decoded;
  return readImportText(decoded.text, fileName, onProgress, decoded.encoding);
}

/** Reads an imported file's text (already decoded). Never throws. */
export function readImportText(text: string, fileName: string, onProgress?: Progress, encoding = 'utf-8'): ReadResult {
  const result = looksLikeJson(text, fileName) ? readBackup(text, onProgress) : readCsv(text, onProgress);
  if (result.ok && encoding === 'windows-1252')
    result.read.notices.push({ field: 'file', message: 'the file is not UTF-8; it was read as Windows-1252 (Western European) text: check that accented letters look right' });
  return result;
}

/** A file read and compared with the reader's data, or why it cannot be read. */
export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; errors: FieldError[] };

/** Reads an imported file's bytes and compares it with `current` (import.ts). Never throws. */
export function previewFile(bytes: Uint8Array, fileName: string, current: Doc, onProgress?: Progress): PreviewResult {
  const result = readImportBytes(bytes, fileName, onProgress);
  return result.ok ? { ok: true, preview: previewImport(current, result.read) } : result;
}
