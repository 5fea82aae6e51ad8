/** An NHS number as written in a text: where it is, its ten digits, and whether it is a test number. */
export interface NhsNumberMatch {
  start: number;
  end: number;
  digits: string;
  /** In the 999 range, which is never issued to a patient and is used for testing. */
  test: boolean;
}

/**
 * Ten digits as 3-3-4 with one kind of separator (space or dash) or run together, not part of
 * a longer run of digits, letters, a decimal or a path: "943 476 5919", "943-476-5919", "9434765919".
 * Letters or digits either side mean an id or a longer number ("INC9434765919", "+449434765919");
 * a full stop after a word does not ("NHS no.9434765919").
 */
const CANDIDATE = /(?<![\p{L}\p{N}_+/\\-])(?<!\d[.,])(\d{3})([ \u00a0-]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}_]|[.,/-]\d)/gu;

/** Weights of the first nine digits in the modulus-11 check. */
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The NHS number check: the first nine digits weighted 10 to 2, summed; eleven minus the
 * remainder on division by eleven is the check digit (11 stands for 0; 10 means no valid number).
 */
export function hasValidNhsCheckDigit(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * Every NHS number in a text. Ten-digit numbers that start with 0 are telephone numbers
 * (UK numbers start with 0 and no NHS number does), so they are never matched; nor is one
 * digit ten times ("9999999999" passes the check, but it is the placeholder systems use for
 * "no number", which lessons about data quality quote); nor a number whose check digit is wrong, so a random ten-digit reference is matched one time in eleven
 * at most, and only when it is written on its own.
 */
export function findNhsNumbers(text: string): NhsNumberMatch[] {
  const found: NhsNumberMatch[] = [];
  // By exec on the pattern itself: matchAll would copy it for every file.
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (digits.startsWith('0') || /^(\d)\1{9}$/.test(digits) || !hasValidNhsCheckDigit(digits)) continue;
    const start = match.index;
    found.push({ start, end: start + match[0].length, digits, test: digits.startsWith('999') });
  }
  return found;
}
