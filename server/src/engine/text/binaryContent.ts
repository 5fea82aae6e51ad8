import type { Problem, Range } from '../problem';

/**
 * The problem of a file that holds a NUL character, found in its bytes (read from disk) or
 * in its text (an editor's): no text file holds one, and YAML forbids it, so the file is
 * binary, or text in an encoding other than UTF-8 such as UTF-16. Undefined when there is none.
 * `placeAt` turns the first NUL's offset into the range to underline.
 */
export function binaryContentProblem(content: string | Uint8Array, placeAt: (offset: number) => Range, subject = 'lesson'): Problem | undefined {
  const offset = typeof content === 'string' ? content.indexOf('\u0000') : content.indexOf(0);
  if (offset === -1) return undefined;
  return { code: 'not-text', severity: 'error', message: `This file is binary, not text; a ${subject} is a UTF-8 YAML text file.`, range: placeAt(offset) };
}
