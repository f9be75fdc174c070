// Turns a schema problem into words: where in the file (people[0].goals[2].due) and what.
import type * as z from 'zod/mini';
import { messages } from '../messages';
import { JournalSchema, type Journal } from '../domain/schema';
import { JournalError } from '../errors';

const p = messages.journal.problems;

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
  const result = JournalSchema.safeParse(journal, { reportInput: true });
  if (result.success) return result.data;
  const { where, problem } = describeIssue(result.error.issues[0]!);
  throw new JournalError(messages.journal.refusedInvalid(where, problem));
}
