// grow people rename OLD NEW and grow people rm NAME: a report's name corrected (their plan,
// one-on-ones and items stay theirs), or a person removed with their whole plan after saying
// what goes. "me" is the journal's owner's own plan: it keeps its name and stays.
import type { Context } from '../context';
import { findPerson, isMe } from '../domain/journal';
import { checkName, renamePerson } from '../domain/people';
import { removePerson } from '../domain/removal';
import type { Journal } from '../domain/schema';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { personGoing } from '../render/removal';
import { confirmRemoval, sameAsConfirmed } from './shared/confirm';
import { printJson, type Flags } from './shared/options';

const m = messages.change.people;

export async function renamePersonCommand(ctx: Context, old: string, words: string[]): Promise<void> {
  if (isMe(old)) throw new UsageError(m.notMe);
  const given = words.join(' ');
  if (given.trim() === '') throw new UsageError(m.newNameMissing);
  const name = checkName(given);
  if (!name) throw new UsageError(messages.people.badName);
  if (isMe(name)) throw new UsageError(m.notToMe);
  const { before, changed } = await ctx.store.update(
    (journal) => {
      const person = existing(journal, old);
      const other = findPerson(journal, name);
      if (other && other !== person) throw new UsageError(m.taken(other.name));
      const before = person.name;
      if (before === name) return { before, changed: false };
      renamePerson(journal, person, name);
      return { before, changed: true };
    },
    { label: m.renamedLabel(old.trim(), name) },
  );
  if (ctx.json) return printJson(ctx, { name, was: before, changed });
  ctx.out.write(`${changed ? `${m.renamed(before, name)} ${messages.change.undoHint}` : m.sameName(name)}\n`);
}

export interface PersonRemoveOptions {
  yes?: boolean;
}

export async function removePersonCommand(ctx: Context, words: string[], options: Flags<PersonRemoveOptions>): Promise<void> {
  const name = words.join(' ').trim();
  if (isMe(name)) throw new UsageError(m.meStays);
  const removal = { command: `grow people rm ${JSON.stringify(name)}`, yes: options.yes };
  const going = (journal: Journal) => {
    const person = existing(journal, name);
    return { person, lines: personGoing(person) };
  };
  const seen = going(await ctx.store.read());
  if (!(await confirmRemoval(ctx, removal, seen.lines))) return;
  await ctx.store.update(
    (journal) => {
      const now = going(journal);
      sameAsConfirmed(seen.lines, now.lines);
      removePerson(journal, now.person);
    },
    { label: m.removedLabel(seen.person.name) },
  );
  if (ctx.json) return printJson(ctx, { removed: seen.person.name });
  ctx.out.write(`${m.removed(seen.person.name)} ${messages.change.undoHint}\n`);
}

function existing(journal: Journal, name: string) {
  const person = findPerson(journal, name.trim());
  if (!person) throw new UsageError(messages.people.unknown(name.trim()), m.listHint);
  return person;
}
