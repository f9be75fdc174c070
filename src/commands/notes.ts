// grow notes: the journal, newest first, filtered by date, tag and words.
import type { Context } from '../context';
import { personToRead } from '../domain/journal';
import { filterNotes, normalizeTag, type NoteFilter } from '../domain/notes';
import { UsageError } from '../errors';
import { notes as notesWords } from '../messages/notes';
import { renderNotes } from '../render/notes';
import { newestUnreadNotes } from '../store/newest-notes';
import { parseDateFlag, parseWholeNumber, printJson, type Flags } from './shared/options';
import { noteJson } from './shared/note-json';

export interface NotesOptions {
  since?: string;
  until?: string;
  tag: string[];
  search?: string;
  limit?: string;
  /** Only the ids, one a line: for grow note rm $(grow notes --tag test --ids). */
  ids?: boolean;
}

export async function notes(ctx: Context, options: Flags<NotesOptions>): Promise<void> {
  const filter = await readFilter(ctx, options);
  const journal = await ctx.store.read();
  const person = personToRead(journal, ctx.person);
  const onlyLimited = filter.limit !== undefined && filter.tags?.length === 0 && !filter.search && filter.since === undefined && filter.until === undefined;
  const found = (onlyLimited && newestUnreadNotes(person, filter.limit!)) || filterNotes(person.notes, filter);
  if (options.ids) return ctx.json ? printJson(ctx, found.map((note) => note.id)) : ctx.out.write(found.map((note) => `${note.id}\n`).join(''));
  if (ctx.json) return printJson(ctx, found.map(noteJson));
  if (found.length > 0) ctx.out.write(renderNotes(found, ctx.paint));
  else ctx.out.write(`${person.notes.length === 0 ? notesWords.none : notesWords.noneMatch}\n`);
}

async function readFilter(ctx: Context, options: Flags<NotesOptions>): Promise<NoteFilter> {
  const today = ctx.clock.today();
  const filter: NoteFilter = {
    tags: options.tag.map((given) => normalizeTag(given) ?? failTag(given)),
    search: options.search,
  };
  if (options.since !== undefined) filter.since = await parseDateFlag('--since', options.since, today, 'past', '--since "2 weeks ago"', ctx.env);
  if (options.until !== undefined) filter.until = await parseDateFlag('--until', options.until, today, 'past', '--until 2026-11-01', ctx.env);
  if (options.limit !== undefined) filter.limit = parseWholeNumber('--limit', options.limit, '--limit 10', { min: 1 });
  return filter;
}

function failTag(given: string): never {
  throw new UsageError(notesWords.badTag(given));
}
