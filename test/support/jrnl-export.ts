// What `jrnl --export json` writes: tag counts, then entries with title, body, date, time,
// tags (with jrnl's @ in front) and starred. Made the same way every time.
export interface JrnlEntry {
  title: string;
  body: string;
  date: string;
  time: string;
  tags: string[];
  starred: boolean;
  uuid?: string;
}

const TAGS = ['@work', '@Family', '#reading', '@side-project', '@a/b+c'];

export function jrnlExport(count: number): { tags: Record<string, number>; entries: JrnlEntry[] } {
  const entries = Array.from({ length: count }, (_, i): JrnlEntry => {
    const day = new Date(Date.UTC(2025, 0, 1 + i));
    const tags = i % 4 === 0 ? [] : [TAGS[i % TAGS.length]!];
    return {
      title: `Entry ${i + 1}: a day of ${tags[0] ?? 'quiet'}.`,
      body: i % 3 === 0 ? '' : `More about day ${i + 1}.\n\nA second paragraph.`,
      date: day.toISOString().slice(0, 10),
      time: `${String(7 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      tags,
      starred: i % 10 === 0,
      uuid: `uuid-${i}`,
    };
  });
  const counts: Record<string, number> = {};
  for (const entry of entries) for (const tag of entry.tags) counts[tag] = (counts[tag] ?? 0) + 1;
  return { tags: counts, entries };
}
