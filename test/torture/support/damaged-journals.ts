// A corpus of journals grow must refuse to read or write over: each is a way a real file
// goes wrong (a crash, a disk, an editor, a sync tool, another program, a person).
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { generateJournal } from '../../../scripts/generate-journal';
import { MAX_NAME, MAX_TEXT, SCHEMA_VERSION } from '../../../src/domain/vocabulary';
import { newSealing, seal } from '../../../src/store/envelope';
import { journalText } from '../../../src/store/journal-text';

export const PASSPHRASE = 'river stones and tea';

export interface DamagedJournal {
  name: string;
  /** Puts the damaged journal at `path` (its folder exists). */
  make(path: string): void | Promise<void>;
  /** What the one-line reason says. */
  reason: RegExp;
  /** Read as another user, so that a missing read permission holds even for root. */
  asOtherUser?: boolean;
}

const valid = journalText(generateJournal({ goals: 3, actions: 8, checkins: 30, notes: 12, sessions: 2, seed: 3 }));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each edit makes the journal wrong on purpose, so no type fits
const journal = (edit: (j: any) => void) => {
  const j = JSON.parse(valid);
  edit(j);
  return JSON.stringify(j, null, 2);
};
const write = (content: string | Buffer) => (path: string) => writeFileSync(path, content, { mode: 0o600 });

/** An envelope around the valid journal, sealed with `passphrase` and changed by `edit`. */
const envelope = (edit: (text: string) => string, passphrase = PASSPHRASE) => async (path: string) => {
  const text = seal(Buffer.from(valid), await newSealing(passphrase));
  writeFileSync(path, edit(text), { mode: 0o600 });
};
const replaceField = (field: string, change: (value: string) => string) => (text: string) =>
  text.replace(new RegExp(`("${field}": ")([^"]*)`), (_m, start: string, value: string) => start + change(value));
/** A changed scrypt cost, with the checksum computed again as grow would. */
const withKdf = (cost: Record<string, number>) => (text: string) => {
  const { sha256: _checksum, ...body } = JSON.parse(text) as Record<string, unknown> & { kdf: Record<string, unknown> };
  body.kdf = { ...body.kdf, ...cost };
  return `${JSON.stringify({ ...body, sha256: createHash('sha256').update(JSON.stringify(body)).digest('hex') }, null, 2)}\n`;
};
const flipFirst = (value: string) => (value[0] === 'A' ? 'B' : 'A') + value.slice(1);

const NOT_JSON = /is not valid JSON \(at line \d+, column \d+: /;

const truncations: DamagedJournal[] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89].map((share) => {
  const length = Math.floor(((valid.trimEnd().length - 1) * share) / 100);
  return { name: `truncated at byte ${length} (${share}%)`, make: write(valid.slice(0, length)), reason: NOT_JSON };
});

export const DAMAGED_JOURNALS: DamagedJournal[] = [
  { name: 'an empty file', make: write(''), reason: /is empty, so grow will not write over it/ },
  { name: 'only white space', make: write('\n\n   \n'), reason: /is empty/ },
  ...truncations,
  { name: 'a file of zero bytes from a crashed copy', make: write(Buffer.alloc(4096)), reason: /is not valid JSON/ },
  {
    name: 'invalid UTF-8 in a note',
    make: write(Buffer.concat([Buffer.from(valid.slice(0, 400)), Buffer.from([0xff]), Buffer.from(valid.slice(400))])),
    reason: /is not UTF-8 text \(bad byte at offset 400\)/,
  },
  { name: 'saved as UTF-16 by an editor', make: write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')])), reason: /is not UTF-8 text \(bad byte at offset 0\)/ },
  { name: 'plain prose', make: write('Dear diary, today I learned to listen.\n'), reason: NOT_JSON },
  { name: 'a list at the top', make: write('[]'), reason: /the top level should be an object/ },
  { name: 'null', make: write('null'), reason: /the top level should be an object/ },
  { name: 'a version that is a string', make: write(journal((j) => (j.version = '1'))), reason: new RegExp(`version must be one of ${SCHEMA_VERSION}`) },
  { name: 'people that is an object', make: write(journal((j) => (j.people = { me: {} }))), reason: /people should be an array/ },
  { name: 'a note whose text is a number', make: write(journal((j) => (j.people[0].notes[0].text = 42))), reason: /people\[0\]\.notes\[0\]\.text should be a string/ },
  { name: 'a due date that is not a date', make: write(journal((j) => (j.people[0].actions[0].due = 'soon'))), reason: /people\[0\]\.actions\[0\]\.due is not a date/ },
  { name: 'progress over 100', make: write(journal((j) => (j.people[0].checkins[0].progress = 150))), reason: /people\[0\]\.checkins\[0\]\.progress must be at most 100/ },
  { name: 'an unknown status', make: write(journal((j) => (j.people[0].actions[0].status = 'maybe'))), reason: /people\[0\]\.actions\[0\]\.status must be one of "open", "done", "dropped"/ },
  { name: 'an unknown future version', make: write(journal((j) => (j.version = 99))), reason: new RegExp(`was written by a newer grow \\(file version 99; this grow knows up to ${SCHEMA_VERSION}\\)`) },
  { name: 'version 0, which no grow wrote', make: write(journal((j) => (j.version = 0))), reason: /has version 0, which this grow cannot upgrade/ },
  { name: 'a duplicate note id', make: write(journal((j) => (j.people[0].notes[1].id = j.people[0].notes[0].id))), reason: /duplicate id n1/ },
  { name: 'a duplicate action id', make: write(journal((j) => (j.people[0].actions[1].id = 'a1'))), reason: /duplicate id a1/ },
  { name: 'the same person twice', make: write(journal((j) => j.people.push({ ...j.people[0], goals: [], actions: [], checkins: [], notes: [], sessions: [], reflections: [], missions: [], drafts: [] }))), reason: /duplicate person "me"/ },
  { name: 'an action for a goal that is not there', make: write(journal((j) => (j.people[0].actions[0].goal = 'g99'))), reason: /refers to unknown goal g99/ },
  { name: 'a check-in on an item that is not there', make: write(journal((j) => (j.people[0].checkins[0].item = 'a99'))), reason: /refers to unknown action item a99/ },
  { name: 'a note longer than any grow writes', make: write(journal((j) => (j.people[0].notes[0].text = 'x'.repeat(MAX_TEXT + 1)))), reason: /people\[0\]\.notes\[0\]\.text is longer than 100000 characters/ },
  { name: 'a 30 MB string', make: write(journal((j) => (j.people[0].notes[0].text = 'y'.repeat(30_000_000)))), reason: /is longer than 100000 characters/ },
  { name: 'an owner name longer than any grow writes', make: write(journal((j) => (j.people[0].actions[0].owner = 'z'.repeat(MAX_NAME + 1)))), reason: /owner is longer than 80 characters/ },
  { name: 'a field grow does not know', make: write(journal((j) => (j.mood = 'sunny'))), reason: /the top level has unknown field "mood"/ },
  { name: 'deeply nested and cut short', make: write(`{"version": 1, "people": ${'['.repeat(200_000)}`), reason: /is not valid JSON \(Unexpected end of JSON input\)/ },
  {
    name: 'draft answers nested 5,000 levels deep',
    // Written as text: JSON.stringify itself cannot write a value this deep.
    make: write(journal((j) => (j.people[0].drafts = [{ flow: 'session', saved: '2026-11-25T10:00:00Z', answers: { note: 'DEEP' } }])).replace('"DEEP"', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`)),
    reason: /holds values nested more than 64 levels deep/,
  },
  { name: 'a folder in its place', make: (path) => mkdirSync(path), reason: /is a folder, not a file/ },
  { name: 'a link that points at itself', make: (path) => symlinkSync(path, path), reason: /Cannot read the journal .*: too many symbolic links/ },
  {
    name: 'no permission to read it',
    make: (path) => {
      writeFileSync(path, valid);
      chmodSync(path, 0o200);
    },
    reason: /Cannot read the journal .*: permission denied/,
    asOtherUser: true,
  },
  { name: 'encrypted with another passphrase', make: envelope((text) => text, 'a different passphrase'), reason: /wrong passphrase for the journal/ },
  { name: 'an envelope with a changed data byte', make: envelope(replaceField('data', flipFirst)), reason: /has been changed or damaged \(its checksum does not match\)/ },
  { name: 'an envelope with a changed salt', make: envelope(replaceField('salt', flipFirst)), reason: /has been changed or damaged \(its checksum does not match\)/ },
  { name: 'an envelope whose tag was cut', make: envelope(replaceField('tag', (tag) => tag.slice(4))), reason: /has been changed or damaged \(its field "tag" is not as grow writes it\)/ },
  { name: 'an envelope from a newer grow', make: envelope((text) => text.replace('"format": 1', '"format": 2')), reason: /was encrypted by a newer grow \(envelope format 2; this grow knows up to 1\)/ },
  { name: 'an envelope cut short', make: envelope((text) => text.slice(0, text.length / 2)), reason: NOT_JSON },
  // The header's checksum has no key: whoever changes the cost can make the checksum match again.
  { name: 'an envelope whose scrypt cost was raised to a minute and a gigabyte', make: envelope(withKdf({ N: 2 ** 20, p: 16 })), reason: /has been changed or damaged \(its field "kdf\.p" is not as grow writes it\)/ },
  { name: 'an envelope whose scrypt N was raised', make: envelope(withKdf({ N: 2 ** 20 })), reason: /has been changed or damaged \(its field "kdf\.N" is not as grow writes it\)/ },
  { name: 'an envelope whose scrypt N was lowered', make: envelope(withKdf({ N: 2 ** 10 })), reason: /has been changed or damaged \(its field "kdf\.N" is not as grow writes it\)/ },
  { name: 'an envelope whose scrypt N was made 2', make: envelope(withKdf({ N: 2 })), reason: /has been changed or damaged \(its field "kdf\.N" is not as grow writes it\)/ },
  { name: 'an envelope reformatted by an editor', make: envelope((text) => JSON.stringify(JSON.parse(text))), reason: /has been changed or damaged \(it is not laid out as grow writes it\)/ },
];
