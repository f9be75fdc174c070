// Encrypting, decrypting and changing the passphrase: the journal, every backup and the change
// log are rewritten in the new form under the lock; what they say does not change. Backups and
// the log go first, so that an encrypted journal is never left beside copies of it in plain text.
import { readFile, rm } from 'node:fs/promises';
import { fillDerivedUids } from '../domain/identity';
import { emptyJournal } from '../domain/journal';
import { replaceFileAtomic } from './atomic-write';
import { listBackups } from './backups';
import { resealChangeLog } from './change-log';
import { forgetEncrypted, markEncrypted } from './encryption-mark';
import { readEnvelope, seal, unseal, type Sealing } from './envelope';
import { isEnvelopeLike, startsAsEnvelope } from './envelope-start';
import { journalText } from './journal-text';
import type { Keyring } from './keyring';
import { isUnchanged, readJournalFile } from './read';
import { remindFactsPath } from './remind-facts';
import { underLock, writeJournalText } from './transaction';

/** `target`: the new key, or null for plain text. A journal that does not exist yet is created empty. */
export async function runReseal(path: string, keyring: Keyring, target: Sealing | null): Promise<void> {
  await underLock(path, keyring, undefined, async (lock) => {
      const file = await readJournalFile(path, keyring);
      const encode = (plain: Uint8Array) => (target ? Buffer.from(seal(plain, target)) : plain);
      for (const backup of await listBackups(path)) {
        const bytes = await readFile(backup.path).catch(() => undefined);
        if (!bytes || (!target && !startsAsEnvelope(bytes))) continue; // gone, or already plain
        const plain = startsAsEnvelope(bytes) ? await unsealWithKnownKey(bytes, keyring) : bytes;
        if (plain) await replaceFileAtomic(backup.path, encode(plain));
      }
      await resealChangeLog(path, keyring, target ?? undefined);
      // What grow remind keeps names people and dates in plain text; it works them out again.
      if (target) await rm(remindFactsPath(path), { force: true });
      // The mark that the journal is encrypted is there while it is: never beside a plain journal it does not belong to.
      else await forgetEncrypted(path);
      // What is written is remembered as valid and then read as grow writes it: every record with its uid.
      if (file && !file.canonical) fillDerivedUids(file.journal);
      const text = file ? (file.canonical ? file.text : journalText(file.journal)) : journalText(emptyJournal());
      await writeJournalText(path, text, target ?? undefined, lock, () => isUnchanged(path, file?.identity ?? null));
      if (target) await markEncrypted(path);
  });
}

/** A sealed backup's plain bytes, if a key this run already has opens it; else it stays as it is, still encrypted. */
async function unsealWithKnownKey(bytes: Buffer, keyring: Keyring): Promise<Buffer | undefined> {
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const reading = isEnvelopeLike(raw) ? readEnvelope(raw, text) : undefined;
  if (reading?.kind !== 'envelope') return undefined;
  const key = await keyring.knownKeyFor(reading.envelope);
  return key ? (unseal(reading.envelope, key) ?? undefined) : undefined;
}
