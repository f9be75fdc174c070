// The pulse: autonomy, mastery and purpose, 1 to 5. It is how the work feels to the person,
// in their own words, shown back to them as a trend: never a score of them.
import type { PulseDimension } from '../domain/pulse';

export const pulse = {
  meaning: {
    autonomy: 'a sense of control over what you do and how',
    mastery: 'the chance to get better at something that matters to you',
    purpose: 'being part of something bigger than yourself',
  } satisfies Record<PulseDimension, string>,
  names: { autonomy: 'Autonomy', mastery: 'Mastery', purpose: 'Purpose' } satisfies Record<PulseDimension, string>,
  offer: 'Add a pulse: autonomy, mastery and purpose?',
  intro: 'How much of each do you feel in your work lately?',
  question: (name: string, meaning: string) => `${name}: ${meaning}`,
  levels: ['hardly any', 'a little', 'some', 'a good deal', 'plenty'],
  level: (n: number, words: string) => `${n}  ${words}`,
  saved: 'Pulse noted. grow pulse shows how it moves over time.',

  // grow pulse
  none: 'No pulse yet. At the end of grow checkin you can say how much autonomy, mastery and purpose you feel; it shows here as it moves over time.',
  noneInRange: (since: string) => `No pulse given since ${since}. Try an earlier --since, for example --since "6 months ago".`,
  heading: (by: string, from: string, to: string) => `How your work has felt, by ${by}, from ${from} to ${to} (1 hardly any, 5 plenty):`,
  latest: (value: number, date: string) => `lately ${value} (${date})`,
  gapsNote: (by: string) => `A blank is a ${by} without a pulse.`,
};
