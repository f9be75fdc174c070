// What a terminal of a given width shows of a program's output, read back from a headless
// terminal (@xterm/headless): where it had to break a line that grow did not fold itself.
import xterm from '@xterm/headless';

/**
 * The places where the terminal broke a word across two rows, as "end of one row|start of
 * the next". A word longer than a whole row (a long path) cannot be folded, and is left out.
 */
export function wordsBroken(raw: string, columns: number): Promise<string[]> {
  const terminal = new xterm.Terminal({ cols: columns, rows: 40, scrollback: 10_000, allowProposedApi: true });
  return new Promise((resolve) => {
    terminal.write(raw.replace(/\r?\n/g, '\r\n'), () => {
      const buffer = terminal.buffer.active;
      const broken: string[] = [];
      for (let i = 1; i < buffer.length; i++) {
        const row = buffer.getLine(i)!;
        if (!row.isWrapped) continue;
        const before = buffer.getLine(i - 1)!.translateToString(false);
        const after = row.translateToString(true);
        const end = /\S+$/.exec(before)?.[0] ?? '';
        const start = /^\S+/.exec(after)?.[0] ?? '';
        if (end !== '' && start !== '' && end.length + start.length < columns - 8) broken.push(`${end}|${start}`);
      }
      terminal.dispose();
      resolve(broken);
    });
  });
}
