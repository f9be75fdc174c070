// The change log in words: one line for a change ("removed note n12 "Paired with Sam…""), and
// grow undo --list, newest first, with the time of each change and which ones an undo took back.
import type { ChangeSummary, TouchedRecord } from '../domain/changes';
import { messages } from '../messages';
import { dateTimeText } from './format';
import type { Paint } from './paint';
import { oneLine } from './text';

const m = messages.undo;

/** A change as the log keeps it (store/change-log.ts): when, what it did, and what the command called it. */
export interface LoggedChangeView {
  at: string;
  summary: ChangeSummary;
  label?: string;
}

/** What the command called the change, or what its summary says it did. */
export function describeChange(change: Pick<LoggedChangeView, 'summary' | 'label'>): string {
  if (change.label !== undefined) return oneLine(change.label);
  const kinds = (['added', 'changed', 'removed'] as const).filter((kind) => change.summary.counts[kind] > 0);
  if (kinds.length === 0) return m.somethingElse;
  return kinds.map((kind) => `${m.kinds[kind]} ${records(change.summary, kind)}`).join('; ');
}

/** "note n12 "Paired with Sam…", note n13 and 2 more" */
function records(summary: ChangeSummary, kind: 'added' | 'changed' | 'removed'): string {
  const named = summary[kind].map(record);
  const more = summary.counts[kind] - named.length;
  return more > 0 ? `${named.join(', ')} ${m.andMore(more)}` : named.join(', ');
}

function record(touched: TouchedRecord): string {
  const words = [m.collections[touched.collection]];
  if (touched.id !== undefined) words.push(oneLine(touched.id));
  if (touched.excerpt !== undefined) words.push(`"${oneLine(touched.excerpt)}"`);
  if (touched.fields?.length) words.push(`(${touched.fields.map((field) => m.fields[field] ?? field).join(', ')})`);
  return words.join(' ');
}

export interface ChangeList {
  /** Oldest first, as the store gives them. */
  changes: readonly LoggedChangeView[];
  /** The change the journal is right after; -1 before them all; undefined when it is not where the log left it. */
  position: number | undefined;
}

/** Newest first: the time and words of each change, those an undo took back marked so. */
export function renderChangeList({ changes, position }: ChangeList, paint: Paint): string {
  if (changes.length === 0) return `${m.noChanges}\n`;
  const lines = [...changes.entries()].reverse().map(([i, change]) => {
    const undone = position !== undefined && i > position;
    const when = dateTimeText(new Date(change.at));
    const text = `${paint.dim(when)}  ${describeChange(change)}`;
    return undone ? `${text}  ${paint.yellow(`(${m.undoneMark})`)}` : text;
  });
  const footer = position === undefined ? m.listElsewhere : position < changes.length - 1 ? m.listRedoHint : m.listUndoHint;
  return `${paint.bold(m.listTitle)}\n\n${lines.join('\n')}\n\n${footer}\n`;
}
