// The lines every command says of the journal's file before its own words
// (commands/shared/journal-notices.ts): apart from the other messages, since every command loads them.
import { shellQuoted as q } from './words';

export const notices = {
  copies: (copies: string[]) =>
    copies.length === 1
      ? `grow: a sync folder's conflicted copy of the journal is not merged yet: grow merge ${q(copies[0]!)}`
      : `grow: ${copies.length} conflicted copies of the journal from a sync folder are not merged yet: grow doctor lists them.`,
  madePrivate: (path: string, mode: number) => {
    const may = [(mode & 0o044) !== 0 && 'read', (mode & 0o022) !== 0 && 'change'].filter(Boolean).join(' and ');
    return `grow: others on this computer could ${may} ${q(path)} (mode ${mode.toString(8)}): it is private again, mode 600.`;
  },
};
