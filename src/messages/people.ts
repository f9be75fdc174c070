// grow people: whose plans this journal holds, what is next for each, and their last one-on-one.
export const people = {
  unknown: (name: string) => `There is no one called "${name}" in this journal.`,
  addHint: (name: string) => `Add them first: grow people add ${JSON.stringify(name)}`,
  ownName: (name: string) => `${name} is your own name in this journal: your plan is "me", the one grow works on when --person is left out.`,
  ownNameHint: 'A one-on-one with your manager, in your own plan: grow session --person me',

  badName: 'A name of at most 80 characters, on one line. For example: grow people add "Sam Lee"',
  nameMissing: 'Name the person to add, for example: grow people add Sam',
  added: (name: string) => `Added ${name}. Start a one-on-one with: grow session --person ${JSON.stringify(name)}`,
  already: (name: string) => `${name} is already in this journal; nothing changed.`,

  title: 'People',
  none: 'No one here yet. Add a report with: grow people add Sam',
  me: '(you)',
  openItems: (n: number) => (n === 0 ? 'no open items' : n === 1 ? '1 open item' : `${n} open items`),
  next: 'next',
  last: 'last',
  noNext: 'nothing due',
  noSession: 'no one-on-one yet',
  session: (date: string, manager: string) => `one-on-one on ${date} with ${manager}`,
  nextSession: (date: string) => `next one-on-one ${date}`,
  nextSessionPast: (date: string) => `next one-on-one was due ${date}`,
};
