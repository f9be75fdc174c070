import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, checkMatches, ENVELOPE_FORMAT, newSealing, readEnvelope, seal, unseal, type Envelope } from '../../src/store/envelope';
import { isEnvelopeLike } from '../../src/store/envelope-start';

const plain = Buffer.from('{\n  "version": 1,\n  "people": []\n}\n');

function read(text: string) {
  const raw = JSON.parse(text) as unknown;
  if (!isEnvelopeLike(raw)) throw new Error('not an envelope');
  return readEnvelope(raw, text);
}

function opened(text: string): Envelope {
  const reading = read(text);
  if (reading.kind !== 'envelope') throw new Error(`expected an envelope, got ${JSON.stringify(reading)}`);
  return reading.envelope;
}

describe('the encrypted envelope', () => {
  it('names its format, cipher and key derivation, and opens with the key it was sealed with', async () => {
    const sealing = await newSealing('correct horse battery');
    const text = seal(plain, sealing);
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ grow: 'encrypted grow journal', format: ENVELOPE_FORMAT, cipher: 'aes-256-gcm', kdf: { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 } });
    expect(Buffer.from(envelope.kdf.salt, 'base64')).toHaveLength(16);
    expect(text).not.toContain('version');
    expect(unseal(opened(text), sealing.key)).toEqual(plain);
  });

  it('uses the strong default cost, a fresh salt per passphrase and a fresh IV per write', async () => {
    const [a, b] = await Promise.all([newSealing('correct horse battery'), newSealing('correct horse battery')]);
    expect(a.header.kdf).toMatchObject({ N: 2 ** 15, r: 8, p: 1 });
    expect(a.header.kdf.salt).not.toBe(b.header.kdf.salt);
    expect(JSON.parse(seal(plain, a)).iv).not.toBe(JSON.parse(seal(plain, a)).iv);
  });

  it('derives the same key from the same passphrase and salt, and tells another passphrase by its check value', async () => {
    const sealing = await newSealing('correct horse battery');
    const again = await deriveKey('correct horse battery', sealing.header.kdf);
    expect(again.key).toEqual(sealing.key);
    expect(checkMatches(again.check, sealing.header)).toBe(true);
    expect(checkMatches((await deriveKey('correct horse battery!', sealing.header.kdf)).check, sealing.header)).toBe(false);
  });

  it('takes a passphrase the same however its accents were typed (Unicode NFC)', async () => {
    const sealing = await newSealing('caf\u00e9 au lait');
    expect((await deriveKey('cafe\u0301 au lait', sealing.header.kdf)).key).toEqual(sealing.key);
  });

  it('notices a changed byte anywhere, and never opens one', async () => {
    const sealing = await newSealing('correct horse battery');
    const text = seal(plain, sealing);
    for (let i = 0; i < text.length; i++) {
      const changed = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
      let raw: unknown;
      try {
        raw = JSON.parse(changed);
      } catch {
        continue; // not JSON any more: the journal reader reports that
      }
      const reading = isEnvelopeLike(raw) ? readEnvelope(raw, changed) : undefined;
      expect(reading?.kind, `byte ${i}`).not.toBe('envelope');
    }
  });

  it('refuses data changed by someone who also recomputed the checksum', async () => {
    const sealing = await newSealing('correct horse battery');
    const envelope = opened(seal(plain, sealing));
    const data = Buffer.from(envelope.data, 'base64');
    data[3]! ^= 1;
    expect(unseal({ ...envelope, data: data.toString('base64') }, sealing.key)).toBeNull();
  });

  it('reads only the scrypt costs grow writes, so a cost changed in the header (its checksum has no key) is damage, found before any key is derived', async () => {
    const envelope = JSON.parse(seal(plain, await newSealing('correct horse battery')));
    /** The header as someone changed it, the checksum made to match again. */
    const withCost = (cost: Record<string, number>) => {
      const { sha256: _checksum, ...body } = { ...envelope, kdf: { ...envelope.kdf, ...cost } };
      return `${JSON.stringify({ ...body, sha256: createHash('sha256').update(JSON.stringify(body)).digest('hex') }, null, 2)}\n`;
    };
    expect(read(withCost({}))).toMatchObject({ kind: 'envelope' });
    // A minute and a gigabyte for every command; more than grow ever asks of a passphrase.
    expect(read(withCost({ N: 2 ** 20, p: 16 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.p" is not as grow writes it' });
    expect(read(withCost({ N: 2 ** 16 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.N" is not as grow writes it' });
    expect(read(withCost({ r: 1 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.r" is not as grow writes it' });
    // Too little for scrypt to run at all; or lowered, which would read as a wrong passphrase.
    expect(read(withCost({ N: 2 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.N" is not as grow writes it' });
    expect(read(withCost({ N: 2 ** 14 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.N" is not as grow writes it' });
    expect(read(withCost({ N: 2 ** 10 }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.N" is not as grow writes it' });
  });

  it('says when a newer grow wrote it, and when fields are missing or odd', async () => {
    const envelope = JSON.parse(seal(plain, await newSealing('correct horse battery')));
    expect(read(JSON.stringify({ ...envelope, format: 2 }))).toEqual({ kind: 'newer', format: 2 });
    expect(read(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, N: 2 ** 24 } }))).toEqual({ kind: 'damaged', detail: 'its field "kdf.N" is not as grow writes it' });
    expect(read(JSON.stringify({ ...envelope, iv: 'AAAA' }))).toEqual({ kind: 'damaged', detail: 'its field "iv" is not as grow writes it' });
    const { tag: _tag, ...withoutTag } = envelope;
    expect(read(JSON.stringify(withoutTag))).toEqual({ kind: 'damaged', detail: 'its field "tag" is not as grow writes it' });
    expect(read(JSON.stringify(envelope))).toEqual({ kind: 'damaged', detail: 'it is not laid out as grow writes it' });
  });
});
