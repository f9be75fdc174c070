// Small pictures of numbers that fit in a line of text: a sparkline for a trend and a bar
// for progress.
const TICKS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled from `min` to `max`; a blank where there is no value. */
export function sparkline(values: readonly (number | undefined)[], min: number, max: number): string {
  return values
    .map((value) => {
      if (value === undefined) return ' ';
      const share = max === min ? 1 : (Math.min(max, Math.max(min, value)) - min) / (max - min);
      return TICKS[Math.round(share * (TICKS.length - 1))];
    })
    .join('');
}

/** `██████░░░░` for 60 out of 100. */
export function progressBar(percent: number, width = 10): string {
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
