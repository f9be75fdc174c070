// Opening an encrypted journal file: its envelope checked, the key from the keyring, the
// data decrypted and authenticated. Kept apart from parse-journal.ts, which loads the schema
// library: a file grow wrote itself is opened without it.
import { JournalError } from '../errors';
import { messages } from '../messages';
import { listBackups } from './backups';
import { ENVELOPE_FORMAT, readEnvelope, unseal, type Envelope, type Sealing } from './envelope';
import { isEnvelopeLike } from './envelope-start';
import type { Keyring } from './keyring';
import { readBytes, startsEncrypted } from './read';

const m = messages.journal;
const v = messages.vault;

/** The plain bytes of an envelope-like value read from `text`, and the key to write it back with. */
export async function openEnvelope(path: string, raw: Record<string, unknown>, text: string, keyring: Keyring): Promise<{ plain: Buffer; sealing: Sealing }> {
  const envelope = await checkEnvelope(path, raw, text);
  const key = await keyring.keyFor(envelope, path);
  const plain = unseal(envelope, key);
  if (!plain) throw await damaged(v.damaged(path, v.tagMismatch), path);
  return { plain, sealing: { header: envelope, key } };
}

/** Asks for (and checks) the passphrase of an encrypted journal: done before a change takes the lock. */
export async function unlockJournalFile(path: string, keyring: Keyring): Promise<void> {
  // A plain journal is told by its first bytes: only an encrypted one is read whole here.
  if (!startsEncrypted(path)) return;
  const bytes = readBytes(path)?.bytes;
  if (!bytes) return;
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return; // the read under the lock says what is wrong with it
  }
  if (isEnvelopeLike(raw)) await keyring.keyFor(await checkEnvelope(path, raw, text), path);
}

/** An envelope whose shape, layout and checksum are as grow wrote them (not yet opened). */
async function checkEnvelope(path: string, raw: Record<string, unknown>, text: string): Promise<Envelope> {
  const reading = readEnvelope(raw, text);
  if (reading.kind === 'newer') throw new JournalError(v.newer(path, reading.format, ENVELOPE_FORMAT), m.updateHint);
  if (reading.kind === 'damaged') throw await damaged(v.damaged(path, reading.detail), path);
  return reading.envelope;
}

/** A damaged-file error with the way back: the newest backup, if there is one. */
export async function damaged(message: string, path: string): Promise<JournalError> {
  try {
    const [newest] = await listBackups(path);
    return new JournalError(message, newest ? m.restoreHint(newest.path, path) : m.noBackupHint(path));
  } catch (error) {
    // Backups in a folder others may change are no way back: say why instead.
    if (error instanceof JournalError) return new JournalError(message, error.message);
    throw error;
  }
}
