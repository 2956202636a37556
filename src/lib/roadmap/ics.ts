/**
 * A plan's milestones as an iCalendar file (RFC 5545): one all-day event on the target date of
 * each step that has one (skipped steps left out). Lines end in CRLF and are folded at 75
 * octets; text is escaped (both with the CEU tracker's tested helpers). Each event's UID is the
 * step id, so importing a newer file moves an event instead of adding a copy.
 */
import { escapeText, fold } from '../ceu/ics.ts';
import { isIsoDay, statusOf, type Progress, type StepStatus } from './progress.ts';
import { roadmapExplainWords } from '../../i18n/roadmap.en.ts';
import { fill, type ExplainWords } from './words.ts';

/** One milestone: a step's target date. */
export interface Milestone {
  stepId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  status: StepStatus;
}

/** Event words (English ones in src/i18n/roadmap.en.ts); pass translations here. */
export type MilestoneWords = ExplainWords['calendar'];

function describe(m: Milestone, words: MilestoneWords): string {
  const text = fill(words.description, { title: m.title });
  return m.status === 'todo' ? text : text + fill(words.status, { status: words.statuses[m.status] });
}

/** Steps of `order` with a valid target date, in plan order; skipped steps and unknown ids are left out. */
export function milestones(order: readonly string[], progress: Progress, titleOf: (stepId: string) => string | undefined): Milestone[] {
  const out: Milestone[] = [];
  for (const stepId of order) {
    const target = Object.hasOwn(progress, stepId) ? progress[stepId]?.target : undefined;
    const title = titleOf(stepId);
    const status = statusOf(progress, stepId);
    if (target === undefined || !isIsoDay(target) || title === undefined || status === 'skipped') continue;
    out.push({ stepId, title, date: target, status });
  }
  return out;
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
