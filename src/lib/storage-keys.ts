/** Every localStorage key the site uses; all start with `ccp:` so they never clash. */
export const STORAGE_KEYS = {
  theme: 'ccp:theme',
  /** The CEU tracker: held credentials and the activity log (the JSON backup format). */
  ceu: 'ccp:ceu',
  /** The roadmap builder: the reader's plan and progress. */
  roadmap: 'ccp:roadmap',
} as const;
