// What keeping a journal in git did, as the store hands it to the commands that report it.
import type { Journal } from './schema';

/** What grow's git setup wrote; nothing set when everything was there already. */
export interface SetupWritten {
  /** The line added to .gitattributes. */
  attributes?: string;
  /** The lines added to .gitignore. */
  ignore: string[];
  /** The merge driver's command, written to the repository's config. */
  driver?: string;
}

export interface SyncOutcome {
  /** The repository's top folder. */
  repo: string;
  /** remote/branch */
  upstream: string;
  /** The message of the commit of the journal, when there was something to commit. */
  committed?: string;
  /** The journal before and after what came from the remote, when something came. */
  merged?: { before: Journal; after: Journal };
  pushed: boolean;
}
