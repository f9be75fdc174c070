// grow note [TEXT] [--tag TAG]... [--private]: write a journal note.
import { readFileSync } from 'node:fs';
import type { Context } from '../context';
import { addNote, normalizeTag } from '../domain/notes';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { editInEditor } from '../terminal/editor';
import { limitText, printJson } from './options';

export interface NoteOptions {
  tag: string[];
  private?: boolean;
}

export async function note(ctx: Context, words: string[], options: NoteOptions): Promise<void> {
  const tags = options.tag.map((given) => {
    const tag = normalizeTag(given);
    if (!tag) throw new UsageError(messages.notes.badTag(given));
    return tag;
  });
  const text = limitText('The note', await noteText(ctx, words));
  if (text === '') {
    ctx.err.write(`${messages.notes.emptyEditor}\n`);
    return;
  }
  const saved = await ctx.store.update((journal) =>
    addNote(journal, ctx.person, { text, tags, at: ctx.clock.now(), private: options.private }),
  );
  if (ctx.json) printJson(ctx, saved);
  else if (ctx.out.isTTY) ctx.out.write(`${messages.notes.saved(saved.id, saved.tags)}\n`);
  else ctx.out.write(`${saved.id}\n`);
}

/** The words given, `-` for standard input, or (at a terminal) what is written in $EDITOR. */
async function noteText(ctx: Context, words: string[]): Promise<string> {
  const given = words.join(' ').trim();
  if (given === '-') return readFileSync(0, 'utf8').trim();
  if (given !== '') return given;
  if (!ctx.interactive) throw new UsageError(messages.notes.noText);
  // The passphrase first: a mistyped one must not cost a note already written.
  await ctx.store.unlock();
  return editInEditor('', ctx.env, { memoryOnly: ctx.store.isEncrypted() }).trim();
}
