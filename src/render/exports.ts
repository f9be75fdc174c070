// The export formats, looked up by name or by a file's extension. Every renderer is a pure
// function from the exported data to text; `grow export` does the writing.
import type { Commitment, NextMeeting } from '../domain/commitments';
import type { IsoDate } from '../domain/dates';
import type { ExportedPerson } from '../domain/export-view';
import type { Journal } from '../domain/schema';
import { isEmptyCalendar, renderICalendar } from './ical';
import { jsonExportParts } from './json-export';
import { markdownParts } from './markdown';

export interface ExportInput {
  /** What is exported, as a journal (private words and older events already left out); `grow export` leaves its people out, as they come in `people`. */
  journal: Journal;
  /**
   * Each person as the export shows them. `grow export` makes each only when a renderer comes to
   * it, so that markdown and JSON, written a person at a time, never hold a journal of years whole.
   */
  people: Iterable<ExportedPerson>;
  /**
   * The JSON of each element of a person's list that nothing has read yet, as the journal file
   * holds it (`grow export` gives it for a journal it reads as it is used): a list shown whole is
   * written from it, without parsing it first.
   */
  storedElements?: (holder: object, key: string) => readonly string[] | undefined;
  /** The whole journal rather than one person's plan. */
  allPeople: boolean;
  today: IsoDate;
  since?: IsoDate;
  /** For the calendar: the owner's items in other plans, and the next one-on-ones (domain/commitments.ts). */
  promised?: readonly Commitment[];
  meetings?: readonly NextMeeting[];
}

export interface Exporter {
  format: 'md' | 'json' | 'ics';
  extensions: readonly string[];
  /** The text in parts, written as they come, so that a long export is never held whole. */
  render(input: ExportInput): Iterable<string>;
  /** True when the format cannot say "nothing" validly, so there is nothing to write. */
  isEmpty?(input: ExportInput): boolean;
  /** It shows `promised` and `meetings`: other formats are spared reading every plan for them. */
  calendar?: boolean;
}

export const EXPORTERS: readonly Exporter[] = [
  { format: 'md', extensions: ['.md', '.markdown'], render: markdownParts },
  { format: 'json', extensions: ['.json'], render: jsonExportParts },
  { format: 'ics', extensions: ['.ics', '.ical'], render: (input) => [renderICalendar(input)], isEmpty: isEmptyCalendar, calendar: true },
];

export const DEFAULT_EXPORTER = EXPORTERS[0]!;

/** md, json or ics; `markdown` and `ical` are understood too. */
export function exporterNamed(format: string): Exporter | undefined {
  const name = format.trim().toLowerCase();
  return EXPORTERS.find((e) => e.format === name || e.extensions.includes(`.${name}`));
}

export function exporterForFile(path: string): Exporter | undefined {
  const lower = path.toLowerCase();
  return EXPORTERS.find((e) => e.extensions.some((ext) => lower.endsWith(ext)));
}
