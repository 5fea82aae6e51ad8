import type { Random } from './random';

const DAY_MS = 86_400_000;
/** Lessons are dated between these days: always in the past, so only broken lessons have date problems. */
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);
/** How far a lesson's date strays from its place in the catalogue's order, in days. */
const JITTER_DAYS = 120;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The date of the n-th of `count` lessons: later lessons mostly later, as a catalogue grows,
 * give or take a few months, so a lesson can adopt one written before it.
 */
export function lessonDate(random: Random, n: number, count: number): string {
  const span = LAST_DAY - FIRST_DAY;
  const planned = FIRST_DAY + Math.floor((span * n) / Math.max(1, count));
  const day = planned + random.int(-JITTER_DAYS, JITTER_DAYS) * DAY_MS;
  return iso(Math.min(LAST_DAY, Math.max(FIRST_DAY, day)));
}

/** A day from `from` (YYYY-MM-DD) to the last day lessons are dated, within `withinDays`. */
export function dayAfter(random: Random, from: string, withinDays: number): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  return iso(Math.min(LAST_DAY, start + random.int(0, withinDays) * DAY_MS));
}

/** 2025-03-14 as 14/03/2025: how a date is often mistyped. */
export function toUkDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
