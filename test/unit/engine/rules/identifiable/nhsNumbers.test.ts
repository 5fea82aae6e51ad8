import * as assert from 'node:assert/strict';
import { findNhsNumbers, hasValidNhsCheckDigit } from '../../../../../server/src/engine/rules/identifiable/nhsNumbers';

/** Numbers whose check digit is right (computed by hand with weights 10 to 2, modulus 11). */
const VALID = ['9434765919', '4010232137', '6541237891', '7000000007', '4505577104'];

describe('NHS numbers', () => {
  it('accepts the check digit of real-shaped numbers and refuses one digit off', () => {
    for (const number of VALID) {
      assert.ok(hasValidNhsCheckDigit(number), number);
      const last = Number(number[9]);
      assert.ok(!hasValidNhsCheckDigit(number.slice(0, 9) + String((last + 1) % 10)), `${number} with its last digit changed`);
    }
  });

  it('refuses a number whose check comes to 10, and anything not ten digits', () => {
    // 1×10 = 10, 10 mod 11 = 10, 11 - 10 = 1.
    assert.ok(hasValidNhsCheckDigit('1000000001'));
    // Sum 1*10 + 1*2 = 12 → 12 mod 11 = 1 → 11 - 1 = 10: no valid check digit exists.
    for (let digit = 0; digit <= 9; digit++) assert.ok(!hasValidNhsCheckDigit(`100000001${digit}`));
    assert.ok(!hasValidNhsCheckDigit('943476591'));
    assert.ok(!hasValidNhsCheckDigit('94347659190'));
    assert.ok(!hasValidNhsCheckDigit('943 476 5919'));
  });

  it('finds a number spaced 3-3-4, dashed or run together, with its exact span', () => {
    for (const written of ['943 476 5919', '943-476-5919', '9434765919']) {
      const text = `The pt ${written} did not show.`;
      assert.deepEqual(findNhsNumbers(text), [{ start: 7, end: 7 + written.length, digits: '9434765919', test: false }], written);
    }
  });

  it('finds one after "no." or in brackets, and marks the 999 range as a test number', () => {
    assert.equal(findNhsNumbers('NHS no.9434765919 ok')[0]?.start, 7);
    assert.equal(findNhsNumbers('(943 476 5919)').length, 1);
    const test = findNhsNumbers('tested with 999 000 0018 on the portal');
    assert.deepEqual(
      test.map((found) => [found.digits, found.test]),
      [['9990000018', true]],
    );
  });

  it('knows 9999999999 passes the check, so leaving it alone is the placeholder rule at work', () => {
    assert.ok(hasValidNhsCheckDigit('9999999999'));
  });

  it('leaves alone wrong check digits, mixed separators, phone numbers, dates, money and ids', () => {
    const clean = [
      '943 476 5918 failed the check',
      '943 476-5919 mixes separators',
      'call 0161 496 0123 or 07700 900123 or 0800 123 4567',
      'ring 0143 476 5919',
      'go-live 2024-03-15, signed 15/03/2024',
      'cost £9,434,765,919 overall',
      'ticket INC9434765919 and CR-9434765919',
      'ref 94347659190 (eleven digits) and 943476591 (nine)',
      'see https://example.org/9434765919/page',
      'version 1.9434765919',
      '+449434765919',
      'placeholders like 0000000000 or 9999999999 (which passes the check)',
    ];
    for (const text of clean) assert.deepEqual(findNhsNumbers(text), [], text);
  });
});
