// Reading flag values the same way in every command: a bad value is a usage error (exit 2)
// that names the flag and shows a value that works.
import type { Context } from '../../context';
import { isWithinYear9999, readDate, type DateDirection, type IsoDate } from '../../domain/dates';
import { dateOrderFrom } from '../../domain/numeric-dates';
import { MAX_TEXT, MERGE_META } from '../../domain/vocabulary';
import { UsageError } from '../../errors';
import { common } from '../../messages/common';
import { dates as datesWords } from '../../messages/dates';
import { ambiguousDateText } from '../../render/dates';
import { safeJson } from '../../render/text';

declare const declared: unique symbol;

/**
 * A command's options, as the command-line declaration (src/cli/) hands them over: a flag
 * renamed, added or removed on one side only fails to compile there. Tests pass plain objects.
 */
export type Flags<Options> = Options & { readonly [declared]?: (name: keyof Options) => keyof Options };

export function parseWholeNumber(flag: string, value: string, example: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(common.badNumber(flag, value, example, { min, max: max < Number.MAX_SAFE_INTEGER ? max : undefined }));
  }
  return number;
}

/** A date given to `flag`; numbers such as 01/02/2027 are read in the order of the locale in `env`. */
export async function parseDateFlag(flag: string, value: string, today: IsoDate, direction: DateDirection, example: string, env: Context['env']): Promise<IsoDate> {
  const reading = await readDate(value, today, direction, dateOrderFrom(env));
  if (reading.kind === 'date' && !isWithinYear9999(reading.date)) throw new UsageError(common.beyondYear9999(flag, value));
  if (reading.kind === 'date') return reading.date;
  if (reading.kind === 'unreadable') throw new UsageError(common.badDate(flag, value, example));
  throw new UsageError(`${flag}: ${ambiguousDateText(value, reading)}`, datesWords.ambiguousHint);
}

/** Text longer than grow keeps is a usage error here, rather than a save refused later. `what`: the flag or thing it is. */
export function limitText<T extends string | undefined>(what: string, text: T): T {
  if (text !== undefined && text.length > MAX_TEXT) throw new UsageError(common.tooLong(what, text.length, MAX_TEXT));
  return text;
}

/** Guided commands need a person at a terminal; scripts get told which commands to use instead. */
export function requireTerminal(ctx: Pick<Context, 'interactive'>, what: string, hint: string): void {
  if (!ctx.interactive) throw new UsageError(common.needsTerminal(what), hint);
}

/** What merging keeps on each record (docs/identity-and-merging.md): never shown, so not printed. */
const MERGE_FIELDS = new Set<string>(['uid', 'aliases', ...MERGE_META]);

export function printJson(ctx: Pick<Context, 'out'>, data: unknown): void {
  ctx.out.data(`${safeJson(data, 2, (key, value: unknown) => (MERGE_FIELDS.has(key) ? undefined : value))}\n`);
}
