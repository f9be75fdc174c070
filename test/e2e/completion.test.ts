// grow completion bash|zsh|fish, run by the shells themselves: bash's completion function
// called as bash calls it, zsh's through its completion system at a real terminal, and
// fish's through `complete -C`. Each script runs `grow __ids` from the PATH, as it would
// for a user, against a journal with a plan in it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAction, addGoal, closeAction } from '../../src/domain/plan';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { writePlan } from '../support/plan-fixture';
import { tempDir, tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';
import { KEY, startInTerminal } from './support/pty';

const hasShell = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

let journal: string;
let env: NodeJS.ProcessEnv;
const scripts: Record<string, string> = {};

beforeAll(async () => {
  journal = tempJournal();
  // Mine: g1 and g2 with a1 and a3 open (a2 done); Sam Lee's: g3 with a4.
  await writePlan(journal, (j) => {
    closeAction(j.people[0]!.actions[1]!, 'done', '2026-11-10');
    addPerson(j, 'Sam Lee');
    addGoal(j, 'Sam Lee', { title: 'A clear writer' }, '2026-11-01');
    addAction(j, 'Sam Lee', { goal: 'g3', text: 'Write a design note', due: '2026-12-20', every: '1w' }, '2026-11-01');
    addPerson(j, "Jo O'Neil");
    addNote(j, 'me', { text: 'Paired with Sam', tags: [], at: new Date('2026-11-20T09:00:00Z') });
    addNote(j, 'me', { text: 'A calm week', tags: [], at: new Date('2026-11-21T09:00:00Z') });
  });
  const bin = tempDir();
  writeFileSync(join(bin, 'grow'), `#!/bin/sh\nexec '${process.execPath}' '${GROW_BIN}' "$@"\n`);
  chmodSync(join(bin, 'grow'), 0o755);
  env = { ...growEnv({ journal }), PATH: `${bin}:${process.env.PATH}` };
  for (const shell of ['bash', 'zsh', 'fish']) {
    const result = await runGrow(['completion', shell], { journal });
    expect(result.code).toBe(0);
    scripts[shell] = join(bin, `grow.${shell}`);
    writeFileSync(scripts[shell], result.stdout);
  }
});

/** What bash's Tab would offer after `line` (the words as bash splits them; the last is the one being completed). */
function bashOffers(...words: string[]): string[] {
  const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _grow; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program, 'bash', scripts.bash!, 'grow', ...words], { env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

function fishOffers(line: string): string[] {
  const result = spawnSync('fish', ['--no-config', '-c', `source $argv[1]; complete -C $argv[2]`, scripts.fish!, line], { env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('offers commands, then their commands, then their options', () => {
    expect(bashOffers('')).toEqual(expect.arrayContaining(['init', 'checkin', 'session', 'export', 'completion', 'help']));
    expect(bashOffers('')).not.toContain('__ids');
    expect(bashOffers('act')).toEqual(['action']);
    expect(bashOffers('action', 'd')).toEqual(['done', 'drop']);
    expect(bashOffers('action', 'add', 'Talk', '--')).toEqual(expect.arrayContaining(['--goal', '--due', '--owner', '--every', '--journal', '--person', '--help']));
  });

  it('offers the ids in the plan named by --person, and only open items where an open one is wanted', () => {
    expect(bashOffers('action', 'add', 'Talk', '--goal', '')).toEqual(['g1', 'g2']);
    expect(bashOffers('checkin', '')).toEqual(['a1', 'a3']);
    expect(bashOffers('action', 'done', 'a')).toEqual(['a1', 'a3']);
    expect(bashOffers('--person', 'Sam Lee', 'checkin', '')).toEqual(['a4']);
    expect(bashOffers('goal', 'stage', '--person', '"Sam Lee"', '')).toEqual(['g3']);
    expect(bashOffers('goal', 'stage', '--person', 'Sam\\ Lee', '')).toEqual(['g3']);
    expect(bashOffers('--person', '')).toEqual(['me', 'Sam\\ Lee', "Jo\\ O\\'Neil"]);
    // Matched as typed, however it is quoted, and quoted for the shell when it goes in.
    expect(bashOffers('--person', 'Jo\\ O')).toEqual(["Jo\\ O\\'Neil"]);
    expect(bashOffers('--person', '"Jo O')).toEqual(["Jo\\ O\\'Neil"]);
  });

  it('offers the words an option or argument takes, and files where a file goes', () => {
    expect(bashOffers('checkin', 'a1', '--status', '')).toEqual(['open', 'done', 'dropped']);
    expect(bashOffers('goal', 'stage', 'g1', '')).toEqual(['learning', 'practising', 'fluent', 'teaching\\ others']);
    expect(bashOffers('export', '--format', '=', '')).toEqual(['md', 'json', 'ics']);
    expect(bashOffers('help', 'co')).toEqual(['coaching', 'completion']);
    expect(bashOffers('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(bashOffers('--journal', '=', scripts.bash!.slice(0, -3))).toEqual([scripts.bash]);
    expect(bashOffers('import', scripts.bash!.slice(0, -3))).toEqual([scripts.bash]);
    expect(bashOffers('note', '--tag', '')).toEqual([]);
  });

  it('offers what each correction takes: any item, notes newest first (again and again for grow note rm), people', () => {
    expect(bashOffers('action', 'rm', '')).toEqual(['a1', 'a2', 'a3']);
    expect(bashOffers('action', 'edit', 'a1', '--goal', '')).toEqual(['g1', 'g2']);
    expect(bashOffers('note', '')).toEqual(['edit', 'rm']);
    expect(bashOffers('note', 'edit', '')).toEqual(['n2', 'n1']);
    expect(bashOffers('note', 'rm', 'n2', '')).toEqual(['n2', 'n1']);
    expect(bashOffers('people', 'rename', 'S')).toEqual(['Sam\\ Lee']);
    expect(bashOffers('goal', 'rm', '')).toEqual(['g1', 'g2']);
    expect(bashOffers('goal', 'edit', '')).toEqual(['g1', 'g2']);
    expect(bashOffers('goal', 'edit', 'g1', '--stage', '')).toEqual(['learning', 'practising', 'fluent', 'teaching\\ others']);
    expect(bashOffers('people', 'rm', '')).toEqual(['Sam\\ Lee', "Jo\\ O\\'Neil"]);
    expect(bashOffers('note', 'edit', 'n1', '--')).toEqual(expect.arrayContaining(['--text', '--tag', '--private', '--shared']));
    expect(bashOffers('undo', '--')).toEqual(expect.arrayContaining(['--list', '--json']));
  });
});

describe.skipIf(!hasShell('fish'))('fish completion', () => {
  it('offers commands, options and ids, with what each is', () => {
    expect(fishOffers('grow action d')).toEqual(['done\tmark an action item done', 'drop\tdrop an action item that no longer serves you; it stays in the history']);
    expect(fishOffers('grow action add Talk --goal ')).toEqual(['g1\tA calm public speaker', 'g2\tA mentor others seek out']);
    expect(fishOffers("grow --person 'Sam Lee' checkin ")).toEqual(['a4\tWrite a design note']);
    expect(fishOffers('grow export --format=j')).toEqual(['--format=json']);
    expect(fishOffers('grow checkin a1 --st')).toEqual(['--status\tthe item is still open, done, or dropped']);
  });
});

describe.skipIf(!hasShell('zsh'))('zsh completion', () => {
  it('completes ids and options through zsh’s own completion system, at a terminal', async () => {
    const zsh = startInTerminal('zsh', ['-f'], { ...env, PS1: '> ' });
    zsh.write(`autoload -U compinit && compinit -u && source '${scripts.zsh}' && echo ready\r`);
    await zsh.waitFor(/^ready$/m);
    zsh.write(`grow action add Talk --goal g${KEY.tab}`);
    await zsh.waitFor('A calm public speaker');
    zsh.write(KEY.ctrlU);
    zsh.write(`grow checkin --person Sam${KEY.tab}`);
    await zsh.waitFor('Sam\\ Lee');
    zsh.write(` ${KEY.tab}`);
    await zsh.waitFor('a4');
    zsh.write(KEY.ctrlU);
    zsh.write(`grow export --for${KEY.tab}`);
    await zsh.waitFor('--format');
    zsh.write(KEY.ctrlU + 'exit\r');
    expect(await zsh.exited).toBe(0);
  });
});

describe('grow __ids, which the scripts run at each Tab', () => {
  it('offers nothing, and never fails or asks, when the journal cannot be read', async () => {
    const missing = await runGrow(['__ids', 'goals'], { journal: tempJournal() });
    expect(missing).toMatchObject({ code: 0, stdout: '', stderr: '' });

    const damaged = tempJournal();
    mkdirSync(join(damaged, '..'), { recursive: true });
    writeFileSync(damaged, '{"version": 1, "people": [');
    expect(await runGrow(['__ids', 'goals'], { journal: damaged })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('reads an encrypted journal only with GROW_PASSPHRASE, and a locked one as it stands', async () => {
    const encrypted = tempJournal();
    await writePlan(encrypted);
    expect((await runGrow(['encrypt'], { journal: encrypted, env: { GROW_PASSPHRASE: 'a long passphrase' } })).code).toBe(0);
    expect(await runGrow(['__ids', 'goals'], { journal: encrypted })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect((await runGrow(['__ids', 'goals'], { journal: encrypted, env: { GROW_PASSPHRASE: 'a long passphrase' } })).stdout).toBe('g1\tA calm public speaker\ng2\tA mentor others seek out\n');

    mkdirSync(`${journal}.lock`);
    try {
      expect((await runGrow(['__ids', 'sessions', '--person', 'me'], { journal })).code).toBe(0);
      expect((await runGrow(['__ids', 'items'], { journal })).stdout).toBe('a1\tOutline the talk\na3\tPair with a new hire\n');
    } finally {
      spawnSync('rmdir', [`${journal}.lock`]);
    }
  });
});
