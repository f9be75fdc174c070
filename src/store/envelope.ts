// The encrypted form of a journal: a JSON envelope that names its format version, the key
// derivation (scrypt, with its salt and cost) and the cipher (AES-256-GCM), around the
// encrypted bytes. Opening checks four things, in this order, so each failure has its own
// reason and nothing is returned until all of them pass (an envelope is never half-read):
//  1. the shape: a known format, exactly these fields, laid out byte for byte as grow writes;
//  2. the checksum: a byte changed by a bad disk or an editor is "damaged", not "wrong passphrase";
//  3. the passphrase: a check value derived along with the key;
//  4. the GCM tag over the data, with the header as associated data: deliberate tampering
//     that also recomputed the checksum.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { MARK } from './envelope-start';

export const ENVELOPE_FORMAT = 1;
const CIPHER = 'aes-256-gcm';
const SIZES = { salt: 16, iv: 12, tag: 16, check: 16, key: 32 } as const;

/** About 100 ms on a laptop: slow for someone guessing passphrases, quick for the person. */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
/**
 * The header's checksum has no key, so anyone may change the cost in it: a raised cost would
 * make every command take a minute and a gigabyte before failing, a tiny one breaks scrypt,
 * a lowered one reads as a wrong passphrase. So only the cost grow writes is read; anything
 * else is damage, found before any key is derived.
 */

export interface Kdf {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

/** What is needed to derive and confirm the key: the same for every write with that key. */
export interface EnvelopeHeader {
  grow: typeof MARK;
  format: typeof ENVELOPE_FORMAT;
  cipher: typeof CIPHER;
  kdf: Kdf;
  check: string;
}

export interface Envelope extends EnvelopeHeader {
  iv: string;
  tag: string;
  data: string;
  sha256: string;
}

/** A derived key and the header it belongs to: enough to encrypt any number of writes. */
export interface Sealing {
  header: EnvelopeHeader;
  key: Buffer;
}

export type EnvelopeReading = { kind: 'envelope'; envelope: Envelope } | { kind: 'newer'; format: number } | { kind: 'damaged'; detail: string };

/** A new key from a passphrase, with a fresh random salt. */
export async function newSealing(passphrase: string): Promise<Sealing> {
  const kdf: Kdf = { name: 'scrypt', ...DEFAULT_COST, salt: randomBytes(SIZES.salt).toString('base64') };
  const { key, check } = await deriveKey(passphrase, kdf);
  return { header: { grow: MARK, format: ENVELOPE_FORMAT, cipher: CIPHER, kdf, check }, key };
}

/** The key and its check value; the passphrase is taken in Unicode NFC, as keyboards differ. */
export async function deriveKey(passphrase: string, kdf: Kdf): Promise<{ key: Buffer; check: string }> {
  const { N, r, p } = kdf;
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), SIZES.key + SIZES.check, { N, r, p, maxmem: 2 * 128 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
  return { key: derived.subarray(0, SIZES.key), check: derived.subarray(SIZES.key).toString('base64') };
}

export function checkMatches(check: string, header: EnvelopeHeader): boolean {
  return timingSafeEqual(Buffer.from(check, 'base64'), Buffer.from(header.check, 'base64'));
}

/** The envelope's text around `plain`, under a fresh random IV. */
export function seal(plain: Uint8Array, { header, key }: Sealing): string {
  const iv = randomBytes(SIZES.iv);
  const cipher = createCipheriv(CIPHER, key, iv).setAAD(associatedData(header));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const body = { ...headerOf(header), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  return serialize({ ...body, sha256: digest(body) });
}

/** The plain bytes, or null when the data does not match its tag (it was changed after sealing). */
export function unseal(envelope: Envelope, key: Buffer): Buffer | null {
  const decipher = createDecipheriv(CIPHER, key, Buffer.from(envelope.iv, 'base64'))
    .setAAD(associatedData(envelope))
    .setAuthTag(Buffer.from(envelope.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** Checks 1 and 2: the shape, the layout and the checksum of an envelope-like value read from `text`. */
export function readEnvelope(raw: Record<string, unknown>, text: string): EnvelopeReading {
  if (Number.isInteger(raw.format) && (raw.format as number) > ENVELOPE_FORMAT) return { kind: 'newer', format: raw.format as number };
  const wrong = wrongField(raw);
  if (wrong) return { kind: 'damaged', detail: `its field "${wrong}" is not as grow writes it` };
  const envelope = raw as unknown as Envelope;
  const body = { ...headerOf(envelope), iv: envelope.iv, tag: envelope.tag, data: envelope.data };
  if (serialize({ ...body, sha256: envelope.sha256 }) !== text) return { kind: 'damaged', detail: 'it is not laid out as grow writes it' };
  if (digest(body) !== envelope.sha256) return { kind: 'damaged', detail: 'its checksum does not match' };
  return { kind: 'envelope', envelope };
}

function wrongField(raw: Record<string, unknown>): string | undefined {
  const kdf = (typeof raw.kdf === 'object' && raw.kdf !== null ? raw.kdf : {}) as Record<string, unknown>;
  const { N, r, p } = kdf;
  const fields: [string, boolean][] = [
    ['grow', raw.grow === MARK],
    ['format', raw.format === ENVELOPE_FORMAT],
    ['cipher', raw.cipher === CIPHER],
    ['kdf.name', kdf.name === 'scrypt'],
    ['kdf.r', r === DEFAULT_COST.r],
    ['kdf.p', p === DEFAULT_COST.p],
    ['kdf.N', N === DEFAULT_COST.N],
    ['kdf.salt', isBase64(kdf.salt, SIZES.salt)],
    ['check', isBase64(raw.check, SIZES.check)],
    ['iv', isBase64(raw.iv, SIZES.iv)],
    ['tag', isBase64(raw.tag, SIZES.tag)],
    ['data', isBase64(raw.data)],
    ['sha256', typeof raw.sha256 === 'string' && /^[0-9a-f]{64}$/.test(raw.sha256)],
  ];
  return fields.find(([, ok]) => !ok)?.[0];
}

/** Canonical base64: Node's decoder skips what is not base64, so only such text survives the round trip. */
function isBase64(value: unknown, bytes?: number): value is string {
  if (typeof value !== 'string') return false;
  const decoded = Buffer.from(value, 'base64');
  return decoded.toString('base64') === value && (bytes === undefined || decoded.length === bytes);
}

/** The header in its fixed key order: it is both written and authenticated in this form. */
function headerOf(h: EnvelopeHeader): EnvelopeHeader {
  return { grow: h.grow, format: h.format, cipher: h.cipher, kdf: { name: h.kdf.name, N: h.kdf.N, r: h.kdf.r, p: h.kdf.p, salt: h.kdf.salt }, check: h.check };
}

function associatedData(header: EnvelopeHeader): Buffer {
  return Buffer.from(JSON.stringify(headerOf(header)));
}

function digest(body: Omit<Envelope, 'sha256'>): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

function serialize(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
