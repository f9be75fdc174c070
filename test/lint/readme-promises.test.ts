// The README's table of what grow promises about the journal names, for each promise, the
// tests that keep it: a file, and in quotes the start of a describe or it title in that file.
// Every file named exists, and every title named is one of that file's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Named {
  file: string;
  titles: string[];
}

/** Each row's promise and the tests its second cell names. */
function promises(): { promise: string; named: Named[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.split('\n### What grow promises about your journal\n')[1]!.split('\n\n').find((block) => block.startsWith('| promise |'))!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => {
      const [promise, tests] = row.split(' | ');
      // `file` and, when it follows, a parenthesis holding "titles" (and words about them).
      const named = [...tests!.matchAll(/`(test\/[^`]+)`(?: \(([^)]*)\))?/g)].map(([, file, words]) => ({
        file: file!,
        titles: [...(words ?? '').matchAll(/"([^"]+)"/g)].map(([, title]) => title!),
      }));
      return { promise: promise!.replace(/^\| /, ''), named };
    });
}

/** Whether `source` has a describe or it whose title starts with `title`. */
function hasTitle(source: string, title: string): boolean {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(describe|it)(\\.\\w+)*(\\([^)]*\\))?\\(\\s*['"\`]${escaped}`).test(source);
}

describe("the README's promises about the journal", () => {
  const rows = promises();

  it('are at least the sixteen grow was tested against, each with a test', () => {
    expect(rows.length).toBeGreaterThanOrEqual(16);
    for (const { promise, named } of rows) expect(named.length, promise).toBeGreaterThan(0);
  });

  it('name test files that exist, and titles those files have', () => {
    for (const { promise, named } of rows) {
      for (const { file, titles } of named) {
        const path = join(ROOT, file.replace(/\/\*$/, ''));
        expect(existsSync(path), `${file}, for: ${promise}`).toBe(true);
        if (statSync(path).isDirectory()) {
          expect(readdirSync(path).some((name) => name.endsWith('.test.ts')), file).toBe(true);
          continue;
        }
        const source = readFileSync(path, 'utf8');
        for (const title of titles) expect(hasTitle(source, title), `${file} has no test called "${title}…", for: ${promise}`).toBe(true);
      }
    }
  });
});
