export const dates = {
  example: 'next friday, in 3 weeks, end of march or 2027-03-01',
  needed: 'A date, please: next friday, in 3 weeks, end of march or 2027-03-01.',
  unreadable: (value: string) => `"${value}" is not a date grow can read. Try next friday, in 3 weeks, end of march or 2027-03-01.`,
  beyondYear9999: (value: string) => `"${value}" falls after 31 December 9999, the last day grow keeps.`,
  past: (date: string) => `${date} has passed. Pick a day from today on, for example in 2 weeks.`,
  understood: (date: string) => `  → ${date}`,
  /** Numbers that could be day/month or month/day, with no locale to say which. */
  ambiguous: (value: string, dayFirst: { words: string; iso: string }, monthFirst: { words: string; iso: string }) =>
    `"${value}" could be ${dayFirst.words} (day first) or ${monthFirst.words} (month first). Write it as ${dayFirst.iso} or ${monthFirst.iso}.`,
  ambiguousHint: 'Your locale does not say which comes first: with LC_TIME=en_GB.UTF-8 grow reads the day first, with en_US.UTF-8 the month. See: grow help dates',
};
