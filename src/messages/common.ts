export const common = {
  unexpected: (detail: string) => `Something went wrong inside grow: ${detail}`,
  debugHint: 'Run again with GROW_DEBUG=1 to see where.',
  /** Ctrl+C where a command has nothing of its own to say. */
  cancelled: 'Stopped, as you asked; nothing was changed.',
  /** After a question, the answer a blank line gives. */
  enterFor: (answer: string) => `(Enter for ${answer})`,
  enterKeepsTabEdits: 'Enter keeps it as it is; Tab puts it in the line to change.',
  needsTerminal: (what: string) => `${what} asks questions, so it needs a terminal.`,
  badToday: (value: string) => `GROW_TODAY must be a date like 2026-11-25, not "${value}".`,
  badNumber: (flag: string, value: string, example: string, range: { min: number; max?: number }) =>
    `${flag} must be a whole number${range.max !== undefined ? ` from ${range.min} to ${range.max}` : range.min > 0 ? ` of at least ${range.min}` : ''}, not "${value}". For example: ${example}`,
  beyondYear9999: (flag: string, value: string) => `${flag}: "${value}" falls after 31 December 9999, the last day grow keeps.`,
  badDate: (flag: string, value: string, example: string) => `${flag}: could not read "${value}" as a date. For example: ${example}`,
  tooLong: (what: string, length: number, max: number) => `${what} is ${length} characters long; grow keeps up to ${max} in one text, so split it.`,
  unknownCommand: (word: string) => `unknown command '${word}'`,
  didYouMean: (names: string[]) => `(Did you mean ${names.length > 1 ? `one of ${names.join(', ')}` : names[0]}?)`,
  usageHint: (helpCommand: string) => `See: grow ${helpCommand}`,
  emptyJournal: '--journal needs the path of a journal file; leave it out to use the default journal (or GROW_JOURNAL).',
  cannotWriteOutput: (reason: string) => `Cannot write to standard output: ${reason}.`,
};
