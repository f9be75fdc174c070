// jrnl's JSON export (`jrnl --export json`): { "tags": {...}, "entries": [{ "title", "body",
// "date": "2026-11-25", "time": "09:30", "tags": ["@work"], "starred": false }, ...] }.
// Each entry becomes a note at its date and time, with its title over its body, its tags
// without the @ or # jrnl writes before them, and `starred` as a tag of its own.
import * as z from 'zod/mini';
import { isIsoDate, toIsoDateTime } from './dates';
import type { ImportedNote } from './import';
import { normalizeTag, tagsInText } from './notes';
import { MAX_TEXT } from './vocabulary';

export const STARRED_TAG = 'starred';

/** The rules an entry can break, by key; store/validation.ts puts them in words (messages.journal.rules). */
export type EntryRule = 'notDate' | 'notTime' | 'noText' | 'tooLong';
const broken = (rule: EntryRule) => ({ message: rule });
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

const JrnlEntrySchema = z
  .object({
    title: z.string(),
    body: z._default(z.string(), ''),
    date: z.string().check(z.refine(isIsoDate, broken('notDate'))),
    time: z._default(z.string().check(z.refine((time) => TIME.test(time), broken('notTime'))), '00:00'),
    tags: z._default(z.array(z.string()), []),
    starred: z._default(z.boolean(), false),
  })
  .check(
    z.refine((e) => e.title.trim() !== '' || e.body.trim() !== '', broken('noText')),
    z.refine((e) => noteText(e).length <= MAX_TEXT, broken('tooLong')),
  );

/** Other fields (jrnl's tag counts, uuid, creator) are read past. */
export const JrnlExportSchema = z.object({ entries: z.array(JrnlEntrySchema) });

export type JrnlExport = z.infer<typeof JrnlExportSchema>;
type JrnlEntry = JrnlExport['entries'][number];

/** A file that holds jrnl entries rather than a grow journal. */
export function looksLikeJrnl(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && Array.isArray((raw as { entries?: unknown }).entries) && !('version' in raw);
}

function noteText(entry: Pick<JrnlEntry, 'title' | 'body'>): string {
  return [entry.title.trim(), entry.body.trim()].filter(Boolean).join('\n');
}

/** jrnl allows / + * in tags; grow's tags hold letters, digits, - and _. */
function jrnlTag(tag: string): string | undefined {
  return normalizeTag(tag) ?? normalizeTag(tag.replace(/^[^\p{L}\p{N}_]+/u, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 50));
}

export function jrnlNotes(jrnl: JrnlExport): ImportedNote[] {
  return jrnl.entries.map((entry) => {
    const [year, month, day] = entry.date.split('-').map(Number) as [number, number, number];
    const [hours, minutes, seconds = 0] = entry.time.split(':').map(Number) as [number, number, number?];
    const text = noteText(entry);
    const tags = [...entry.tags.map(jrnlTag), ...tagsInText(text), entry.starred ? STARRED_TAG : undefined];
    return {
      at: toIsoDateTime(new Date(year, month - 1, day, hours, minutes, seconds)),
      text,
      tags: [...new Set(tags.filter((t): t is string => t !== undefined))],
    };
  });
}
