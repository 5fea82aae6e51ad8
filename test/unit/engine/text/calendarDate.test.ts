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
});
