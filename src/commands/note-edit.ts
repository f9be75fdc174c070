// grow note edit ID [--text TEXT] [--tag TAG] [--private|--shared] and grow note rm ID...:
// correcting a note keeps its id and date (the store records when its words changed);
// removing one asks first at a terminal.
import type { Context } from '../context';
import { personToRead, personToWrite } from '../domain/journal';
import { normalizeTag, rewriteNote } from '../domain/notes';
import { removeNotes } from '../domain/removal';
import type { Note } from '../domain/schema';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderFieldChanges, type FieldChange } from '../render/field-changes';
import { oneLine } from '../render/text';
import { notesGoing } from '../render/removal';
import { editInEditor } from '../terminal/editor';
import { confirmRemoval, sameAsConfirmed } from './shared/confirm';
import { limitText, printJson, type Flags } from './shared/options';
import { noteById } from './shared/plan-lookup';
import { noteJson } from './shared/note-json';

const m = messages.change;
const EXCERPT = 40;

export interface NoteEditOptions {
  text?: string;
  /** Take the private mark off: the note goes into shared exports again. */
  shared?: boolean;
}

/** What `grow note` itself takes, typed before or after `edit`: tags to add, and the private mark. */
export interface NoteMarks {
  tag: string[];
  private?: boolean;
}

export async function editNoteCommand(ctx: Context, id: string, options: Flags<NoteEditOptions>, marks: NoteMarks = { tag: [] }): Promise<void> {
  const lookup = { value: id, example: 'grow note edit n1 --text "what happened"' };
  const tags = marks.tag.map((given) => normalizeTag(given) ?? badTag(given));
  if (marks.private && options.shared) throw new UsageError(m.note.privateOrShared);
  const flagged = options.text !== undefined || tags.length > 0 || marks.private || options.shared;
  const text = options.text !== undefined ? limitText('--text', options.text.trim()) : flagged ? undefined : await editedText(ctx, lookup);
  if (text === '') throw new UsageError(m.note.emptied);
  if (text === undefined && !flagged) return;
  try {
    const { before, note } = await ctx.store.update(
      (journal) => {
        const note = noteById(journal, personToWrite(journal, ctx.person), lookup);
        const before = { ...note, tags: [...note.tags] };
        if (text !== undefined) rewriteNote(note, text);
        if (tags.length > 0) note.tags = [...new Set([...note.tags, ...tags])];
        if (marks.private) note.private = true;
        if (options.shared) delete note.private;
        return { before, note };
      },
      text === undefined ? {} : { label: m.note.editedLabel(id.trim().toLowerCase(), oneLine(text, EXCERPT)) },
    );
    if (ctx.json) return printJson(ctx, noteJson(note));
    ctx.out.write(renderFieldChanges(`${m.labels.note} ${note.id}`, noteChanges(before, note)));
  } catch (error) {
    // Words written in the editor are nowhere else: they are shown, to copy somewhere safe.
    if (text !== undefined && options.text === undefined) ctx.err.write(`${messages.notes.unsavedShown}\n\n${text}\n\n`);
    throw error;
  }
}

function noteChanges(before: Note, after: Note): FieldChange[] {
  const f = m.note.fields;
  const tags = (note: Note) => (note.tags.length > 0 ? note.tags.map((t) => `#${t}`).join(' ') : m.none);
  const shown = [
    { name: f.text, before: `"${oneLine(before.text, EXCERPT)}"`, after: `"${oneLine(after.text, EXCERPT)}"`, same: before.text === after.text },
    { name: f.tags, before: tags(before), after: tags(after), same: tags(before) === tags(after) },
    { name: f.private, before: before.private ? f.yes : f.no, after: after.private ? f.yes : f.no, same: !before.private === !after.private },
  ];
  return shown.filter((change) => !change.same);
}

function badTag(given: string): never {
  throw new UsageError(messages.notes.badTag(given));
}

/** At a terminal, the note's words as the person left them in their editor; undefined when they emptied it. */
async function editedText(ctx: Context, lookup: { value: string; example: string }): Promise<string | undefined> {
  if (!ctx.interactive) throw new UsageError(m.note.textNeeded(lookup.value));
  // The journal is read (and its passphrase asked for) before the editor opens.
  const journal = await ctx.store.read();
  const note = noteById(journal, personToRead(journal, ctx.person), lookup);
  ctx.err.write(`${m.note.editorIntro(note.id)}\n`);
  const text = (await editInEditor(note.text, ctx.env, { memoryOnly: ctx.store.isEncrypted() })).trim();
  if (text !== '') return text;
  ctx.err.write(`${m.note.emptied}\n`);
  return undefined;
}

export interface NoteRemoveOptions {
  yes?: boolean;
}

export async function removeNotesCommand(ctx: Context, ids: string[], options: Flags<NoteRemoveOptions>): Promise<void> {
  if (ids.length === 0) throw new UsageError(m.note.idsNeeded);
  const removal = { command: `grow note rm ${ids.join(' ')}`, yes: options.yes };
  const going = (journal: Parameters<typeof personToRead>[0]) => {
    const person = personToRead(journal, ctx.person);
    const notes = [...new Set(ids.map((value) => noteById(journal, person, { value, example: 'grow note rm n1' })))];
    return { notes, lines: notesGoing(notes) };
  };
  const { notes, lines } = going(await ctx.store.read());
  if (!(await confirmRemoval(ctx, { ...removal, many: notes.length > 1 }, lines))) return;
  const removed = await ctx.store.update((journal) => {
    const now = going(journal);
    sameAsConfirmed(lines, now.lines);
    const ids = now.notes.map((n) => n.id);
    removeNotes(personToWrite(journal, ctx.person), ids);
    return ids;
  });
  if (ctx.json) return printJson(ctx, { removed });
  ctx.out.write(`${m.note.removed(removed)} ${m.undoHint}\n`);
}
