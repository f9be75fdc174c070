import { describe, expect, it } from 'vitest';
import { remindRequest } from '../../src/cli/remind-request';

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
