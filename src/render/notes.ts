// Journal notes as the terminal shows them: newest first, text indented under its header.
import { dateOf, toIsoDate } from '../domain/dates';
import { editedAt } from '../domain/notes';
import { change } from '../messages/change';
import { notes as notesWords } from '../messages/notes';
import type { Note } from '../domain/schema';
import { dayAndMonth, longDate } from './dates';
import { dateTimeText } from './format';
import type { Paint } from './paint';
import { safeText } from './text';

const INDENT = '      ';

export function renderNotes(notes: readonly Note[], paint: Paint): string {
  // One string grown note by note: a journal of years is thousands of notes, and one array of
  // lines per note is most of the work.
  let text = '';
  for (const note of notes) {
    let header = `${paint.cyan(note.id.padEnd(5))}  ${paint.bold(dateTimeText(new Date(note.at)))}`;
    for (const tag of note.tags) header += `  ${paint.magenta(`#${tag}`)}`;
    if (note.private) header += `  ${paint.yellow(`(${notesWords.privateMark})`)}`;
    const edited = editedWhen(note);
    if (edited) header += `  ${paint.dim(`(${edited})`)}`;
    // Every line of the text that is not empty starts indented under the header.
    text += `${text === '' ? '' : '\n'}${header}\n${safeText(note.text).replace(/^(?=.)/gm, INDENT)}\n`;
  }
  return text;
}

/** "edited Tuesday 8 December" (with the year when it is not the note's): when its words last changed. */
export function editedWhen(note: Note): string | undefined {
  const at = editedAt(note);
  if (at === undefined) return undefined;
  const day = toIsoDate(new Date(at));
  return change.note.editedMark(day.slice(0, 4) === dateOf(note.at).slice(0, 4) ? dayAndMonth(day) : longDate(day));
}
