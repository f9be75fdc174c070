// Words of grow undo and grow redo: what a change did, in a line a person recognises.
import type { TouchedRecord } from '../domain/changes';
import type { DraftFlow } from '../domain/vocabulary';
import { recordNouns } from './words';

export const undo = {
  nothing: (step: 'undo' | 'redo') => (step === 'undo' ? 'There is no change to undo.' : 'There is no change to redo: grow redo gives back what grow undo took back.'),
  oldest: (kept: number) => `There is no earlier change to undo: grow keeps the last ${kept} changes, and the journal is back before the oldest of them.`,
  elsewhere: (path: string) => `The journal ${path} is not where grow last left it (it was restored from a backup, edited by hand or replaced by git), so grow cannot undo or redo from here; nothing was changed.`,
  elsewhereHint: 'Changes made from now on can be undone again. grow doctor lists the backups, if you want an earlier journal back.',
  logDamaged: (folder: string) => `The change log in ${folder} is damaged, so grow cannot undo or redo; the journal itself is fine. Remove that folder to start a new log.`,

  undid: (what: string) => `Undid: ${what}.`,
  redid: (what: string) => `Redid: ${what}.`,
  redoHint: 'grow redo does it again; grow undo --list shows what else can be undone.',
  undoHint: 'grow undo takes it back again.',

  listTitle: 'Changes grow can undo, newest first',
  noChanges: 'There are no changes to undo yet: each change grow makes from now on is kept here (the last 50, and at least 20 when they are large).',
  undoneMark: 'undone; grow redo gives it back',
  listUndoHint: 'grow undo takes back the newest; run it again to go further back.',
  listRedoHint: 'grow redo gives back the newest change undone; a new change instead forgets those undone.',
  listElsewhere: 'The journal is not where grow last left it (restored from a backup, edited by hand or replaced by git), so none of these can be undone from here.',

  kinds: { added: 'added', changed: 'changed', removed: 'removed' },
  collections: { people: 'person', ...recordNouns } satisfies Record<TouchedRecord['collection'], string>,
  andMore: (n: number) => `and ${n} more`,
  /** Fields as a person names them; any other is shown by its name in the file. */
  fields: { text: 'words', due: 'due date', every: 'how often', stages: 'stage', session: 'one-on-one', closed: 'day closed' } as Record<string, string>,
  /** What guided flows call the changes they save, in grow undo's words. */
  labels: {
    planSaved: (plan: string) => `saved ${plan} from grow init`,
    sessionSaved: (person: string) => `saved a one-on-one with ${person}`,
    imported: (file: string) => `imported ${file}`,
    merged: (file: string) => `merged ${file}`,
    draftKept: (flow: DraftFlow) => `kept a draft of grow ${flow}`,
    draftSetAside: (flow: DraftFlow) => `set aside a draft of grow ${flow}`,
  },
  /** A change that touched no record: a draft kept, or who the journal's owner or manager is. */
  somethingElse: 'changed a draft or a setting',
};
