/** Every localStorage key the site uses; all start with `ccp:` so they never clash. */
export const STORAGE_KEYS = {
  theme: 'ccp:theme',
} as const;
