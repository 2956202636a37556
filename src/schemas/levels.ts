/** Enumerations shared by the schemas and by pure code (kept free of Astro imports). */
export const SETTINGS = [
  'physician-office',
  'hospital-outpatient',
  'hospital-inpatient',
  'risk-adjustment',
  'auditing',
  'billing',
  'health-information',
  'any',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** Ordered from a first credential to credentials for a role. */
export const LEVELS = ['entry', 'core', 'specialty', 'role'] as const;
export type Level = (typeof LEVELS)[number];

export const APPRENTICE_STATUSES = ['has-apprentice', 'is-apprentice', 'none', 'unknown'] as const;

export const SOURCE_KINDS = ['issuer', 'government', 'third-party'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who a guide is written for. */
export const AUDIENCES = ['career-changer', 'choosing-credential', 'certified-coder', 'leader'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What a guide is about. */
export const TOPICS = [
  'getting-started',
  'credentials',
  'exams',
  'pay',
  'progression',
  'specialties',
  'renewal',
  'work',
  'compliance',
  'reference',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The interactive tools a page can point to. */
export const TOOLS = ['compare', 'roadmap', 'ceu'] as const;
export type Tool = (typeof TOOLS)[number];
