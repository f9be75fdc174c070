// `grow nots`: the program's own action receives words that are not commands, so it says
// so itself, with the nearest command names as commander would suggest them.
import { UsageError } from '../../errors';
import { messages } from '../../messages';

/** `within`: the command whose commands these are (`goal`), so the hint points at its help. */
export function unknownCommand(word: string, commands: string[], within?: string): never {
  const distances = commands.map((name) => ({ name, distance: editDistance(word.toLowerCase(), name) }));
  const best = Math.min(...distances.map((d) => d.distance));
  const near = best <= Math.max(1, Math.floor(word.length / 3)) ? distances.filter((d) => d.distance === best).map((d) => d.name) : [];
  throw new UsageError(messages.common.unknownCommand(word), near.length > 0 ? messages.common.didYouMean(near) : messages.common.usageHint(within ? `${within} --help` : '--help'));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
