/**
 * A plan in a link: the reader's answers, the order of their steps and their progress, as a
 * short URL-safe string (only letters, digits and `-._~`, so it needs no escaping).
 *
 *   r1.<start>.<preference>.<hours>.<budget>.<goal>.<steps>
 *   steps = entry("~"entry)*, entry = step-id ["_" status [yyyymmdd]]
 *
 * Example: `r1.n.f.10.3000.outpatient-coder.self-study-course_d~cpc-exam_p20270301~first-job-search`
 *
 * Step ids are written out (not numbered), so a link keeps working when the catalogue
 * changes: steps it no longer has are dropped and reported, everything else survives.
 * Decoding validates every field and never throws, whatever it is given.
 *
 * Versions: r1 is the first. A later version gets its own prefix and a branch in
 * `decodeShare` that turns it into the current shape.
 */
import type { PlanInputs } from './plan.ts';
import { isIsoDay, type Progress, type StepProgress, type StepStatus } from './progress.ts';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK } from './measure.ts';
import type { Catalogue, Preference, Start } from './types.ts';

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
export type ShareError = 'no-plan' | 'too-long' | 'damaged' | 'not-roadmap' | 'version' | 'codes' | 'hours' | 'hours-range' | 'budget' | 'goal' | 'unreadable';

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
  return String(Math.round(clamped * 100) / 100);
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
  return [VERSION, START_CODES[inputs.start], PREFERENCE_CODES[inputs.preference], hoursText(inputs.hoursPerWeek), budget, goal, steps.join('~')].join('.');
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
    if (parts.length !== 7) return fail('not-roadmap');
    const [version, startCode, prefCode, hoursRaw, budgetRaw, goal, stepsRaw] = parts as [string, string, string, string, string, string, string];
    if (version !== VERSION) return fail('version');
    const start = START_BY_CODE.get(startCode);
    const preference = PREFERENCE_BY_CODE.get(prefCode);
    if (!start || !preference) return fail('codes');
    if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(hoursRaw)) return fail('hours');
    const hoursPerWeek = Number(hoursRaw);
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
    const inputs: PlanInputs = { start, goal, hoursPerWeek, preference, ...(budget === undefined ? {} : { budget }) };
    return { ok: true, plan: { inputs, order, progress }, report: { droppedSteps, unknownGoal: !catalogue.roles.has(goal), problems } };
  } catch {
    // Defensive: nothing above should throw, but a link must never break the page.
    return fail('unreadable');
  }
}
