// grow doctor, grow encrypt and grow decrypt, run in-process.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt } from '../../src/commands/decrypt';
import { doctor } from '../../src/commands/doctor';
import { encrypt } from '../../src/commands/encrypt';
import { note } from '../../src/commands/note';
import { notes } from '../../src/commands/notes';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { listBackups } from '../../src/store/backups';
import { damaged } from '../support/damaged';
import { exitCodeOf, testContext } from '../support/test-context';

const PASSPHRASE = 'river stones and tea';

describe('grow doctor', () => {
  it('explains where a journal will be before it exists, and reports a healthy one', async () => {
    const before = testContext();
    expect(await exitCodeOf(doctor(before))).toBe(0);
    expect(before.out.text).toContain(`Journal      ${before.store.path}`);
    expect(before.out.text).toContain('not yet: it is created by the first change');

    await note(testContext({ journal: before.store.path }), ['one'], { tag: [] });
    await note(testContext({ journal: before.store.path }), ['two'], { tag: [] });
    const json = testContext({ journal: before.store.path, json: true });
    expect(await exitCodeOf(doctor(json))).toBe(0);
    expect(JSON.parse(json.out.text)).toMatchObject({ exists: true, encrypted: false, fileMode: '600', dirMode: '700', locked: false, problems: 0, counts: { notes: 2 } });
  });

  it('exits 1 and says what is wrong with a damaged or exposed journal', async () => {
    const ctx = testContext();
    mkdirSync(dirname(ctx.store.path), { recursive: true });
    writeFileSync(ctx.store.path, '{"version": 1, "people": "everyone"}');
    chmodSync(ctx.store.path, 0o644);
    expect(await exitCodeOf(doctor(ctx), '2 problems found.')).toBe(1);
    expect(ctx.out.text).toContain('people should be an array');
    expect(ctx.out.text).toContain(`others on this computer may read it; fix with: chmod 600 '${ctx.store.path}'\n`);
  });
});

describe('grow encrypt and grow decrypt', () => {
  it('encrypts with GROW_PASSPHRASE, reads with it, and decrypts back to plain text', async () => {
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    const ctx = testContext({ env });
    await note(ctx, ['my manager worries me'], { tag: [] });
    await encrypt(ctx);
    expect(ctx.out.text).toContain(`n1\nYour journal is encrypted: ${ctx.store.path}`);
    expect(ctx.err.text).toBe('The passphrase was taken from GROW_PASSPHRASE.\n');
    for (const file of [ctx.store.path, ...(await listBackups(ctx.store.path)).map((backup) => backup.path)]) expect(readFileSync(file, 'utf8')).not.toContain('manager');

    expect(await exitCodeOf(notes(testContext({ journal: ctx.store.path }), { tag: [] }), 'is encrypted: set GROW_PASSPHRASE')).toBe(1);
    const wrong = testContext({ journal: ctx.store.path, env: { GROW_PASSPHRASE: 'river stones and coffee' } });
    expect(await exitCodeOf(note(wrong, ['never saved'], { tag: [] }), 'wrong passphrase for the journal')).toBe(1);

    const reader = testContext({ journal: ctx.store.path, env, json: true });
    await notes(reader, { tag: [] });
    expect(JSON.parse(reader.out.text).map((n: { text: string }) => n.text)).toEqual(['my manager worries me']);

    const back = testContext({ journal: ctx.store.path, env });
    await decrypt(back);
    await decrypt(back);
    expect(back.out.text).toContain(`Your journal is in plain text again: ${ctx.store.path}`);
    expect(back.out.text).toContain('The journal is not encrypted, so there is nothing to decrypt.\n');
    expect(readFileSync(ctx.store.path, 'utf8')).toContain('my manager worries me');
    for (const backup of await listBackups(ctx.store.path)) expect(readFileSync(backup.path, 'utf8')).toContain(`"version": ${SCHEMA_VERSION}`);
  });

  it('refuses to encrypt without a passphrase, or with a short one, with exit 2, and writes nothing', async () => {
    const ctx = testContext();
    await note(ctx, ['one'], { tag: [] });
    const before = readFileSync(ctx.store.path);
    expect(await exitCodeOf(encrypt(ctx), 'grow encrypt needs a passphrase: run it in a terminal, or set GROW_PASSPHRASE')).toBe(2);
    const short = testContext({ journal: ctx.store.path, env: { GROW_PASSPHRASE: 'hunter2' } });
    expect(await exitCodeOf(encrypt(short), 'GROW_PASSPHRASE will not do as a passphrase. Use at least 8 characters')).toBe(2);
    expect(readFileSync(ctx.store.path).equals(before)).toBe(true);
  });

  it('fails with exit 1, changing nothing, on a journal it cannot read or a wrong passphrase', async () => {
    expect(await exitCodeOf(encrypt(damaged({ env: { GROW_PASSPHRASE: PASSPHRASE } })), 'is not valid JSON')).toBe(1);
    // A plain file, damaged or not, has nothing to decrypt; it is left as it is.
    const plain = damaged();
    expect(await exitCodeOf(decrypt(plain))).toBe(0);
    expect(plain.out.text).toBe('The journal is not encrypted, so there is nothing to decrypt.\n');

    const ctx = testContext({ env: { GROW_PASSPHRASE: PASSPHRASE } });
    await note(ctx, ['my manager worries me'], { tag: [] });
    await encrypt(ctx);
    const sealed = readFileSync(ctx.store.path);
    expect(await exitCodeOf(decrypt(testContext({ journal: ctx.store.path })), 'is encrypted: set GROW_PASSPHRASE')).toBe(1);
    expect(await exitCodeOf(decrypt(testContext({ journal: ctx.store.path, env: { GROW_PASSPHRASE: 'river stones and coffee' } })), 'wrong passphrase for the journal')).toBe(1);
    const change = testContext({ journal: ctx.store.path, env: { GROW_PASSPHRASE: 'river stones and coffee', GROW_NEW_PASSPHRASE: 'a new and longer one' } });
    expect(await exitCodeOf(encrypt(change), 'wrong passphrase for the journal')).toBe(1);
    expect(readFileSync(ctx.store.path).equals(sealed)).toBe(true);
  });

  it('asks for a new passphrase twice at a terminal, until the two agree', async () => {
    const ctx = testContext({
      answers: [
        ['A passphrase for your journal:', PASSPHRASE],
        ['The same passphrase once more:', 'river stones and milk'],
        ['A passphrase for your journal:', PASSPHRASE],
        ['The same passphrase once more:', PASSPHRASE],
      ],
    });
    await note(ctx, ['one'], { tag: [] });
    await encrypt(ctx);
    expect(ctx.prompts!.said()).toContain('The two passphrases differ. Let us start again.');
    const reader = testContext({ journal: ctx.store.path, env: { GROW_PASSPHRASE: PASSPHRASE } });
    await notes(reader, { tag: [] });
    expect(reader.out.text).toContain('one');
  });
});
