// The text of grow help TOPIC, from the wording in messages/help.ts, folded to fit a terminal.
import type { IsoDate } from '../domain/dates';
import { help as m } from '../messages/help';
import { longDate } from './dates';
import { wrap } from './wrap';

/** A date phrase and the day it means today. */
export type DateExample = readonly [words: string, date: IsoDate];

/** `locale`: the person's locale, if any, and the day it makes of the example in numbers (none when it does not say). */
export function renderDatesTopic(today: IsoDate, ahead: readonly DateExample[], back: readonly DateExample[], locale: { name?: string; reads?: IsoDate }): string {
  const rows = (examples: readonly DateExample[]) => examples.map(([words, date]) => `  ${words.padEnd(20)}${longDate(date)}`).join('\n');
  const yours = m.dates.yourLocale(locale.name, m.dates.numbersExample, locale.reads && longDate(locale.reads));
  return blocks([wrap(m.dates.intro(longDate(today)), ''), `${m.dates.ahead}\n${rows(ahead)}`, `${m.dates.back}\n${rows(back)}`, ...m.dates.notes.map(paragraph), paragraph(yours)]);
}

export function renderIdsTopic(): string {
  const table = m.ids.rows.map(([id, what, example]) => `  ${id.padEnd(6)}${what.padEnd(18)}${example}`).join('\n');
  return blocks([paragraph(m.ids.intro), table, ...m.ids.more.map(paragraph)]);
}

export const renderJournalTopic = (path: string): string => blocks(m.journal(path).map(paragraph));

export const renderCoachingTopic = (): string => blocks([paragraph(m.coaching.intro), ...m.coaching.ideas.map((idea) => wrap(idea, '  ')), paragraph(m.coaching.credits)]);

const paragraph = (text: string) => wrap(text, '');

const blocks = (parts: readonly string[]) => `${parts.join('\n\n')}\n`;
