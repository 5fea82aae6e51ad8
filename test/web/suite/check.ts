/**
 * The few assertions the in-browser suite needs. `node:assert` does not exist in VS Code's
 * web-worker extension host, where this suite runs.
 */
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}
