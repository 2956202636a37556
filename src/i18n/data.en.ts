/**
 * Words used to present data (units, yes/no, confidence, settings, levels): imported by pure
 * code that formats facts, in pages and in islands alike, without pulling in the site's other
 * words. `ui` in en.ts includes all of these.
 */
export const dataWords = {
  yes: 'Yes',
  no: 'No',
  to: 'to',
  units: {
    perYear: 'a year',
    minutes: ['minute', 'minutes'],
    hours: ['hour', 'hours'],
    days: ['day', 'days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    years: ['year', 'years'],
    questions: ['question', 'questions'],
    items: ['item', 'items'],
    cases: ['case', 'cases'],
    records: ['record', 'records'],
    ceus: ['CEU', 'CEUs'],
    'scaled-score': ['(scaled score)', '(scaled score)'],
  },
  confidence: {
    issuer: 'from the issuer',
    government: 'government figure',
    'third-party': 'third-party figure, not confirmed by the issuer',
    unconfirmed: 'unconfirmed, check with the issuer',
  },
  fact: {
    unknown: 'Not known',
    source: 'Source',
    asOf: 'as of',
    checked: 'checked',
    whereWeLooked: 'where we looked',
  },
  settings: {
    'physician-office': 'Physician practices',
    'hospital-outpatient': 'Hospital outpatient',
    'hospital-inpatient': 'Hospital inpatient',
    'risk-adjustment': 'Risk adjustment',
    auditing: 'Auditing',
    billing: 'Billing and revenue cycle',
    'health-information': 'Health information management',
    any: 'Any setting',
  },
  levels: {
    entry: 'Entry',
    core: 'Core',
    specialty: 'Specialty',
    role: 'Role',
  },
  stages: {
    entry: 'Entry',
    advanced: 'Advanced',
  },
  apprentice: {
    'has-apprentice': 'Passing without experience gives an apprentice ("-A") credential first',
    'is-apprentice': 'This is an apprentice credential',
    none: 'No apprentice status',
    unknown: 'Not known',
  },
  sourceKinds: {
    issuer: 'issuer',
    government: 'government',
    'third-party': 'third party',
  },
} as const;
