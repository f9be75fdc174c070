// What a terminal shows after a program has drawn on it: the raw output (colours, cursor
// moves, lines redrawn as the person types) played into a headless terminal, whose lines,
// scrollback included, are read back as plain text.
import xterm from '@xterm/headless';

/** The width the README's blocks are shown at; the pseudo-terminal that ran grow was as wide or wider. */
export const SCREEN_COLUMNS = 100;

export function screenText(raw: string, columns = SCREEN_COLUMNS): Promise<string> {
  const terminal = new xterm.Terminal({ cols: columns, rows: 40, scrollback: 10_000, allowProposedApi: true });
  return new Promise((resolve) => {
    terminal.write(raw.replace(/\r?\n/g, '\r\n'), () => {
      const buffer = terminal.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)!.translateToString(true));
      terminal.dispose();
      resolve(lines.join('\n').trimEnd());
    });
  });
}
