// grow remind: one short line for a shell's start-up file, or nothing at all.
import { plural } from './words';

export const remind = {
  due: (due: number, overdue: number) => `${plural(due, 'check-in')} due${overdue > 0 ? `, ${overdue} overdue` : ''} - run grow checkin`,
  promised: (due: number, overdue: number) =>
    `${plural(due, 'item')} you promised others ${due === 1 ? 'is' : 'are'} due${overdue > 0 ? `, ${overdue} overdue` : ''} - grow action list --mine`,
  meetings: (meetings: readonly { with: string; daysAgo: number }[]) =>
    meetings.length === 1
      ? `one-on-one with ${meetings[0]!.with} ${meetings[0]!.daysAgo === 0 ? 'is due today' : `was due ${plural(meetings[0]!.daysAgo, 'day')} ago`}`
      : `one-on-ones due with ${meetings.map((meeting) => meeting.with).join(', ')}`,
  unreadable: 'grow could not read its journal - run grow doctor to see why',
};
