// The action items as a mermaid gantt chart, one section per goal. Mermaid gives meaning to
// `:`, `;`, `#`, `%%` and to keywords at the start of a line, and a backtick could close
// the fence, so names keep only letters, digits, spaces and plain punctuation, and every
// line starts with an id.
import { addDaysTo } from '../domain/dates';
import type { Person } from '../domain/schema';
import { WIDTH } from './markdown-text';

const INDENT = '    ';
const UNSAFE = /[^\p{L}\p{N} .,'!?()/+-]+/gu;

/** Words that mermaid reads as words, cut to fit `room` characters. */
export function mermaidName(text: string, room: number): string {
  const words = text.replace(UNSAFE, ' ').trim().split(/\s+/).filter(Boolean);
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name} ${word}`;
    // A first word too long for the line is cut, never inside a character.
    if (next.length > room) return name === '' ? word.slice(0, room).replace(/[\uD800-\uDBFF]$/, '') : name;
    name = next;
  }
  return name;
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
