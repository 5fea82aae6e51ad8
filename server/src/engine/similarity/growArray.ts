/**
 * Typed arrays indexed by term id or slot grow as terms and lessons come: doubled, so a
 * workspace of n lessons copies each array O(log n) times, never once per lesson.
 */

/** The length to grow to from `length` so that `index` fits: `length` doubled as often as needed. */
export function grownLength(length: number, index: number): number {
  let grown = Math.max(1, length);
  while (grown <= index) grown *= 2;
  return grown;
}

/** `array` copied into a longer one of `length` (zeros after it). */
export function grownFloat64(array: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(length);
  grown.set(array);
  return grown;
}

/** `array` copied into a longer one of `length` (zeros after it). */
export function grownInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
