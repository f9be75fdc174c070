// How the parts of the markdown export fit together: blocks of lines, and sections that
// are left out when they have nothing in them.
import { messages } from '../messages';
import { heading } from './markdown-text';

const m = messages.exportDocument;

/** Blocks of lines; blocks are joined with one blank line. */
export type Blocks = string[][];

/** How a person's part of the document is laid out. */
export interface Layout {
  /** The level of the person's section headings (2 alone, 3 among several people). */
  level: number;
  /** Added to every section heading when the document holds several people. */
  person?: string;
}

/** A heading and its blocks, or nothing when there are no blocks; blocks made as they are written are made only then. */
export function* section(layout: Layout, title: string, body: Iterable<string[]>, level = layout.level): Generator<string[]> {
  let titled = false;
  for (const block of body) {
    if (!titled) yield [heading(level, m.section(title, layout.person))];
    titled = true;
    yield block;
  }
}

/** Private words appear only when the export was asked to include them, and say so. */
export function privateMark(record: { private?: boolean }): string {
  return record.private ? `${m.privateMark} ` : '';
}
