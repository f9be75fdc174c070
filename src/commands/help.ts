// grow help [TOPIC | COMMAND...]: a topic (dates, ids, journal, coaching), or the help of a
// command, however deep (grow help action add). Commander's own help command cannot take
// topics, so grow declares this one instead.
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import type { Context } from '../context';
import { parseDate, type DateDirection } from '../domain/dates';
import { dateOrderFrom, localeFrom } from '../domain/numeric-dates';
import { UsageError } from '../errors';
import { help as m, HELP_TOPICS, type HelpTopic } from '../messages/help';
import { renderCoachingTopic, renderDatesTopic, renderIdsTopic, renderJournalTopic, type DateExample } from '../render/help-topics';

export async function help(ctx: Pick<Context, 'out' | 'clock' | 'store' | 'env'>, given: string[], program: Command): Promise<void> {
  const words = given.map((word) => word.toLowerCase());
  const [first] = words;
  if (first !== undefined && isTopic(first)) {
    if (words.length > 1) throw new UsageError(m.unknown(given.join(' ')), m.unknownHint);
    return ctx.out.write(await topicText(ctx, first));
  }
  commandNamed(program, words).outputHelp();
}

const isTopic = (word: string): word is HelpTopic => (HELP_TOPICS as readonly string[]).includes(word);

async function topicText(ctx: Pick<Context, 'clock' | 'store' | 'env'>, topic: HelpTopic): Promise<string> {
  switch (topic) {
    case 'dates': {
      const today = ctx.clock.today();
      const locale = { name: localeFrom(ctx.env), reads: await parseDate(m.dates.numbersExample, today, 'future', dateOrderFrom(ctx.env)) };
      return renderDatesTopic(today, await understood(m.dates.aheadWords, today, 'future'), await understood(m.dates.backWords, today, 'past'), locale);
    }
    case 'ids':
      return renderIdsTopic();
    case 'journal':
      return renderJournalTopic(ctx.store.path);
    case 'coaching':
      return renderCoachingTopic();
  }
}

/** Each phrase with the day it means today; one grow could not read is left out rather than shown wrong. */
async function understood(words: readonly string[], today: string, direction: DateDirection): Promise<DateExample[]> {
  const examples: DateExample[] = [];
  for (const phrase of words) {
    const date = await parseDate(phrase, today, direction);
    if (date) examples.push([phrase, date]);
  }
  return examples;
}

/** The command the words name (`action add`), or a usage error naming the first word that is not one. */
function commandNamed(program: Command, words: string[]): Command {
  let command = program;
  for (const word of words) {
    const next = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) throw new UsageError(m.unknown(words.join(' ')), m.unknownHint);
    command = next;
  }
  return command;
}
