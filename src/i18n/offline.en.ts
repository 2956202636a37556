/** Words of the offline status, the "Save all guides" control and search results while offline. */
export const offlineUi = {
  ready: 'Ready offline: the tools, search and every guide you have read work without a connection.',
  saveAll: 'Save all guides for offline',
  checking: 'Checking which guides are saved…',
  toSave: '{n} of {total} guides are not saved yet: {size} to download.',
  saveButton: 'Save {n} guides ({size})',
  allSaved: 'All {total} guides are saved for offline reading.',
  saving: 'Saving {n} guides…',
  progress: 'Guides saved',
  done: 'Done: all {total} guides are saved for offline reading.',
  stopped: 'Saving stopped after {done} of {n} guides. Try again when you are online.',
  retry: 'Try again',
  waitOnline: 'You are offline: the guides will be saved when the connection is back.',
  storage: 'This site now uses {usage} of the {quota} your browser allows it.',
  failed: 'Could not read the list of guides. Try again when you are online.',
  unsaved: 'Not saved for offline reading yet: open it once you are online, or save all guides.',
  saveLater: 'Save all guides when back online',
} as const;
