// Reading a file to import: UTF-8 text, JSON, then a grow journal or a jrnl export. Any
// problem is a GrowError that names the file and where it goes wrong; nothing is changed.
import { open } from 'node:fs/promises';
import type * as z from 'zod/mini';
import { JrnlExportSchema, looksLikeJrnl, type JrnlExport } from '../domain/jrnl';
import { migrate } from '../domain/migrations';
import { JournalSchema, type Journal } from '../domain/schema';
import { SCHEMA_VERSION } from '../domain/vocabulary';
import { GrowError, systemReason } from '../errors';
import { messages } from '../messages';
import { isEnvelopeLike } from './envelope-start';
import { decodeUtf8, isRawJournal, jsonErrorDetail } from './parse-journal';
import { MAX_JOURNAL_BYTES } from './read';
import { describeIssue, MAX_NESTING, nestedDeeperThan } from './validation';

const m = messages.importCommand;

export async function readImportFile(path: string): Promise<unknown> {
  const bytes = await readAtMost(path, MAX_JOURNAL_BYTES).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof GrowError) throw error;
    if (error.code === 'ENOENT') throw new GrowError(m.missingFile(path));
    throw new GrowError(m.unreadable(path, error.code === 'EISDIR' ? m.isFolder : systemReason(error)));
  });
  const text = decodeUtf8(bytes);
  if (typeof text === 'number') throw new GrowError(m.notUtf8(path, text));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new GrowError(m.notJson(path, jsonErrorDetail(error as Error, text)));
  }
  if (nestedDeeperThan(raw)) throw new GrowError(m.tooDeep(path, MAX_NESTING));
  return raw;
}

/** A file, or a pipe such as /dev/stdin, read up to `limit` bytes: /dev/zero must not fill the memory. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of file.createReadStream({ autoClose: false, highWaterMark: 2 ** 20 })) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new GrowError(m.tooLarge(path, limit / 2 ** 20));
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  } finally {
    await file.close();
  }
}

export function parseGrowExport(path: string, raw: unknown): Journal {
  refuseEncrypted(path, raw);
  const hint = looksLikeJrnl(raw) ? m.looksLikeJrnl : undefined;
  if (!isRawJournal(raw)) throw new GrowError(m.noVersion(path), undefined, hint);
  const migrated = migrate(raw);
  if (migrated.kind === 'newer') throw new GrowError(m.newer(path, migrated.version, SCHEMA_VERSION), undefined, messages.journal.updateHint);
  if (migrated.kind === 'unknown') throw new GrowError(m.unknownVersion(path, migrated.version));
  return parsed(JournalSchema, migrated.journal, (where, problem) => m.notGrow(path, where, problem));
}

export function parseJrnlExport(path: string, raw: unknown): JrnlExport {
  refuseEncrypted(path, raw);
  return parsed(JrnlExportSchema, raw, (where, problem) => m.notJrnl(path, where, problem));
}

/** An encrypted journal has no "version" to complain about: what it needs is its passphrase. */
function refuseEncrypted(path: string, raw: unknown): void {
  if (isEnvelopeLike(raw)) throw new GrowError(m.encrypted(path), undefined, m.encryptedHint(path));
}

function parsed<T>(schema: z.ZodMiniType<T>, raw: unknown, message: (where: string, problem: string) => string): T {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const { where, problem } = describeIssue(result.error.issues[0]!);
  throw new GrowError(message(where, problem));
}
