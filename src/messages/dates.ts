export const dates = {
  example: 'next friday, in 3 weeks, end of march or 2027-03-01',
  needed: 'A date, please: next friday, in 3 weeks, end of march or 2027-03-01.',
  unreadable: (value: string) => `"${value}" is not a date grow can read. Try next friday, in 3 weeks, end of march or 2027-03-01.`,
  past: (date: string) => `${date} has passed. Pick a day from today on, for example in 2 weeks.`,
  understood: (date: string) => `  → ${date}`,
};
