// Words of grow undo and grow redo.
export const undo = {
  nothing: (step: 'undo' | 'redo') => (step === 'undo' ? 'There is no change to undo.' : 'There is no change to redo: grow redo gives back what grow undo took back.'),
  elsewhere: (path: string) => `The journal ${path} is not where grow last left it (it was restored from a backup, edited by hand or replaced by git), so grow cannot undo or redo from here; nothing was changed.`,
  elsewhereHint: 'Changes made from now on can be undone again.',
  logDamaged: (folder: string) => `The change log in ${folder} is damaged, so grow cannot undo or redo; the journal itself is fine. Remove that folder to start a new log.`,
};
