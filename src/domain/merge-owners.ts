// Who does an item, in the words of the journal it comes into. Owners are names as each
// journal says them: an item of a person's own plan is "me" in their own journal and their
// name in their manager's; the manager's own items carry the manager's name in both.
import { isMe, ME, sameName } from './journal';
import type { Person } from './schema';

/**
 * Rewrites the owners of a file's person (whose plan is `target` here) from the file's words
 * into this journal's: `fileOwner` is what the file's journal calls its owner, `ownOwner`
 * what this journal calls its own.
 */
export function translateOwners(person: Person, target: string, fileOwner: string | undefined, ownOwner: string | undefined): void {
  const planIsMine = isMe(target);
  const translate = (owner: string): string => {
    const isThePerson = (isMe(owner) && isMe(person.name)) || sameName(owner, person.name) || sameName(owner, target) || (isMe(person.name) && fileOwner !== undefined && sameName(owner, fileOwner));
    if (isThePerson) return planIsMine ? ME : target;
    if (ownOwner !== undefined && sameName(owner, ownOwner)) return planIsMine ? ME : ownOwner;
    if (isMe(owner)) return fileOwner ?? owner;
    return owner;
  };
  for (const action of person.actions) action.owner = translate(action.owner);
  for (const session of person.sessions) for (const agreed of session.items ?? []) agreed.owner = translate(agreed.owner);
}
