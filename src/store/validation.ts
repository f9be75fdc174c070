// Turns a schema problem into words: where in the file (people[0].goals[2].due) and what.
import type * as z from 'zod/mini';
import { messages } from '../messages';
import { JournalSchema, type Journal } from '../domain/schema';
import { JournalError } from '../errors';

const p = messages.journal.problems;

/**
 * How deeply values may nest: a journal needs about ten levels. JSON.parse takes any depth,
 * but writing a value nested some thousands of levels deep fails (the call stack runs out),
 * so such a file is refused when it is read, not when every later change fails.
 */
export const MAX_NESTING = 64;

/** Whether `value` holds objects or arrays more than `limit` levels deep; without recursion, so it never runs out of stack itself. */
export function nestedDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}

export function describeIssue(issue: z.core.$ZodIssue): { where: string; problem: string } {
  return { where: pathText(issue.path), problem: problemText(issue) };
}

function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function problemText(issue: z.core.$ZodIssue): string {
  const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  if (missing) return p.missing;
  switch (issue.code) {
    case 'invalid_type':
      return p.type(issue.expected);
    case 'too_big':
      return p.tooBig(Number(issue.maximum), issue.origin);
    case 'too_small':
      return p.tooSmall(Number(issue.minimum), issue.origin);
    case 'invalid_format':
      return issue.format === 'date' ? p.date : issue.format === 'datetime' ? p.dateTime : p.pattern;
    case 'invalid_value':
      return p.oneOf(issue.values);
    case 'unrecognized_keys':
      return p.unknownKeys(issue.keys);
    case 'custom':
      // A rule key from domain/ in words; the schema's own checks give their words already.
      return messages.journal.rules[issue.message] ?? issue.message;
    default:
      return p.invalid;
  }
}

/** The last check before anything is written: a bug must never reach the disk. */
export function assertValid(journal: Journal): Journal {
  if (nestedDeeperThan(journal)) throw new JournalError(messages.journal.refusedInvalid(p.topLevel, p.tooDeep(MAX_NESTING)));
  const result = JournalSchema.safeParse(journal, { reportInput: true });
  if (result.success) return result.data;
  const { where, problem } = describeIssue(result.error.issues[0]!);
  throw new JournalError(messages.journal.refusedInvalid(where, problem));
}
