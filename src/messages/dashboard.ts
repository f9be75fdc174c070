// The dashboard (`grow` on its own): the plan at a glance, and a friendly start.
import { isMe } from '../domain/journal';
import { span } from './words';

export const dashboard = {
  title: (person: string) => (isMe(person) ? 'Your plan' : `${person}'s plan`),
  mission: 'Mission',
  // The plan of someone else, at the manager's keyboard, speaks of them in the third person.
  noMission: (person: string) =>
    isMe(person) ? 'No mission statement yet: grow mission set "what makes you wake up every morning"' : `No mission statement yet: grow mission set --person ${JSON.stringify(person)} "what makes ${person} wake up every morning"`,
  goals: (person: string) => (isMe(person) ? 'Who you are becoming' : `Who ${person} is becoming`),
  noGoals: (person: string) => (isMe(person) ? 'No goals yet: grow goal add "who you want to become"' : `No goals yet: grow goal add --person ${JSON.stringify(person)} "who ${person} wants to become"`),
  noItems: 'no items yet',
  due: 'Due for a check-in',
  nothingDue: 'Nothing is due for a check-in.',
  moreDue: (n: number) => `and ${n} more: grow checkin goes through them all`,
  promised: 'What you promised others',
  inPlanOf: (person: string) => `${person}'s plan`,
  morePromised: (n: number) => `and ${n} more: grow action list --mine shows them all`,
  meetings: (n: number) => (n === 1 ? 'Next one-on-one' : 'Next one-on-ones'),
  meetingWith: (name: string) => `with ${name}`,
  meetingWhen: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : days > 0 ? `in ${span(days)}` : `was due ${span(-days)} ago`),
  lastCheckin: 'Last check-in',
  never: 'none yet',
  daysAgo: (date: string, days: number) => `${date} (${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${span(days)} ago`})`,
  pulse: (since: string) => `Pulse, week by week since ${since}`,
  offer: (n: number) => `${n === 1 ? 'One item is' : `${n} items are`} due for a check-in. Check in now?`,
  later: 'Whenever you are ready: grow checkin',
  /** Paragraphs, folded to fit the terminal. */
  welcome: [
    'Welcome to grow.',
    'grow walks you through what makes you wake up every morning, who you want to become, and small concrete steps to get there; then it checks in with you as the weeks go by.',
  ],
  start: (person: string) => `Start with: grow init${isMe(person) ? '' : ` --person ${JSON.stringify(person)}`}`,
  offerInit: 'There is no plan here yet. Write your mission statement and plan now, with grow init?',
};
