// Long exports are written in parts of a few dozen kilobytes, as they are made: a journal of
// years is never held whole as text.

/** About how much text is written at a time. */
const PART_LENGTH = 1 << 16;

/** The pieces joined into parts of about PART_LENGTH; the last part holds what is left. */
export function* inParts(pieces: Iterable<string>): Generator<string> {
  let part = '';
  for (const piece of pieces) {
    part += piece;
    if (part.length >= PART_LENGTH) {
      yield part;
      part = '';
    }
  }
  if (part !== '') yield part;
}
