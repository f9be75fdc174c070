// Rules the shape alone cannot express: ids and uids are unique across the journal and every
// reference points at a record that exists in the same person's plan. A write checks only
// the lists it read (`included`): the others are as they were in a journal that was valid.
import { RECORD_COLLECTIONS, type RecordCollection } from './identity';
import type { Journal, Person } from './schema';

type Path = (string | number)[];
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: Path; input?: unknown }): void;
}

export function checkIntegrity(journal: Journal, ctx: IssueSink, included: (person: Person, list: RecordCollection | 'drafts') => boolean = () => true): void {
  const report = (message: string, path: Path) => ctx.addIssue({ code: 'custom', message, path });
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  const seenUids = new Set<string>();
  // Where a record is, made only when it is reported: a write checks years of records.
  const uniqueUid = (uid: string | undefined, where: () => Path) => {
    if (uid === undefined) return;
    if (seenUids.has(uid)) report(`duplicate uid ${uid}`, [...where(), 'uid']);
    seenUids.add(uid);
  };

  const unique = (recordId: string, where: () => Path) => {
    if (seenIds.has(recordId)) report(`duplicate id ${recordId}`, [...where(), 'id']);
    seenIds.add(recordId);
  };

  journal.people.forEach((person, p) => {
    const at = (...rest: Path): Path => ['people', p, ...rest];
    const key = person.name.toLowerCase();
    if (seenNames.has(key)) report(`duplicate person "${person.name}"`, at('name'));
    seenNames.add(key);
    uniqueUid(person.uid, () => at());
    const list = <C extends RecordCollection | 'drafts'>(collection: C): Person[C] => (included(person, collection) ? person[collection] : ([] as unknown as Person[C]));
    for (const collection of RECORD_COLLECTIONS) list(collection).forEach((record: { uid?: string }, i: number) => uniqueUid(record.uid, () => at(collection, i)));

    const goals = new Set(list('goals').map((g) => g.id));
    const actions = new Set(list('actions').map((a) => a.id));
    const sessions = new Set(list('sessions').map((s) => s.id));
    const knownSession = (sessionId: string | undefined, where: () => Path) => {
      if (sessionId !== undefined && !sessions.has(sessionId)) report(`refers to unknown session ${sessionId}`, where());
    };

    list('goals').forEach((g, i) => unique(g.id, () => at('goals', i)));
    list('actions').forEach((a, i) => {
      unique(a.id, () => at('actions', i));
      if (!goals.has(a.goal)) report(`refers to unknown goal ${a.goal}`, at('actions', i, 'goal'));
      knownSession(a.session, () => at('actions', i, 'session'));
    });
    list('checkins').forEach((c, i) => {
      unique(c.id, () => at('checkins', i));
      if (c.item !== undefined && !actions.has(c.item)) report(`refers to unknown action item ${c.item}`, at('checkins', i, 'item'));
      c.split?.forEach((part, j) => {
        if (!actions.has(part)) report(`refers to unknown action item ${part}`, at('checkins', i, 'split', j));
      });
      knownSession(c.session, () => at('checkins', i, 'session'));
    });
    list('reflections').forEach((r, i) => {
      unique(r.id, () => at('reflections', i));
      knownSession(r.session, () => at('reflections', i, 'session'));
    });
    list('notes').forEach((n, i) => unique(n.id, () => at('notes', i)));
    list('sessions').forEach((s, i) => {
      unique(s.id, () => at('sessions', i));
      s.items?.forEach((agreed, j) => {
        if (!actions.has(agreed.item)) report(`refers to unknown action item ${agreed.item}`, at('sessions', i, 'items', j, 'item'));
      });
    });

    const flows = new Set<string>();
    list('drafts').forEach((d, i) => {
      if (flows.has(d.flow)) report(`more than one ${d.flow} draft`, at('drafts', i, 'flow'));
      flows.add(d.flow);
    });
  });
}
