// A journal written by the release before file version 3 (test/fixtures/journal-version-2.json,
// as that grow wrote it): read as it is, written as version 3 at its first change, with the
// file as it was kept among the backups, byte for byte.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupDirOf } from '../../src/store/paths';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

const VERSION_2 = fileURLToPath(new URL('../fixtures/journal-version-2.json', import.meta.url));

describe('a journal of file version 2', () => {
  it('is read as it is, migrated at its first change with a backup, and goes on as version 3', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true });
    copyFileSync(VERSION_2, journal);
    const original = readFileSync(VERSION_2);
    const grow = (args: string[]) => runGrow(args, { journal, today: '2026-11-25' });

    // Reading changes nothing. Version 2's "manager" was the journal's owner: his item in
    // Priya's plan is his, and the one-on-one agreed two weeks after hers is today.
    expect((await grow(['action', 'list', '--mine'])).stdout).toContain("In Priya's plan\n    a3   Tue 15 Dec       Find a budget for the workshop  · Alex · every 2 weeks");
    expect((await grow(['remind'])).stdout).toBe('1 check-in due, 1 overdue - run grow checkin; 1 item you promised others is due - grow action list --mine; one-on-one with Priya is due today\n');
    expect(readFileSync(journal)).toEqual(original);

    expect(await grow(['note', 'Migrated today'])).toMatchObject({ code: 0, stderr: '' });
    const migrated = JSON.parse(readFileSync(journal, 'utf8'));
    expect(migrated).toMatchObject({ version: SCHEMA_VERSION, owner: 'Alex' });
    expect(migrated.manager).toBeUndefined();
    const records = migrated.people.flatMap((p: Record<string, { uid?: string }[]>) => [p, ...['missions', 'goals', 'actions', 'checkins', 'notes', 'sessions'].flatMap((c) => p[c]!)]);
    expect(records.every((r: { uid?: string }) => /^[0-9a-f]{16}$/.test(r.uid ?? ''))).toBe(true);
    const backups = readdirSync(backupDirOf(journal)).filter((name) => name.endsWith('.json') && name.startsWith('journal-'));
    expect(backups.map((name) => readFileSync(join(backupDirOf(journal), name))).some((bytes) => bytes.equals(original))).toBe(true);
    expect((await grow(['doctor'])).code).toBe(0);

    // And it takes part in an exchange like any other.
    const handed = join(dirname(journal), 'priya.json');
    expect((await grow(['export', '--person', 'Priya', '--for', 'Priya', '--out', handed])).code).toBe(0);
    expect(JSON.parse(readFileSync(handed, 'utf8'))).toMatchObject({ version: SCHEMA_VERSION, owner: 'Alex', exchange: { for: 'Priya' } });
  });
});
