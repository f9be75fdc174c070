// Why an item is due, in words: "overdue by 2 days, last check-in 3 weeks ago".
import type { DueReason } from '../domain/due';
import { checkin } from '../messages/checkin';

const m = checkin;

export function dueReasonText(reason: DueReason): string {
  switch (reason.kind) {
    case 'overdue':
      return m.overdue(reason.days);
    case 'due-soon':
      return reason.days === 0 ? m.dueToday : m.dueIn(reason.days);
    case 'cadence':
      return reason.since === 'checkin' ? m.quietSinceCheckin(reason.days) : m.quietSinceAdded(reason.days);
  }
}

export function dueReasonsText(reasons: readonly DueReason[]): string {
  return reasons.map(dueReasonText).join(', ');
}
