// The action items as a mermaid gantt chart, one section per goal. Mermaid gives meaning to
// `:`, `;`, `#`, `%%` and to keywords at the start of a line, and a backtick could close
// the fence, so names keep only letters, digits, spaces and plain punctuation, and every
// line starts with an id.
import { addDaysTo } from '../domain/dates';
import type { Person } from '../domain/schema';
import { WIDTH } from './markdown-text';

const INDENT = '    ';
const UNSAFE = /[^\p{L}\p{N} .,'!?()/+-]+/gu;
const ELLIPSIS = '…';

/** Words that mermaid reads as words; when they do not fit in `room` characters, shortened at a word with an ellipsis. */
export function mermaidName(text: string, room: number): string {
  const name = text.replace(UNSAFE, ' ').trim().replace(/\s+/g, ' ');
  if (name.length <= room) return name;
  const cut = name.slice(0, room).lastIndexOf(' ', room - ELLIPSIS.length);
  // A first word too long for the line is cut, never inside a character.
  const kept = cut > 0 ? name.slice(0, cut) : name.slice(0, room - ELLIPSIS.length).replace(/[\uD800-\uDBFF]$/, '');
  return `${kept.replace(/[ .,'!?/+-]+$/, '')}${ELLIPSIS}`;
}

/** A code block, or nothing when no item is open or done. */
export function ganttLines(person: Person): string[] {
  const items = person.actions.filter((a) => a.status !== 'dropped');
  if (items.length === 0) return [];
  const lines = ['```mermaid', 'gantt', `${INDENT}dateFormat YYYY-MM-DD`];
  for (const goal of person.goals) {
    const mine = items.filter((a) => a.goal === goal.id);
    if (mine.length === 0) continue;
    const section = `${INDENT}section ${goal.id}`;
    lines.push(`${section} ${mermaidName(goal.title, WIDTH - section.length - 1)}`.trimEnd());
    for (const action of mine) {
      const end = action.status === 'done' && action.closed ? action.closed : action.due;
      // Mermaid cannot draw an item that ends before it starts.
      const finish = end > action.created ? end : addDaysTo(action.created, 1);
      const data = ` :${action.status === 'done' ? 'done' : 'active'}, ${action.id}, ${action.created}, ${finish}`;
      const start = `${INDENT}${action.id}`;
      const name = mermaidName(action.text, WIDTH - start.length - data.length - 1);
      lines.push(`${start}${name ? ` ${name}` : ''}${data}`);
    }
  }
  lines.push('```');
  return lines;
}
