// Journal notes as the terminal shows them: newest first, text indented under its header.
import { messages } from '../messages';
import type { Note } from '../domain/schema';
import { dateTimeText } from './format';
import type { Paint } from './paint';
import { safeText } from './text';

const INDENT = '      ';

export function renderNotes(notes: readonly Note[], paint: Paint): string {
  const lines: string[] = [];
  for (const note of notes) {
    const header = [paint.cyan(note.id.padEnd(5)), paint.bold(dateTimeText(new Date(note.at)))];
    for (const tag of note.tags) header.push(paint.magenta(`#${tag}`));
    if (note.private) header.push(paint.yellow(`(${messages.notes.privateMark})`));
    lines.push(header.join('  '));
    for (const line of safeText(note.text).split('\n')) lines.push(line === '' ? '' : INDENT + line);
    lines.push('');
  }
  return lines.join('\n');
}
