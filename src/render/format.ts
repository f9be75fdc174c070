// Dates and times as grow shows them, in the local time zone: 2026-11-25 14:03.
const two = (n: number) => String(n).padStart(2, '0');

export function dateTimeText(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
