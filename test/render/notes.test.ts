import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/schema';
import { renderNotes } from '../../src/render/notes';
import { plain } from '../../src/render/paint';

const notes: Note[] = [
  { id: 'n2', at: '2026-11-25T14:03:00Z', text: 'Two lines\n\nsecond \u001b[2Jline', tags: ['focus', 'retro'], private: true },
  { id: 'n1', at: '2026-11-24T09:00:00Z', text: 'First', tags: [] },
];

describe('renderNotes', () => {
  it('shows id, local time, tags and text indented, with control characters made visible', () => {
    expect(renderNotes(notes, plain)).toBe(
      [
        'n2     2026-11-25 14:03  #focus  #retro  (private)',
        '      Two lines',
        '',
        '      second \\u001b[2Jline',
        '',
        'n1     2026-11-24 09:00',
        '      First',
        '',
      ].join('\n'),
    );
  });

  it('colours only when given colours', () => {
    const coloured = renderNotes(notes, new Chalk({ level: 1 }));
    expect(coloured).toContain('\u001b[36mn2   \u001b[39m');
    expect(renderNotes(notes, plain)).not.toContain('\u001b[36m');
  });
});
