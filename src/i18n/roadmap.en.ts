/**
 * Words of the roadmap builder: the sentences the planner's explanations are built from
 * (`roadmapExplainWords`), the island's words (`roadmapWords`, which include them) and the
 * page's own (`roadmapPage`). None of it is in the page's script: the page passes the words to
 * the island as props (ics.ts, loaded on request, keeps the calendar words as its default).
 * Pure data (no functions), so it can travel in the HTML.
 */
import type { Basis } from '../lib/roadmap/score.ts';
import type { StepStatus } from '../lib/roadmap/progress.ts';
import type { Held, Preference, RoleLevel, Start, StepKind } from '../lib/roadmap/types.ts';
import type { ShareError } from '../lib/roadmap/share.ts';

/**
 * Words the roadmap logic puts together into reasons, totals, verdicts and calendar events
 * (src/lib/roadmap/explain.ts, ics.ts). Plain data: `{name}` marks a value filled in, and a
 * pair is [one, many] for a count `{n}` (see src/lib/roadmap/words.ts).
 */
export const roadmapExplainWords = {
  preference: {
    fastest: 'the quickest route',
    cheapest: 'the cheapest route',
    'most-recognised': 'the most recognised route',
  } satisfies Record<Preference, string>,
  basis: {
    'only-option': 'it is the only option that can be planned',
    'suits-start': 'it suits where you are starting from',
    'fewer-unknown-lengths': 'fewer of its lengths are unknown, so the plan can say how long it takes',
    'fewer-unknown-costs': 'fewer of its prices are unknown, so the plan can say what it costs',
    time: 'it is the quickest on the figures we have (unknown lengths never counted as short)',
    cost: 'it is the cheapest on the figures we have (unknown prices never counted as low)',
    recognition: 'it is the most recognised',
    size: 'where lengths or prices are not known, it is the smaller programme, so the quicker and cheaper one',
    'fewer-steps': 'where the figures cannot tell the options apart, it needs the fewest new steps',
    'listed-first': 'the options tie on every measure, and it is listed first',
  } satisfies Record<Basis, string>,
  goal: 'The job you chose asks for it.',
  neededBy: 'Needed before: {title}.',
  follows: 'Completes "{title}": without it you hold the apprentice designation.',
  /** How a choice reads: "{name}, chosen over {others} for {route}, because {because}." */
  chosen: '{name}, chosen{over} for {route}, because {because}.',
  over: ' over {others}',
  unknownLength: ['plus one step of unknown length', 'plus {n} steps of unknown length'],
  unknownPrice: ['plus one unknown price', 'plus {n} unknown prices'],
  weeks: '{text} weeks',
  months: '{text} months',
  range: '{min} to {max}',
  noTime: 'no time of its own',
  free: 'nothing',
  budget: {
    within: 'Fits your budget.',
    maybe: 'May fit your budget: it depends on prices at the top of their ranges or not yet known.',
    over: 'Over your budget: the money runs out at "{step}".',
    /** `{route}` starts the sentence: its first letter is made a capital. */
    cheaper: '{route} may fit: {usd} at known prices, {unknown}.',
    switched: '{from} would go over your budget, so this plan takes a route that fits it instead.',
  },
  /** Milestone events in the .ics file. */
  calendar: {
    summary: 'Target: {title}',
    description: 'The target date you set for "{title}" in your medical coding roadmap.',
    /** Added to the description of a step that is not to do. */
    status: ' When this file was made it was {status}.',
    statuses: { 'in-progress': 'in progress', done: 'done', skipped: 'skipped' },
  },
} as const;

/** The page around the island (not bundled with it). */
export const roadmapPage = {
  title: 'Roadmap builder',
  description:
    'A dated, costed plan from where you stand to the US medical coding job you want: each step with its length, price, sources and reasons. Saved in your browser, shareable by link.',
  lead: 'Answer five questions and get a plan of your own: each step with how long it takes, what it costs, what it leads to and why it is there, every figure with its source. Mark your progress, set target dates, print it or share it by link.',
  noscript:
    'Without JavaScript this page shows an example plan: from no healthcare background to an outpatient coding job, on the cheapest route at ten hours a week. Switch on JavaScript to answer the questions, track your progress and share your plan.',
} as const;

/**
 * The roadmap island's words: questions, step controls, notices, share, print and calendar.
 * The page passes them to the island as props, so they travel in the HTML, not in its script.
 */
export const roadmapWords = {
  explain: roadmapExplainWords,
  form: {
    heading: 'Your questions',
    start: 'Where are you starting from?',
    goal: 'Which job do you want?',
    years: 'Years of coding work (optional)',
    yearsHint: 'Paid coding work an employer could verify, such as 0, 1.5 or 3. Work you have is never planned again.',
    yearsInvalid: 'Give a number of years from 0 to 50, or leave it empty.',
    held: 'Credentials you hold',
    heldHint: 'Tick all that apply. Steps these put behind you are left out of the plan.',
    target: 'When do you want to get there? (optional)',
    targetHint: 'The plan says whether it can reach the job by then, on the figures it has.',
    targetInvalid: 'This is not a date the roadmap can read. Use a real day, such as 2027-09-30, or leave it empty.',
    hours: 'Hours a week you can study',
    hoursHint: 'From 1 to 80. Study steps take longer with fewer hours; calendar time does not change.',
    budget: 'Budget in US dollars (optional)',
    budgetHint: 'Leave empty for no budget. Unknown prices are never counted as free.',
    preference: 'What matters most?',
    submit: 'Plan my route',
    replaces: 'A new plan replaces your list of steps; progress you marked on a step is kept by the step.',
  },
  starts: {
    'no-background': 'No healthcare background',
    'healthcare-worker': 'I work in healthcare (not coding)',
    student: 'I am a student',
    'cpc-a': 'I hold the CPC-A (apprentice)',
    certified: 'I am a certified coder',
  } satisfies Record<Start, string>,
  held: {
    'cpc-a': 'CPC-A (apprentice)',
    cpc: 'CPC',
    'coc-a': 'COC-A (apprentice)',
    coc: 'COC',
    cca: 'CCA',
    ccs: 'CCS',
    'ccs-p': 'CCS-P',
    cic: 'CIC',
    crc: 'CRC',
    cpma: 'CPMA',
    cpb: 'CPB',
    cbcs: 'CBCS',
    rhit: 'RHIT',
    rhia: 'RHIA',
    'coding-course': 'A coding course of the contact hours AAPC counts (not a credential)',
  } satisfies Record<Held, string>,
  preferences: {
    fastest: 'Fastest',
    cheapest: 'Cheapest',
    'most-recognised': 'Most recognised',
  } satisfies Record<Preference, string>,
  levels: {
    entry: 'Entry jobs',
    experienced: 'Experienced coders',
    specialty: 'Specialty coders',
    leadership: 'Leading and teaching',
  } satisfies Record<RoleLevel, string>,
  kinds: {
    education: 'Education',
    exam: 'Exam',
    membership: 'Membership',
    experience: 'Experience',
    job: 'Job',
    'apprentice-removal': 'Apprentice status',
    credential: 'Credential',
  } satisfies Record<StepKind, string>,
  statuses: {
    todo: 'To do',
    'in-progress': 'In progress',
    done: 'Done',
    skipped: 'Skipped',
  } satisfies Record<StepStatus, string>,
  plan: {
    heading: 'Your plan',
    exampleHeading: 'An example plan',
    sharedHeading: 'The shared plan',
    summary: 'To {goal}: {steps}.',
    steps: ['one step', '{n} steps'],
    example: 'This is an example. Answer the questions above to make it yours; it is saved in this browser only.',
    empty: 'No steps in this plan. Add one from the catalogue below, or answer the questions again.',
    alreadyQualified: 'Where you start already meets what this job asks for.',
    assumedDone: 'Counted as done from where you start:',
    progress: '{done} of {total} done.',
    /** `{preference}` is the answer's label in lower case. */
    answers: 'From "{start}" to "{goal}", {hours} hours a week, {preference} first{budget}.',
    budget: ', budget {budget}',
    unknownGoal: 'The job this plan was made for is no longer on this site. Choose a goal and plan again; your steps and progress are kept until then.',
    unreachable: 'This site has no route to that job from where you start yet.',
  },
  step: {
    time: 'Time',
    cost: 'Cost',
    unlocks: 'Leads to',
    why: 'Why it is here',
    sources: 'Sources',
    when: 'When',
    unknown: 'Not known',
    whereWeLooked: 'where we looked',
    asOf: 'as of',
    checked: 'checked',
    studyHours: '{hours} of study at {perWeek} hours a week',
    hours: ['{text} hour', '{text} hours'],
    added: 'You added this step.',
    status: 'Status',
    target: 'Target date',
    targetShown: 'Target',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
  },
  when: {
    atStart: 'At the start',
    from: 'From {from} to {to}',
    at: 'At {at}',
    since: 'From {at}',
    in: '{text} in',
    start: 'the start',
    later: 'later by steps of unknown length',
    unknownLength: 'length not known',
  },
  warnings: {
    heading: 'Order problems',
    after: '"{step}" needs {needs} first, but it comes later in your plan.',
    missing: '"{step}" needs {needs}, which is not in your plan (or is skipped).',
    quoted: '"{title}"',
    oneOf: 'one of {titles}',
  },
  add: {
    label: 'Add a step from the catalogue',
    choose: 'Choose a step…',
    button: 'Add step',
    none: 'Every step in the catalogue is in your plan.',
  },
  goal: {
    heading: 'The job you are aiming at',
    rule: 'What its employers ask for',
    pay: 'What it pays',
    remote: 'Working from home',
    time: 'Time to the job',
    /** `{unknown}` is empty or unknownLengths. */
    deadline: {
      within: 'By {date}: yes. At the longest known figures the plan reaches the job in {time}.',
      maybe: 'By {date}: maybe. On the figures known the plan reaches the job in {time}{unknown}.',
      over: 'Not by {date} on the figures known: even at the shortest, the plan takes {time} to reach the job{unknown}.',
    },
    unknownLengths: ', plus steps of unknown length ({steps})',
    unknownCount: ['One step before the job has no published length, so the date cannot be promised.', '{n} steps before the job have no published length, so the date cannot be promised.'],
  },
  totals: {
    heading: 'Totals',
    known: 'Known prices add up to {usd}.',
    notKnown: 'Not known: {steps}.',
    time: 'Time',
    cost: 'Cost',
    ahead: 'Still ahead',
    budget: 'Budget',
    mayBreak: 'At the top of the price ranges, the money would run out at "{step}".',
  },
  timeline: {
    heading: 'Timeline',
    caption: 'Each step from its start to its end, from the start of the plan. Lighter bars show the range between the lowest and highest figures.',
  },
  share: {
    heading: 'Share, print, calendar',
    copy: 'Copy share link',
    copied: 'Link copied.',
    copyFailed: 'The link could not be copied here; select it below and copy it yourself.',
    link: 'Link to this plan and its progress',
    print: 'Print',
    ics: 'Download calendar (.ics)',
    icsHint: 'Set a target date on a step to put it in a calendar.',
    icsDone: ['Calendar with one target date downloaded.', 'Calendar with {n} target dates downloaded.'],
    icsFailed: 'The calendar file could not be made. Check your connection and try again.',
    privacy: 'The link holds your answers, steps and progress, nothing else. Anyone with it sees the same plan.',
  },
  shared: {
    viewing: 'You are looking at a plan someone shared. Your own saved plan has not changed.',
    noOwn: 'You have no saved plan of your own yet.',
    keep: 'Save as my plan',
    keepReplaces: 'This replaces the plan saved in this browser.',
    close: 'Back to my plan',
    notSaved: 'Changes to a shared plan are not saved unless you save it as your plan.',
    dropped: 'Steps this site no longer lists were left out:',
    problems: 'Parts of the link could not be read and were left out:',
    broken: 'The link could not be opened:',
    /** Why a link could not be opened (src/lib/roadmap/share.ts ShareError). */
    errors: {
      'no-plan': 'The link holds no plan.',
      'too-long': 'The link holds no plan, or one too long to read.',
      damaged: 'The link is damaged.',
      'not-roadmap': 'The link is not a roadmap link.',
      version: 'The link comes from a newer or unknown version of the roadmap.',
      codes: 'The link names a starting point or preference the roadmap does not know.',
      hours: 'The hours a week in the link are not a number.',
      'hours-range': 'The hours a week in the link are out of range.',
      budget: 'The budget in the link is not a number.',
      goal: 'The link names no goal.',
      years: 'The years of coding work in the link are not a number the roadmap accepts.',
      held: 'The link names a credential the roadmap does not know.',
      target: 'The target date in the link is not a real date.',
      unreadable: 'The link could not be read.',
    } satisfies Record<ShareError, string>,
    /** Parts of a link left out (ShareProblem). */
    problem: {
      malformed: 'a step in the link is malformed ("{text}")',
      twice: 'the step "{step}" is listed twice; the first was kept',
      'too-many': 'the link lists more steps than a plan can hold; the extra ones were left out',
    },
    kept: 'The shared plan is now your plan, saved in this browser.',
    closed: 'Back to your own plan.',
  },
  storage: {
    unavailable: 'This browser does not let the page save. Your plan stays while the page is open; share it by link or print it to keep it.',
    unreadable: 'Your saved plan could not be read, so the page starts from the example. The unreadable data has been kept in this browser under a backup and is not lost.',
    unreadableNotKept: 'Your saved plan could not be read, and no backup copy could be made. To keep that data safe, changes are not saved until you download it.',
    download: 'Download the unreadable data',
    downloadFailed: 'The file could not be made. Check your connection and try again.',
    saveFailed: 'Your last change could not be saved in this browser (it may be full or in private mode). Your plan stays while the page is open; share it by link or print it to keep it.',
    dataFailed: 'The steps could not be loaded, so the page cannot make or show your plan (the example below is still there). Check your connection and reload the page; your saved plan is untouched.',
  },
  retired: {
    notice: 'Your plan mentions steps this site no longer lists. Their progress is kept, not deleted:',
    forget: 'Forget these steps',
  },
  announce: {
    planned: ['New plan with one step.', 'New plan with {n} steps.'],
    status: '{step}: {status}.',
    target: '{step}: target date {date}.',
    targetCleared: '{step}: target date cleared.',
    moved: '{step} moved to position {position} of {of}.',
    added: '{step} added at position {position}.',
    /** Steps that came with an added one. */
    addedWith: ' With it, what it needs and what completes it: {steps}.',
    /** Steps an added one needs that the reader had marked skipped (they stay skipped). */
    addedSkipped: ' It needs {steps}, which you marked skipped.',
    removed: '{step} removed.',
    /** Steps that went with a removed one. */
    removedWith: ' Also removed, because only it needed them: {steps}.',
    forgot: ['One retired step forgotten.', '{n} retired steps forgotten.'],
  },
} as const;
