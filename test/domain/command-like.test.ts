import { describe, expect, it } from 'vitest';
import { commandLike } from '../../src/domain/command-like';

describe('a note that reads like a command', () => {
  it('is a command word followed by an id of a kind it takes', () => {
    expect(commandLike('edit n1')).toBe('grow note edit n1');
    expect(commandLike('rm n3 n4')).toBe('grow note rm n3 n4');
    expect(commandLike('Done A2')).toBe('grow action done a2');
    expect(commandLike('drop a2')).toBe('grow action drop a2');
    expect(commandLike('delete a2')).toBe('grow action rm a2');
    expect(commandLike('edit g1')).toBe('grow goal edit g1');
    expect(commandLike('stage g1 teaching others')).toBe('grow goal stage g1 teaching others');
    expect(commandLike('show s2')).toBe('grow sessions show s2');
    expect(commandLike('checkin a4')).toBe('grow checkin a4');
    expect(commandLike('undo')).toBe('grow undo');
  });

  it('is not a note that only begins with such a word, or names an id of another kind', () => {
    expect(commandLike('done with the reviews')).toBeUndefined();
    expect(commandLike('done n1')).toBeUndefined();
    expect(commandLike('edit the design doc')).toBeUndefined();
    expect(commandLike('undo the refactor')).toBeUndefined();
    expect(commandLike('Paired with Sam')).toBeUndefined();
  });
});
