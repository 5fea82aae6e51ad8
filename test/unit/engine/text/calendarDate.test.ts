import * as assert from 'node:assert/strict';
import { isCalendarDate } from '../../../../server/src/engine/text/calendarDate';

describe('engine: calendar dates', () => {
  it('accepts days the calendar has, leap days included', () => {
    for (const day of ['2025-01-31', '2024-02-29', '2000-02-29', '1999-12-31']) assert.equal(isCalendarDate(day), true, day);
  });

  it('refuses days it does not have, which Date.parse would roll over', () => {
    for (const day of ['2025-02-29', '2025-02-30', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])
      assert.equal(isCalendarDate(day), false, day);
  });

  it('refuses anything not written YYYY-MM-DD', () => {
    for (const text of [undefined, '', '14/03/2025', '2025-3-14', '2025-03-14T10:00', ' 2025-03-14', '20250314'])
      assert.equal(isCalendarDate(text), false, String(text));
  });

  it('agrees with the calendar on every day written 0000-00-00 to 2400-13-32 (years sampled), and refuses years before 100', () => {
    const pad = (n: number, width: number): string => String(n).padStart(width, '0');
    for (const year of [0, 1, 99, 100, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const written = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const onCalendar = year >= 100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          assert.equal(isCalendarDate(written), onCalendar, written);
        }
      }
    }
  });
});
