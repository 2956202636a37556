/**
 * A plan's milestones as an iCalendar file (RFC 5545): one all-day event on the target date of
 * each step that has one (skipped steps left out). Lines end in CRLF and are folded at 75
 * octets; text is escaped (both with the CEU tracker's tested helpers). Each event's UID is the
 * step id, so importing a newer file moves an event instead of adding a copy. Which steps have
 * a target date is `milestones` in progress.ts.
 */
import { escapeText, fold } from '../ics-text.ts';
import type { Milestone } from './progress.ts';
import type { ExplainWords } from './words.ts';
import { roadmapExplainWords } from '../../i18n/roadmap.en.ts';

export type { Milestone };

/**
 * `{name}` filled in, as words.ts `fill` does: its own copy, so this module (loaded when the
 * reader asks for a calendar) shares no module with the page's script.
 */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all));

/** Event words (English ones in src/i18n/roadmap.en.ts); pass translations here. */
export type MilestoneWords = ExplainWords['calendar'];

function describe(m: Milestone, words: MilestoneWords): string {
  const text = fill(words.description, { title: m.title });
  return m.status === 'todo' ? text : text + fill(words.status, { status: words.statuses[m.status] });
}

/** The next day, for an all-day event's exclusive DTEND. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const compact = (day: string) => day.replaceAll('-', '');

/** The text of an .ics file holding the milestones; `now` is when it was made (DTSTAMP). */
export function milestonesToIcs(list: readonly Milestone[], now: Date, words: MilestoneWords = roadmapExplainWords.calendar): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medical Coding Career Planner//Roadmap//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const m of list) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.stepId}@roadmap.ccp`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(m.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(m.date))}`,
      `SUMMARY:${escapeText(fill(words.summary, { title: m.title }))}`,
      `DESCRIPTION:${escapeText(describe(m, words))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
