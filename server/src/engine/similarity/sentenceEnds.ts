import type { TextSpan } from './words';

/**
 * Where a text's sentences end, by a scan instead of a regular expression: the pattern
 * `[.!?;:]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s` (punctuation followed by a space, a blank line, a
 * bullet) tried at each position of a long run of punctuation backtracks over the whole run
 * each time, so 40,000 full stops in a row took four seconds to read. Each alternative comes
 * down to a test of one or two characters after a run:
 * - `[.!?;:]+(?=\s|$)` matches where one of those characters is followed by a space or the end;
 * - `\n\s*\n` where a line break is followed, after spaces, by another;
 * - `\n\s*[-*•]\s` where a line break is followed, after spaces, by a bullet and a space
 *   (the spaces cannot end on the bullet, which is not a space).
 */

const LINE_FEED = 0x0a;

/**
 * Whether a sentence end starts somewhere in [from, to) of the text: a gap between two words,
 * which holds no letter or digit. Reading words asks this of the gaps it meets rather than
 * listing the ends with sentenceEnds first: a second pass over every text made reading the
 * corpora's 70,400 texts about a fifth slower (six alternating runs).
 */
export function endsSentence(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (isStop(code)) {
      if (at + 1 === text.length || isSpace(text.charCodeAt(at + 1))) return true;
      continue;
    }
    if (code !== LINE_FEED) continue;
    let next = at + 1;
    for (; next < to && isSpace(text.charCodeAt(next)); next++) if (text.charCodeAt(next) === LINE_FEED) return true;
    if (next + 1 < text.length && isBullet(text.charCodeAt(next)) && isSpace(text.charCodeAt(next + 1))) return true;
    // The spaces after the line break hold no sentence end of their own: go on after them.
    at = next - 1;
  }
  return false;
}

/**
 * Every sentence end of a text as the pattern's global matches give them, left to right, in
 * one pass: a run of stops followed by a space (the whole run), a line break to the last line
 * break after it with only spaces between, or a line break, spaces, a bullet and a space.
 */
export function sentenceEnds(text: string): TextSpan[] {
  const ends: TextSpan[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isStop(code)) {
      let runEnd = at + 1;
      while (runEnd < length && isStop(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd === length || isSpace(text.charCodeAt(runEnd))) ends.push({ start: at, end: runEnd });
      at = runEnd;
      continue;
    }
    if (code !== LINE_FEED) {
      at++;
      continue;
    }
    let runEnd = at + 1;
    let lastLineFeed = -1;
    for (; runEnd < length && isSpace(text.charCodeAt(runEnd)); runEnd++) if (text.charCodeAt(runEnd) === LINE_FEED) lastLineFeed = runEnd;
    if (lastLineFeed >= 0) {
      ends.push({ start: at, end: lastLineFeed + 1 });
      at = lastLineFeed + 1;
    } else if (runEnd + 1 < length && isBullet(text.charCodeAt(runEnd)) && isSpace(text.charCodeAt(runEnd + 1))) {
      ends.push({ start: at, end: runEnd + 2 });
      at = runEnd + 2;
    } else {
      at = runEnd;
    }
  }
  return ends;
}

/** The characters a sentence end starts with: . ! ? ; : and a line break. */
export function startsSentenceEnd(code: number): boolean {
  return isStop(code) || code === LINE_FEED;
}

/** The stops a sentence can end with: . ! ? ; : */
export function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x3a;
}

function isBullet(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2022;
}

/** What `\s` matches: the ECMAScript white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
