// How an encrypted journal is told from a plain one, without opening it: every read asks,
// so this is kept apart from envelope.ts and the cryptography it loads.

export const MARK = 'encrypted grow journal';

/** A parsed JSON value that is meant to be an envelope rather than a journal. */
export function isEnvelopeLike(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('people' in raw) && ['grow', 'cipher', 'kdf', 'data'].some((key) => key in raw);
}

/** Grow writes envelopes starting with these bytes, and journals never do. */
export const ENVELOPE_START = Buffer.from(`{\n  "grow": "${MARK}"`);

export function startsAsEnvelope(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, ENVELOPE_START.length)).equals(ENVELOPE_START);
}
