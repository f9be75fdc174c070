// The last check before a change is written: a bug must never reach the disk. What the change
// wrote is validated against the schema (each element it added or changed, each person and the
// journal without their lists), and the rules across records (ids and uids unique, references
// that resolve) are checked over every list the change read, together with the lists those
// rules need. Lists nothing read are as they were in a file that was valid: only the ids in
// their lines are looked at.
import { RECORD_COLLECTIONS, type RecordCollection } from '../domain/identity';
import { checkIntegrity } from '../domain/integrity';
import { JournalShellSchema, LIST_ITEM_SCHEMAS, PersonShellSchema, type Journal, type Person } from '../domain/schema';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { isRead, unreadIds } from './lazy-journal';
import { describeIssue } from './validation';

/** The element as the schema writes it (its keys in order), or the refusal to write it. */
export function validItem(journal: Journal, list: string, item: object): object {
  const schema = LIST_ITEM_SCHEMAS[list as keyof typeof LIST_ITEM_SCHEMAS];
  const result = schema.safeParse(item, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const { where, problem } = describeIssue(issue);
  const place = placeOf(journal, list, item);
  throw refusal(issue.path.length > 0 ? `${place}${where.startsWith('[') ? '' : '.'}${where}` : place, problem);
}

/** Each person and the journal itself, without their lists (which are not read for this). */
export function validateShells(journal: Journal): void {
  refuse(JournalShellSchema.safeParse(withoutLists(journal, ['people', 'removed']), { reportInput: true }), 'the top level');
  journal.people.forEach((person, i) => refuse(PersonShellSchema.safeParse(withoutLists(person, [...RECORD_COLLECTIONS, 'drafts']), { reportInput: true }), `people[${i}]`));
}

/**
 * Ids and uids unique, references resolving, one draft per flow: over every list read, after
 * reading what these rules need (the records read lists refer to, and the lists that may refer
 * to a record the change removed). An id the change wrote is also looked for in the lines of
 * the lists not read: ids are unique across people.
 */
export function checkAcrossRecords(journal: Journal, written: ReadonlyMap<RecordCollection, ReadonlySet<string>>, removed: ReadonlySet<RecordCollection>): void {
  for (const person of journal.people) readWhatMayReferTo(person, removed);
  for (const person of journal.people) readWhatIsReferred(person);
  checkIntegrity(journal, {
    addIssue: ({ message, path }) => {
      throw refusal(path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1), message);
    },
  }, (person, collection) => isRead(person, collection));
  for (const [collection, ids] of written) {
    journal.people.forEach((person, p) => {
      const taken = unreadIds(person, collection).find((id) => ids.has(id));
      if (taken !== undefined) throw refusal(`people[${p}].${collection}`, messages.journal.duplicateId(taken));
    });
  }
}

/** Items refer to goals; check-ins, one-on-ones' items and splits to items; items, check-ins and reflections to one-on-ones. */
const REFERRERS: Partial<Record<RecordCollection, RecordCollection[]>> = {
  goals: ['actions'],
  actions: ['checkins', 'sessions'],
  sessions: ['actions', 'checkins', 'reflections'],
};

function readWhatMayReferTo(person: Person, removed: ReadonlySet<RecordCollection>): void {
  for (const collection of removed) for (const referrer of REFERRERS[collection] ?? []) void person[referrer];
}

/** Read lists refer to goals (items), items (check-ins, splits, one-on-ones) and one-on-ones. */
function readWhatIsReferred(person: Person): void {
  // A list not read yet, or an empty one, refers to nothing that needs reading.
  const used = (collection: RecordCollection) => isRead(person, collection) && person[collection].length > 0;
  if (used('checkins') || used('sessions')) void person.actions;
  if (used('actions')) void person.goals;
  if (used('actions') || used('checkins') || used('reflections')) void person.sessions;
}

/** The object's own values but its lists, read without reading a list not read yet. */
function withoutLists(object: object, lists: readonly string[]): Record<string, unknown> {
  const shell: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(Object.getOwnPropertyDescriptors(object))) {
    if (!lists.includes(key) && property.value !== undefined) shell[key] = property.value;
  }
  return shell;
}

function refuse(result: { success: boolean; error?: { issues: unknown[] } }, where: string): void {
  if (result.success) return;
  const { problem } = describeIssue(result.error!.issues[0] as Parameters<typeof describeIssue>[0]);
  throw refusal(where, problem);
}

function refusal(where: string, problem: string): JournalError {
  return new JournalError(messages.journal.refusedInvalid(where, problem));
}

function placeOf(journal: Journal, list: string, item: object): string {
  if (list === 'removed') return `removed[${journal.removed?.indexOf(item as never) ?? -1}]`;
  for (const [p, person] of journal.people.entries()) {
    const at = (person[list as keyof Person] as unknown[] | undefined)?.indexOf(item) ?? -1;
    if (at >= 0) return `people[${p}].${list}[${at}]`;
  }
  return list;
}
