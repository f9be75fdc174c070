import { describe, expect, it } from 'vitest';
import { isJournalText, journalText } from '../../src/store/journal-text';
import { richJournal } from '../support/rich-journal';

describe('whether a text is the journal as grow writes it', () => {
  const text = journalText(richJournal());

  it('is so for the very text', () => {
    expect(isJournalText(richJournal(), text)).toBe(true);
  });

  it('is not so for a text that differs anywhere: a character, a line, a space, its end', () => {
    const lines = text.split('\n');
    const differing = [
      text.replace('"version": 4', '"version": 5'),
      text.replace('Speak at a conference abroad.', 'Speak at a conference abroad!'),
      lines.filter((_, i) => i !== 5).join('\n'),
      [...lines.slice(0, 5), lines[5]!, ...lines.slice(5)].join('\n'),
      text.replace('\n', ' \n'),
      text.replace(/\n/g, '\r\n'),
      text.slice(0, -1),
      `${text}\n`,
      `${text} `,
      JSON.stringify(richJournal(), null, 2),
      '',
    ];
    for (const other of differing) expect(isJournalText(richJournal(), other), other.slice(0, 40)).toBe(false);
  });
});
