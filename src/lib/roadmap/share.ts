/**
 * A plan in a link: the reader's answers, the order of their steps and their progress, as a
 * short URL-safe string (only letters, digits and `-._~`, so it needs no escaping).
 *
 *   r1.<start>.<preference>.<hours>.<budget>.<goal>.<steps>
 *   hours = whole hours, or a fraction written with "-" (7-5 is 7.5 hours a week)
 *   steps = entry("~"entry)*, entry = step-id ["_" status [yyyymmdd]]
 *
 * Example: `r1.n.f.10.3000.outpatient-coder.self-study-course_d~cpc-exam_p20270301~first-job-search`
 *
 *   r2.<start>.<preference>.<hours>.<budget>.<goal>.<months>.<held>.<target>.<steps>
 *   months = coding work in whole months (no dot, which separates fields),
 *   held = credential-id("_"credential-id)*, target = yyyymmdd; each may be empty
 *
 * r2 carries the answers added later (years of coding work, credentials held, target date);
 * a plan without them is still written as r1, and r1 links always open.
 *
 * Step ids are written out (not numbered), so a link keeps working when the catalogue
 * changes: steps it no longer has are dropped and reported, everything else survives.
 * Decoding validates every field and never throws, whatever it is given.
 *
 * Versions: r1 is the first, r2 the second. A later version gets its own prefix and a branch
 * in `decodeShare` that turns it into the current shape.
 */
import type { PlanInputs } from './plan.ts';
import { isIsoDay, type Progress, type StepProgress, type StepStatus } from './progress.ts';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK } from './measure.ts';
import { HELD, MAX_YEARS, type Catalogue, type Held, type Preference, type Start } from './types.ts';

/** What a share link carries. */
export interface SharedPlan {
  inputs: PlanInputs;
  /** Step ids in the reader's order. */
  order: string[];
  progress: Progress;
}

/**
 * A part of a link that was left out: a malformed step entry (its first characters), a step
 * listed twice, or more steps than a plan holds. The page puts these in words.
 */
export type ShareProblem = { kind: 'malformed'; text: string } | { kind: 'twice'; step: string } | { kind: 'too-many' };

/** Why a link could not be opened; the page puts it in words (src/i18n/roadmap.en.ts). */
export type ShareError =
  | 'no-plan'
  | 'too-long'
  | 'damaged'
  | 'not-roadmap'
  | 'version'
  | 'codes'
  | 'hours'
  | 'hours-range'
  | 'budget'
  | 'goal'
  | 'years'
  | 'held'
  | 'target'
  | 'unreadable';

export interface DecodeReport {
  /** Step ids in the link that the catalogue no longer has. */
  droppedSteps: string[];
  /** True when the goal is not a role any more (the rest of the plan is kept). */
  unknownGoal: boolean;
  /** Parts of the link that were malformed and left out. */
  problems: ShareProblem[];
}

export type DecodeResult = { ok: true; plan: SharedPlan; report: DecodeReport } | { ok: false; error: ShareError };

const VERSION = 'r1';
const MAX_LENGTH = 8000;
const MAX_STEPS = 300;
const MAX_BUDGET = 10_000_000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const START_CODES: Record<Start, string> = {
  'no-background': 'n',
  'healthcare-worker': 'h',
  student: 's',
  'cpc-a': 'a',
  certified: 'c',
};
const PREFERENCE_CODES: Record<Preference, string> = { fastest: 'f', cheapest: 'c', 'most-recognised': 'r' };
const STATUS_CODES: Record<StepStatus, string> = { todo: 't', 'in-progress': 'p', done: 'd', skipped: 's' };

function invert<K extends string>(codes: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(codes).map(([k, v]) => [v as string, k as K]));
}
const START_BY_CODE = invert(START_CODES);
const PREFERENCE_BY_CODE = invert(PREFERENCE_CODES);
const STATUS_BY_CODE = invert(STATUS_CODES);

function hoursText(h: number): string {
  const clamped = Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, Number.isFinite(h) ? h : MIN_HOURS_PER_WEEK));
  // A fraction is written with "-" (7.5 → 7-5): "." separates the link's fields.
  return String(Math.round(clamped * 100) / 100).replace('.', '-');
}

function entryText(id: string, p: StepProgress | undefined): string {
  if (!p || (p.status === 'todo' && p.target === undefined)) return id;
  const date = p.target !== undefined && isIsoDay(p.target) ? p.target.replaceAll('-', '') : '';
  return `${id}_${STATUS_CODES[p.status]}${date}`;
}

/** The link text for a plan. Ids that are not well-formed step ids are left out. */
export function encodeShare(plan: SharedPlan): string {
  const { inputs } = plan;
  const budget = inputs.budget !== undefined && Number.isFinite(inputs.budget) && inputs.budget >= 0
    ? String(Math.min(MAX_BUDGET, Math.round(inputs.budget)))
    : '';
  const seen = new Set<string>();
  const steps = plan.order
    .filter((id) => ID.test(id) && !seen.has(id) && seen.add(id))
    .slice(0, MAX_STEPS)
    .map((id) => entryText(id, Object.hasOwn(plan.progress, id) ? plan.progress[id] : undefined));
  const goal = ID.test(inputs.goal) ? inputs.goal : '';
  const head = [START_CODES[inputs.start], PREFERENCE_CODES[inputs.preference], hoursText(inputs.hoursPerWeek), budget, goal];
  const y = inputs.experienceYears;
  const years = y !== undefined && Number.isFinite(y) && y > 0 ? String(Math.round(Math.min(MAX_YEARS, y) * 12)) : '';
  const held = HELD.filter((h) => inputs.held?.includes(h)).join('_');
  const target = inputs.targetDate !== undefined && isIsoDay(inputs.targetDate) ? inputs.targetDate.replaceAll('-', '') : '';
  if (years === '' && held === '' && target === '') return [VERSION, ...head, steps.join('~')].join('.');
  return ['r2', ...head, years, held, target, steps.join('~')].join('.');
}

const fail = (error: ShareError): DecodeResult => ({ ok: false, error });

function parseEntry(text: string): { id: string; progress?: StepProgress } | ShareProblem {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:_([tpds])(\d{8})?)?$/.exec(text);
  if (!m) return { kind: 'malformed', text: text.slice(0, 40) };
  const id = m[1]!;
  if (m[2] === undefined) return { id };
  const status = STATUS_BY_CODE.get(m[2])!;
  const raw = m[3];
  if (raw === undefined) return { id, progress: { status } };
  const target = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (!isIsoDay(target)) return { id, progress: { status } };
  return { id, progress: { status, target } };
}

/** Read a link's text back into a plan, checked against the catalogue. Never throws. */
export function decodeShare(input: unknown, catalogue: Catalogue): DecodeResult {
  try {
    if (typeof input !== 'string') return fail('no-plan');
    let text = input.trim();
    if (text.length === 0 || text.length > MAX_LENGTH) return fail('too-long');
    if (text.includes('%')) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return fail('damaged');
      }
    }
    const parts = text.split('.');
    const version = parts[0];
    if (!/^r\d+$/.test(version ?? '')) return fail('not-roadmap');
    if (version !== VERSION && version !== 'r2') return fail('version');
    if (parts.length !== (version === VERSION ? 7 : 10)) return fail('not-roadmap');
    const [, startCode, prefCode, hoursRaw, budgetRaw, goal] = parts as [string, string, string, string, string, string];
    const stepsRaw = parts.at(-1)!;
    // r2's answers: years of coding work, credentials held, target date (each may be empty).
    const [yearsRaw = '', heldRaw = '', targetRaw = ''] = version === 'r2' ? parts.slice(6, 9) : [];
    if (yearsRaw !== '' && (!/^\d{1,3}$/.test(yearsRaw) || Number(yearsRaw) > MAX_YEARS * 12)) return fail('years');
    const held = heldRaw === '' ? [] : heldRaw.split('_');
    if (!held.every((h) => (HELD as readonly string[]).includes(h))) return fail('held');
    const targetDate = targetRaw === '' ? '' : `${targetRaw.slice(0, 4)}-${targetRaw.slice(4, 6)}-${targetRaw.slice(6, 8)}`;
    if (targetRaw !== '' && (!/^\d{8}$/.test(targetRaw) || !isIsoDay(targetDate))) return fail('target');
    const start = START_BY_CODE.get(startCode);
    const preference = PREFERENCE_BY_CODE.get(prefCode);
    if (!start || !preference) return fail('codes');
    if (!/^\d{1,2}(?:-\d{1,2})?$/.test(hoursRaw)) return fail('hours');
    const hoursPerWeek = Number(hoursRaw.replace('-', '.'));
    if (hoursPerWeek < MIN_HOURS_PER_WEEK || hoursPerWeek > MAX_HOURS_PER_WEEK) return fail('hours-range');
    if (budgetRaw !== '' && !/^\d{1,8}$/.test(budgetRaw)) return fail('budget');
    const budget = budgetRaw === '' ? undefined : Math.min(MAX_BUDGET, Number(budgetRaw));
    if (!ID.test(goal)) return fail('goal');

    const problems: ShareProblem[] = [];
    const droppedSteps: string[] = [];
    const order: string[] = [];
    const progress: Record<string, StepProgress> = {};
    const entries = stepsRaw === '' ? [] : stepsRaw.split('~');
    if (entries.length > MAX_STEPS) problems.push({ kind: 'too-many' });
    for (const raw of entries.slice(0, MAX_STEPS)) {
      const entry = parseEntry(raw);
      if ('kind' in entry) {
        problems.push(entry);
        continue;
      }
      if (order.includes(entry.id)) {
        problems.push({ kind: 'twice', step: entry.id });
        continue;
      }
      if (!catalogue.steps.has(entry.id)) {
        droppedSteps.push(entry.id);
        continue;
      }
      order.push(entry.id);
      if (entry.progress) progress[entry.id] = entry.progress;
    }
    const inputs: PlanInputs = {
      start,
      goal,
      hoursPerWeek,
      preference,
      ...(budget === undefined ? {} : { budget }),
      ...(yearsRaw === '' || Number(yearsRaw) === 0 ? {} : { experienceYears: Number(yearsRaw) / 12 }),
      ...(held.length === 0 ? {} : { held: HELD.filter((h) => held.includes(h)) as Held[] }),
      ...(targetDate === '' ? {} : { targetDate }),
    };
    return { ok: true, plan: { inputs, order, progress }, report: { droppedSteps, unknownGoal: !catalogue.roles.has(goal), problems } };
  } catch {
    // Defensive: nothing above should throw, but a link must never break the page.
    return fail('unreadable');
  }
}
