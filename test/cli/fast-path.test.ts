import { describe, expect, it } from 'vitest';
import { fastPath, remindRequest } from '../../src/cli/fast-path';

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
    for (const args of [[], ['--version', '--json'], ['--person', 'Sam', '--version'], ['--json', '--help'], ['action', 'add', 'a talk', '--help'], ['help', 'dates', '--json'], ['--help', 'action'], ['notes'], ['remind']]) {
      expect(fastPath(args), args.join(' ')).toBeUndefined();
    }
  });
});
