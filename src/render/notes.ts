// Journal notes as the terminal shows them: newest first, text indented under its header.
import { messages } from '../messages';
import type { Note } from '../domain/schema';
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
    if (note.private) header += `  ${paint.yellow(`(${messages.notes.privateMark})`)}`;
    // Every line of the text that is not empty starts indented under the header.
    text += `${text === '' ? '' : '\n'}${header}\n${safeText(note.text).replace(/^(?=.)/gm, INDENT)}\n`;
  }
  return text;
}
