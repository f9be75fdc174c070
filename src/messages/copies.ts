// The line every command says while a sync folder's conflicted copies of the journal are not
// merged (commands/shared/copies-notice.ts): apart from sync.ts, since every command loads it.
import { shellQuoted as q } from './words';

export const copies = {
  notice: (copies: string[]) =>
    copies.length === 1
      ? `grow: a sync folder's conflicted copy of the journal is not merged yet: grow merge ${q(copies[0]!)}`
      : `grow: ${copies.length} conflicted copies of the journal from a sync folder are not merged yet: grow doctor lists them.`,
};
