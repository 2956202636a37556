/**
 * Words of the credential comparer: the group and row labels the table model
 * (src/lib/compare.ts) refers to by key, and the notices about a selection taken from the address.
 * Kept apart from en.ts so the comparer island bundles only the words it shows.
 */
export const compareLabels = {
  /** Group headings, in the order the table shows them. */
  groups: {
    issuer: 'Issuer and setting',
    exam: 'The exam',
    eligibility: 'Who can sit the exam',
    costs: 'What it costs',
    apprenticeship: 'Apprentice status',
    renewal: 'Keeping it',
    pay: 'Pay',
    bestFor: 'Best for',
  },
  /** Row headings, keyed `<group>.<row>`. */
  rows: {
    'issuer.issuer': 'Issuer',
    'issuer.level': 'Level',
    'issuer.settings': 'Where holders work',
    'exam.questions': 'Questions',
    'exam.duration': 'Length',
    'exam.format': 'Format',
    'exam.openBook': 'Code books allowed',
    'exam.books': 'Which books',
    'exam.delivery': 'Where and how',
    'exam.passingScore': 'To pass',
    'eligibility.required': 'Required',
    'eligibility.recommended': 'Recommended, not required',
    'costs.examFee': 'Exam fee (one attempt)',
    'costs.other': 'Other prices',
    'costs.membershipFee': 'Issuer membership',
    'costs.membershipRequired': 'Membership required',
    'apprenticeship.status': 'Apprentice status',
    'apprenticeship.detail': 'What that means',
    'apprenticeship.removal': 'How the apprentice status is removed',
    'renewal.ceus': 'CEUs per cycle (only credential held)',
    'renewal.together': 'Renewal if you hold these together',
    'renewal.cycle': 'Cycle',
    'renewal.categories': 'Required inside the total',
    'renewal.notes': 'Other renewal rules',
    'renewal.issuerRules': 'Rules of the issuer',
    'pay.figures': 'What holders earn',
    'bestFor.bestFor': 'Best for',
    'bestFor.work': 'The work',
  },
  /** Cell words that are not a fact's value. */
  values: {
    /** A list the credential's data leaves empty (no recommendations, no category minimums). */
    none: 'None listed',
  },
  /** The row "Renewal if you hold these together", worked out by the CEU tracker's rules. */
  together: {
    totalFor: 'Total for {names}',
    totalAlone: 'Total for {name} alone',
    noTotal: 'The renewal rules give no total for these credentials.',
    working: 'Working out…',
    noPack: 'The CEU tracker has no renewal rules for this issuer yet.',
    notInPack: 'Not yet in the CEU tracker’s renewal rules; counted toward the number of credentials held.',
    ofTotal: 'of the total',
    ownMinimum: 'Its own minimum',
    /** A held credential that another replaces (AHIMA's RHIA and RHIT); the issuer's source follows. */
    replaced: 'The {by} replaces the {old}: only the {by}’s CEUs are asked, so the {old} adds nothing to the total',
    /** A credential's own minimum inside the total, by CEU category. */
    minimum: {
      specialty: 'Specialty CEUs within it',
      auditing: 'Auditing CEUs within it',
      compliance: 'Compliance CEUs within it',
      documentation: 'Documentation CEUs within it',
      'practice-management': 'Practice management CEUs within it',
      'circc-vendor': 'CEUs from the vendors AAPC names for the CIRCC within it',
      cms: 'CMS course CEUs within it',
      'hiim-domain': 'Health information domain CEUs within it',
      'ahima-sourced': 'CEUs from AHIMA sources within it',
    },
    /** A share of the issuer's total, by CEU category; the percentage follows in brackets. */
    share: {
      specialty: 'Specialty-specific',
      auditing: 'Auditing',
      compliance: 'Compliance',
      documentation: 'Documentation',
      'practice-management': 'Practice management',
      'circc-vendor': 'From the vendors AAPC names (CIRCC)',
      cms: 'CMS courses',
      'hiim-domain': 'In AHIMA’s health information domains',
      'ahima-sourced': 'From AHIMA, HCPro or a state association',
    },
  },
  /** Column notes. */
  columns: {
    /** Before the abbreviation of the credential whose exam a column's credential takes. */
    examFrom: 'Takes the exam of',
  },
  /** The comparer's controls. */
  controls: {
    caption: 'Credentials compared side by side. Each figure links to its source.',
    removed: 'Removed {name}.',
    moved: 'Moved {name} to place {place} of {count}.',
    added: 'Added {name}.',
    chosen: 'Compared credentials',
    add: 'Add a credential',
    addButton: 'Add',
    choose: 'Choose…',
    full: 'Four credentials is the most that fit side by side; remove one to add another.',
    remove: 'Remove',
    moveLeft: 'Move left',
    moveRight: 'Move right',
    presets: 'Ready-made comparisons',
    onlyDifferences: 'Show only differences',
    differs: 'differs',
    noDifferences: 'These credentials do not differ in any row.',
    loading: 'Loading the comparison…',
    loadFailed: 'The comparison data could not be loaded. Check your connection and reload the page.',
    noscript: 'This is the default comparison. Switch on JavaScript to choose others, or open one of the ready-made comparison pages:',
    thirdParty: 'third party',
    unconfirmed: 'unconfirmed',
    source: 'source',
  },
  presets: {
    core: 'CPC vs CCS vs CIC',
    entry: 'Entry credentials: CPC vs CCA vs CBCS',
    aapcBeyondCpc: 'AAPC beyond the CPC: CRC, CPMA, CPB, COC',
  },
  /** Notices about the selection in the address (`?c=`). */
  selection: {
    unknown: 'Not a credential on this site, left out:',
    duplicates: 'Listed more than once, shown once:',
    overLimit: 'At most four credentials fit side by side; left out:',
    filled: 'Two credentials are needed to compare; added:',
    tooFew: 'Choose at least two credentials to compare.',
  },
} as const;

/** A group of the comparison table. */
export type CompareGroupKey = keyof typeof compareLabels.groups;
/** A row of the comparison table; also the key of its label in `compareLabels.rows`. */
export type CompareRowKey = keyof typeof compareLabels.rows;
