const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a year that is not a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * YYYY-MM-DD naming a day the calendar has. `Date.parse` is no test: it reads 2025-02-30 as
 * 2 March, so every date check in the engine and on the command line asks this instead.
 * A year before 100 is refused: no lesson is that old, and 0024 for 2024 is a slip to flag.
 * Reckoned without a Date object: every lesson's dates pass through here.
 */
export function isCalendarDate(value: string | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0));
}
