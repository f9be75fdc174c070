// grow remind: one short line for a shell's start-up file, or nothing at all.
import { plural } from './words';

export const remind = {
  due: (due: number, overdue: number) => `${plural(due, 'check-in')} due${overdue > 0 ? `, ${overdue} overdue` : ''} - run grow checkin`,
  unreadable: 'grow could not read its journal - run grow doctor to see why',
};
