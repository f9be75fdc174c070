import { describe, expect, it } from 'vitest';
import { draftMission } from '../../src/domain/mission-draft';

describe('draftMission', () => {
  it('weaves the person’s own answers into a first draft', () => {
    expect(
      draftMission({
        wakeUp: 'Seeing someone on my team learn something new.',
        love: 'Untangling hard problems with other people',
        dream: 'Leading a team that ships calm software',
      }),
    ).toBe(
      'What gets me up in the morning is seeing someone on my team learn something new. I love untangling hard problems with other people, and one day I see myself leading a team that ships calm software.',
    );
  });

  it('drops the words the draft already says, and reads on from how the answer starts', () => {
    expect(draftMission({ wakeUp: 'my kids', love: 'I love cooking for friends!', dream: 'I would love to open a small bakery' })).toBe(
      'What gets me up in the morning is my kids. I love cooking for friends, and one day I want to open a small bakery.',
    );
    expect(draftMission({ wakeUp: 'I like solving problems', love: 'to teach', dream: 'a house by the sea' })).toBe(
      'I get up in the morning because I like solving problems. I love to teach, and I dream of a house by the sea.',
    );
    expect(draftMission({ wakeUp: 'to build things people use. Also coffee.', dream: 'be a staff engineer' })).toBe(
      'I get up in the morning to build things people use. One day I want to be a staff engineer.',
    );
  });

  it('uses what there is, and makes no draft from no answers', () => {
    expect(draftMission({ dream: 'write a novel' })).toBe('One day I want to write a novel.');
    expect(draftMission({ love: '  ', wakeUp: '' })).toBeUndefined();
  });
});
