// What an edit changed, field by field: "Changed action item a3:" and "due: Friday 4 December
// 2026 → Monday 7 December 2026", with a reminder that grow undo takes it back.
import { messages } from '../messages';

const m = messages.change;

export interface FieldChange {
  name: string;
  before: string;
  after: string;
}

/** `what`: the record as a person names it ("action item a3"). */
export function renderFieldChanges(what: string, changes: readonly FieldChange[]): string {
  if (changes.length === 0) return `${m.nothingChanged(what[0]!.toUpperCase() + what.slice(1))}\n`;
  const lines = changes.map((c) => `  ${m.field(c.name, c.before, c.after)}`);
  return `${m.changedTitle(what)}\n${lines.join('\n')}\n${m.undoHint}\n`;
}
