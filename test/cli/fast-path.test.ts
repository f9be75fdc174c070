import { describe, expect, it } from 'vitest';
import { fastPath, remindRequest } from '../../src/cli/fast-path';
import { readRequest } from '../../src/cli/read-request';

describe('recognising grow remind before the CLI loads', () => {
  it('takes remind with --journal and --person around it, in either form', () => {
    expect(remindRequest(['remind'])).toEqual({});
    expect(remindRequest(['remind', '--journal', '/tmp/j.json'])).toEqual({ journal: '/tmp/j.json' });
    expect(remindRequest(['--person=Sam', 'remind', '--journal=/tmp/j.json'])).toEqual({ person: 'Sam', journal: '/tmp/j.json' });
    expect(remindRequest(['--person', 'remind', 'remind'])).toEqual({ person: 'remind' });
  });

  it('leaves every other line to the full CLI', () => {
    for (const args of [[], ['notes'], ['remind', '--help'], ['remind', '--json'], ['remind', 'now'], ['remind', '--journal'], ['--no-color', 'remind'], ['remind', 'remind']]) {
      expect(remindRequest(args), args.join(' ')).toBeUndefined();
    }
  });
});

describe('recognising --version and help before the CLI loads', () => {
  it('takes --version alone, and help with nothing but command words', () => {
    expect(fastPath(['--version'])).toEqual({ kind: 'version' });
    expect(fastPath(['-V'])).toEqual({ kind: 'version' });
    expect(fastPath(['--help'])).toEqual({ kind: 'help', words: '' });
    expect(fastPath(['help'])).toEqual({ kind: 'help', words: '' });
    expect(fastPath(['action', 'add', '-h'])).toEqual({ kind: 'help', words: 'action add' });
    expect(fastPath(['help', 'Action', 'ADD'])).toEqual({ kind: 'help', words: 'action add' });
    expect(fastPath(['remind', '--help'])).toEqual({ kind: 'help', words: 'remind' });
  });

  it('leaves lines with anything else on them to the full CLI', () => {
    for (const args of [['--version', '--json'], ['--person', 'Sam', '--version'], ['--json', '--help'], ['action', 'add', 'a talk', '--help'], ['help', 'dates', '--json'], ['--help', 'action'], ['note'], ['remind']]) {
      expect(fastPath(args), args.join(' ')).toBeUndefined();
    }
  });
});

describe('reading grow, grow notes and grow action list without the CLI', () => {
  it('reads their options as commander does: either form, the last value winning, tags collected, global options anywhere', () => {
    expect(readRequest([])).toEqual({ command: 'dashboard', globals: { person: 'me', color: true }, options: {} });
    expect(readRequest(['--json', '--person=Sam', '--no-color'])).toEqual({ command: 'dashboard', globals: { person: 'Sam', json: true, color: false }, options: {} });
    expect(readRequest(['notes', '--limit=3', '--tag', 'a', '--journal', '/j.json', '--tag=b', '--limit', '5', '--ids'])).toEqual({
      command: 'notes',
      globals: { person: 'me', color: true, journal: '/j.json' },
      options: { tag: ['a', 'b'], limit: '5', ids: true },
    });
    // A value is whatever word follows its flag, as commander reads it.
    expect(readRequest(['notes', '--search', '--json'])).toEqual({ command: 'notes', globals: { person: 'me', color: true }, options: { tag: [], search: '--json' } });
    expect(readRequest(['action'])).toEqual({ command: 'action list', globals: { person: 'me', color: true }, options: {} });
    expect(readRequest(['--accept-plaintext', 'action', 'list', '--all', '--before', 'friday'])).toEqual({
      command: 'action list',
      globals: { person: 'me', color: true, acceptPlaintext: true },
      options: { all: true, before: 'friday' },
    });
  });

  it('leaves anything it does not fully understand to commander', () => {
    const lines = [['notes', '--limit'], ['notes', 'x'], ['--limit', '3', 'notes'], ['notes', '--ids=1'], ['notes', '--colour'], ['notes', '-h'], ['notes', '--'], ['action', '--all'], ['action', '--all', 'list'], ['action', 'list', 'x'], ['action', 'done', 'a1'], ['note'], ['-'], ['--person']];
    for (const args of lines) expect(readRequest(args), args.join(' ')).toBeUndefined();
  });
});
