// The lines one change replaced, and where: what the undo log keeps of a change. Applied, a
// patch turns the old text into the new one; reversed, the new one back into the old, exactly.
import { isClockLine } from './journal-text';

export interface Hunk {
  /** Where the replaced lines start in the old text, and where their replacement starts in the new. */
  atBefore: number;
  atAfter: number;
  before: string[];
  after: string[];
}

export interface LinePatch {
  hunks: Hunk[];
}

/**
 * The lines that differ, as one hunk between the common start and the common end; the
 * journal's clock near the end changes with every write, so it is a hunk of its own and
 * does not stop the common end from being found.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LinePatch {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  const tail: Hunk[] = [];
  let end = 0;
  while (end < before.length - start && end < after.length - start) {
    const old = before[before.length - 1 - end]!;
    const line = after[after.length - 1 - end]!;
    if (old !== line) {
      if (!isClockLine(old) || !isClockLine(line)) break;
      tail.unshift({ atBefore: before.length - 1 - end, atAfter: after.length - 1 - end, before: [old], after: [line] });
    }
    end++;
  }
  const middle = { atBefore: start, atAfter: start, before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
  return { hunks: middle.before.length > 0 || middle.after.length > 0 ? [middle, ...tail] : tail };
}

/**
 * `patch` once the lines it wrote were rewritten in place (`after`: the new text, as many
 * lines as before): only its hunks are diffed again, the rest of the text being as it was.
 */
export function diffAgain(patch: LinePatch, after: readonly string[]): LinePatch {
  const hunks = patch.hunks.flatMap((hunk) =>
    diffLines(hunk.before, after.slice(hunk.atAfter, hunk.atAfter + hunk.after.length)).hunks.map((h) => ({ ...h, atBefore: h.atBefore + hunk.atBefore, atAfter: h.atAfter + hunk.atAfter })),
  );
  return { hunks };
}

/** The old text from the new one, when `lines` is the new one; undefined when it is not. */
export function revertPatch(lines: readonly string[], patch: LinePatch): string[] | undefined {
  return applyHunks(lines, patch.hunks.map((h) => ({ at: h.atAfter, expected: h.after, replacement: h.before })));
}

/** The new text from the old one, when `lines` is the old one; undefined when it is not. */
export function applyPatch(lines: readonly string[], patch: LinePatch): string[] | undefined {
  return applyHunks(lines, patch.hunks.map((h) => ({ at: h.atBefore, expected: h.before, replacement: h.after })));
}

function applyHunks(lines: readonly string[], hunks: { at: number; expected: string[]; replacement: string[] }[]): string[] | undefined {
  let result = lines as string[];
  // From the last to the first, so that each hunk's position is still where it was.
  for (const { at, expected, replacement } of [...hunks].sort((a, b) => b.at - a.at)) {
    if (at + expected.length > result.length || expected.some((line, i) => result[at + i] !== line)) return undefined;
    result = result.slice(0, at).concat(replacement, result.slice(at + expected.length));
  }
  return result === lines ? [...lines] : result;
}
