// What changed between two versions of a text, word by word: the words both keep, and those
// taken out and put in, in reading order (a longest common subsequence of the words).

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /** Words, joined by single spaces. */
  text: string;
}

/** Past this many word pairs, the texts are shown as one taken out and one put in. */
const MAX_CELLS = 4_000_000;

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_CELLS) return joined([...a.map((w) => part('removed', w)), ...b.map((w) => part('added', w))]);
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push(part('same', a[i++]!));
      j++;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      parts.push(part('added', b[j++]!));
    } else {
      parts.push(part('removed', a[i++]!));
    }
  }
  return joined(parts);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const part = (kind: DiffPart['kind'], text: string): DiffPart => ({ kind, text });

/** Neighbouring words of one kind as one part; between two kept words, what was taken out comes first. */
function joined(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let changed: DiffPart[] = [];
  const flush = () => {
    for (const kind of ['removed', 'added'] as const) {
      const text = changed.filter((p) => p.kind === kind).map((p) => p.text).join(' ');
      if (text !== '') out.push(part(kind, text));
    }
    changed = [];
  };
  for (const next of parts) {
    if (next.kind !== 'same') {
      changed.push(next);
      continue;
    }
    flush();
    const last = out.at(-1);
    if (last?.kind === 'same') last.text += ` ${next.text}`;
    else out.push({ ...next });
  }
  flush();
  return out;
}
