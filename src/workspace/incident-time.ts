/*
 * A datetime-local field speaks the person's wall clock without an offset ("2026-11-30T22:15");
 * the log stores the same moment as ISO-8601 with the offset that clock had, so the time reads
 * as the person gave it and still sorts and converts exactly.
 */

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** "2026-11-30T22:15" (local) → "2026-11-30T22:15:00+01:00"; null when the field is empty or not a real time. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const local = new Date(year, month - 1, day, hour, minute);
  if (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return `${value}:00${offsetText(-local.getTimezoneOffset())}`;
}

/** Any ISO time → the datetime-local value for the same moment on this computer's clock. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(minutesEast / 60))}:${pad(minutesEast % 60)}`;
}
