/**
 * iCalendar (RFC 5545) text that every calendar file of the site shares: escaping and line
 * folding. Its own module, with no imports, because the CEU tracker and the roadmap both load it
 * on demand and neither should pull in the other's code with it.
 */

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n, other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD, 3 octets). */
function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Fold a content line so no line exceeds 75 octets; continuation lines start with a space. */
export function fold(line: string): string {
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
