/**
 * The text of a file a reader imports, from its bytes. Spreadsheets save CSV as UTF-8 (with or
 * without a byte-order mark), as UTF-16 ("Unicode text", with a mark) or, in older Excel on
 * Windows, as Windows-1252. UTF-8 is tried first and strictly: Windows-1252 text with accents is
 * never valid UTF-8, so a file that fails is read as Windows-1252, unless it holds bytes that
 * Windows-1252 leaves undefined or control characters, which no spreadsheet writes: then it is
 * refused, with what to do instead. Never throws.
 */
import type { FieldError } from './types.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; errors: FieldError[] };

/** Control characters other than tab and line ends: many of them mean binary data, not text. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** How much of the text is looked at, and the share of control characters that makes it binary. */
const SAMPLE = 65_536;
const BINARY_SHARE = 0.01;
/** Bytes Windows-1252 does not define. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const refuse = (message: string): DecodedText => ({
  ok: false,
  errors: [{ field: 'file', message }],
});

/** The file's text without a byte-order mark, and the encoding it was read in. */
export function decodeFileBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return refuse('this is a spreadsheet workbook (.xlsx or .ods), not CSV text: save it as "CSV UTF-8" and import that file');
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), 'utf-16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), 'utf-16be');
  } catch {
    return refuse('this file says it is UTF-16 text but is not: save it as "CSV UTF-8" and import that file');
  }
  try {
    // ignoreBOM: keep a mark in the text, so it is removed once, below, whatever the encoding.
    return checked(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: Windows-1252, if every byte means a printable character there.
  }
  for (const b of bytes) if (UNDEFINED_1252.has(b)) return refuse(notText);
  return checked(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
}

const notText = 'this file is neither UTF-8 nor Windows-1252 text (it may be a binary file): save it as "CSV UTF-8" or export a backup from the tracker, and import that file';

function checked(raw: string, encoding: TextEncodingName): DecodedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Control characters in numbers: a binary file, or text in an encoding we did not guess. A few
  // are fine (a log may hold one in a note, and the export keeps it). Windows-1252 maps 0x80-0x9f
  // to printable characters, so its text holds them only where the file had bytes below 0x20.
  const sample = text.slice(0, SAMPLE);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, sample.length * BINARY_SHARE)) return refuse(notText);
  return { ok: true, text, encoding };
}
