// A note as grow note edit --json and grow notes --json print it.
import { editedAt } from '../../domain/notes';
import type { Note } from '../../domain/schema';

/** The note, with the time its words were last changed, when they were (merge data is not printed). */
export function noteJson(note: Note): Note & { edited?: string } {
  const edited = editedAt(note);
  return edited === undefined ? note : { ...note, edited };
}
