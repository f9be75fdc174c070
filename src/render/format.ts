// Dates, times and sizes as grow shows them: 2026-11-25 14:03 (local time), 12.3 KiB.
const two = (n: number) => String(n).padStart(2, '0');

export function dateTimeText(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A file size as people read it: 812 bytes, 12.3 KiB, 4.0 MiB. */
export function byteSize(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}
