const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * YYYY-MM-DD naming a day the calendar has. `Date.parse` is no test: it reads 2025-02-30 as
 * 2 March, so every date check in the engine and on the command line asks this instead.
 */
export function isCalendarDate(value: string | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
