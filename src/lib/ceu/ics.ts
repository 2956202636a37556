/**
 * Renewal deadlines as an iCalendar file (RFC 5545): per issuer, the day the submission window
 * opens, the due date and the lapse date, as all-day events. Where the issuer makes credentials
 * inactive between the due date and revocation (AHIMA), the day they become inactive and the day
 * they are revoked if still short take the lapse date's place. Lines end in CRLF and are folded
 * at 75 octets without splitting a character; text is escaped. Each event's UID is built from
 * the issuer, the kind of deadline and the cycle's start, so importing a newer file updates the
 * events of the same cycle instead of adding copies.
 */
import { addDays } from './days.ts';
import { escapeText, fold } from '../ics-text.ts';

/** One all-day event. */
export interface CalendarEvent {
  uid: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
}

/** What deadlineEvents needs from the engine's IssuerProgress. */
export interface IssuerDeadlines {
  issuer: string;
  cycle: { start: string } | null;
  dueDate: string | null;
  submissionOpens: string | null;
  lapseDate: string | null;
  /**
   * The day the credentials turn inactive if the requirements are not met (AHIMA); then the lapse
   * date is the revocation date. Absent or null where the issuer names no inactive state.
   */
  inactiveDate?: string | null;
}

export type DeadlineKind = 'opens' | 'due' | 'lapse' | 'inactive' | 'revoked';

/** Event words, by deadline kind; `name` is the issuer's name (AAPC). Pass translations here. */
export type DeadlineWords = Record<DeadlineKind, (name: string) => { summary: string; description: string }>;

export const DEADLINE_WORDS: DeadlineWords = {
  opens: (name) => ({
    summary: `${name}: CEU submission opens`,
    description: `From today ${name} accepts this cycle's CEU submission.`,
  }),
  due: (name) => ({
    summary: `${name}: CEUs due`,
    description: `Last day to submit this cycle's CEUs to ${name}.`,
  }),
  lapse: (name) => ({
    summary: `${name}: credentials lapse`,
    description: `If this cycle's CEUs have not reached ${name} by now, the credentials are revoked.`,
  }),
  inactive: (name) => ({
    summary: `${name}: credentials inactive if CEUs are short`,
    description: `If this cycle's requirements were not met by the due date, ${name} lists the credentials as inactive from today until they are met or revoked; an extension carries a fee per credential.`,
  }),
  revoked: (name) => ({
    summary: `${name}: credentials revoked if still short`,
    description: `If this cycle's requirements are still not met by today, ${name} revokes the credentials.`,
  }),
};

/** The deadline events of each issuer's current cycle (deadlines the rules do not give are left out). */
export function deadlineEvents(
  issuers: readonly IssuerDeadlines[],
  { words = DEADLINE_WORDS, names = {} }: { words?: DeadlineWords; names?: Readonly<Record<string, string>> } = {},
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const p of issuers) {
    if (p.cycle === null) continue;
    const name = names[p.issuer] ?? p.issuer.toUpperCase();
    const inactive = p.inactiveDate ?? null;
    const ends: [DeadlineKind, string | null][] =
      inactive === null
        ? [['lapse', p.lapseDate]]
        : [
            ['inactive', inactive],
            ['revoked', p.lapseDate],
          ];
    const dates: [DeadlineKind, string | null][] = [['opens', p.submissionOpens], ['due', p.dueDate], ...ends];
    for (const [kind, date] of dates) {
      if (date === null) continue;
      events.push({ uid: `${safe(kind)}-${safe(p.issuer)}-${safe(p.cycle.start)}@ceu.ccp`, date, ...words[kind](name) });
    }
  }
  return events;
}

/** The text of an .ics file holding `events`; `stamp` is when it was made (DTSTAMP). */
export function calendar(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medical Coding Career Planner//CEU tracker//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description === undefined ? [] : [`DESCRIPTION:${escapeText(e.description)}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Deadlines of every issuer as .ics text. */
export function deadlinesToIcs(
  issuers: readonly IssuerDeadlines[],
  options: { now: Date; words?: DeadlineWords; names?: Readonly<Record<string, string>> },
): string {
  return calendar(deadlineEvents(issuers, options), options.now);
}

function compact(day: string): string {
  return day.replace(/-/g, '');
}

function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9-]/g, '_');
}
