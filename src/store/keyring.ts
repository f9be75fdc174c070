// The keys of encrypted journals for one run of grow. scrypt is slow on purpose, so a key is
// derived once per run and reused for every read and write with the same salt; the passphrase
// is asked for (or read from GROW_PASSPHRASE, see context.ts) only when an envelope needs it.
import { JournalError } from '../errors';
import { vault } from '../messages/vault';
import type { EnvelopeHeader } from './envelope';

export interface PassphraseSource {
  /** How many tries: one for a passphrase from the environment, a few for a person typing. */
  readonly attempts: number;
  /** The passphrase; `retry` is set after a wrong one. Throws a PassphraseNeededError when there is no way to get one. */
  ask(retry: boolean): Promise<string>;
}

/** The journal is encrypted and this run has no way to get its passphrase. */
export class PassphraseNeededError extends JournalError {}

/** GROW_PASSPHRASE when it is set (one try: a script cannot correct it), else `otherwise`. */
export function environmentPassphrase(env: NodeJS.ProcessEnv, otherwise: PassphraseSource): PassphraseSource {
  const given = env.GROW_PASSPHRASE;
  return given ? { attempts: 1, ask: async () => given } : otherwise;
}

/** For runs that cannot ask anyone: an encrypted journal is a clear error. */
export function noPassphrase(path: string): PassphraseSource {
  return {
    attempts: 1,
    ask: () => Promise.reject(new PassphraseNeededError(vault.needsPassphrase(path))),
  };
}

export class Keyring {
  private readonly keys = new Map<string, Buffer>();
  private passphrase: string | undefined;

  constructor(
    private readonly source: PassphraseSource,
    /** The person said the journal is meant to be plain text now (--accept-plaintext): see encryption-mark.ts. */
    readonly acceptsPlaintext = false,
  ) {}

  /** The key for an envelope of the journal at `path`; a wrong passphrase, after the last try, is an error. */
  async keyFor(header: EnvelopeHeader, path: string): Promise<Buffer> {
    const known = await this.knownKeyFor(header);
    if (known) return known;
    for (let attempt = 1; ; attempt++) {
      const passphrase = await this.source.ask(attempt > 1);
      const key = await this.tryPassphrase(passphrase, header);
      if (key) return key;
      if (attempt >= this.source.attempts) throw new JournalError(vault.wrongPassphrase(path));
    }
  }

  /**
   * The passphrase that opened the journal in this run, if one did: for the grow that git
   * starts to merge the journal's other copies while grow sync runs (see git-sync.ts).
   */
  get knownPassphrase(): string | undefined {
    return this.passphrase;
  }

  /** Without asking: a key derived earlier in this run, or one from the passphrase that worked before. */
  async knownKeyFor(header: EnvelopeHeader): Promise<Buffer | undefined> {
    const cached = this.keys.get(cacheKey(header));
    if (cached) return cached;
    return this.passphrase === undefined ? undefined : this.tryPassphrase(this.passphrase, header);
  }

  private async tryPassphrase(passphrase: string, header: EnvelopeHeader): Promise<Buffer | undefined> {
    // The cryptography is loaded only when there is a key to derive: most journals are plain.
    const { checkMatches, deriveKey } = await import('./envelope');
    const { key, check } = await deriveKey(passphrase, header.kdf);
    if (!checkMatches(check, header)) return undefined;
    this.keys.set(cacheKey(header), key);
    this.passphrase = passphrase;
    return key;
  }
}

const cacheKey = (header: EnvelopeHeader) => JSON.stringify([header.kdf, header.check]);
