// grow note [TEXT] [--tag TAG]... [--private]: write a journal note.
import { readFileSync } from 'node:fs';
import type { Context } from '../context';
import { isMe, personToRead } from '../domain/journal';
import { addNote, normalizeTag } from '../domain/notes';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { commandLike } from '../domain/command-like';
import { oneLine, shellQuote } from '../render/text';
import { keepUnsavedNote } from '../store/unsaved-note';
import { limitText, printJson, type Flags } from './shared/options';

const m = messages.notes;

export interface NoteOptions {
  tag: string[];
  private?: boolean;
}

/** `literal`: the words came after `--`, so they are the note even when they read like a command. */
export async function note(ctx: Context, words: string[], options: Flags<NoteOptions>, literal = false): Promise<void> {
  const tags = options.tag.map((given) => {
    const tag = normalizeTag(given);
    if (!tag) throw new UsageError(m.badTag(given));
    return tag;
  });
  const { text, edited, secret } = await noteText(ctx, words);
  if (text === '') {
    ctx.err.write(`${m.emptyEditor}\n`);
    return;
  }
  // Only words typed after `grow note` can be a command typed in the wrong place.
  const typed = !edited && words.join(' ').trim() !== '-';
  if (typed && !literal && !(await meantAsNote(ctx, text))) return;
  try {
    const saved = await ctx.store.update((journal) =>
      addNote(journal, ctx.person, { text: limitText('The note', text), tags, at: ctx.clock.now(), private: options.private }),
    );
    if (ctx.json) printJson(ctx, saved);
    else if (ctx.out.isTTY) ctx.out.write(`${m.saved(saved.id, saved.tags)}\n`);
    else ctx.out.write(`${saved.id}\n`);
  } catch (error) {
    // Words typed on the command line are still in the shell's history; the editor's are not.
    if (edited) keepOrShow(ctx, text, secret, { tags, private: options.private });
    throw error;
  }
}

/**
 * Words that read like a grow command ("done a2") were most likely meant as one: at a terminal
 * the person says which; a script is stopped (exit 2) with both ways to go on.
 */
async function meantAsNote(ctx: Context, text: string): Promise<boolean> {
  const command = commandLike(text);
  if (command === undefined) return true;
  if (!ctx.interactive) throw new UsageError(m.readsLikeCommand(oneLine(text, 60), command), m.readsLikeCommandHint(command, shellQuote(text)));
  const prompter = await ctx.prompter();
  if (await prompter.confirm({ message: m.saveAsNoteQuestion(oneLine(text, 60), command), default: false })) return true;
  ctx.out.write(`${m.notSavedRun(command)}\n`);
  return false;
}

/** The words given, `-` for standard input, or (at a terminal) what is written in $EDITOR. */
async function noteText(ctx: Context, words: string[]): Promise<{ text: string; edited: boolean; secret: boolean }> {
  const given = words.join(' ').trim();
  if (given === '-') return { text: readFileSync(0, 'utf8').trim(), edited: false, secret: false };
  if (given !== '') return { text: given, edited: false, secret: false };
  if (!ctx.interactive) throw new UsageError(m.noText);
  // The journal is read (and its passphrase asked for) before the editor opens: a damaged
  // file, a mistyped passphrase or an unknown --person must not cost a note already written.
  personToRead(await ctx.store.read(), ctx.person);
  const secret = ctx.store.isEncrypted();
  // Loaded only here: a note given as words never starts a program.
  const { editInEditor } = await import('../terminal/editor');
  return { text: (await editInEditor('', ctx.env, { memoryOnly: secret })).trim(), edited: true, secret };
}

/**
 * Beside the journal, unless the journal was encrypted when the note was written (whatever
 * the file looks like now): then the note goes nowhere but the screen.
 */
function keepOrShow(ctx: Context, text: string, secret: boolean, note: { tags: string[]; private?: boolean }): void {
  const kept = secret ? undefined : keepUnsavedNote(ctx.store.path, text, ctx.clock.now());
  ctx.err.write(kept ? `${m.unsavedKept(kept, saveLater(ctx, kept, note))}\n` : `${m.unsavedShown}\n\n${text}\n\n`);
}

/** The command that saves the kept note as this one would have been saved: same journal, person, tags and privacy. */
function saveLater(ctx: Context, file: string, note: { tags: string[]; private?: boolean }): string {
  const words = ['grow', 'note', '-', '--journal', shellQuote(ctx.store.path)];
  if (!isMe(ctx.person)) words.push('--person', shellQuote(ctx.person));
  for (const tag of note.tags) words.push('--tag', shellQuote(tag));
  if (note.private) words.push('--private');
  return `${words.join(' ')} < ${shellQuote(file)}`;
}

