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
