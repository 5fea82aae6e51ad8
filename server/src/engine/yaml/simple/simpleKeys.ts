import { COLON, SPACE } from './simpleSource';

/** The end of a plain key followed by `:` (then a space or the line's end) in text[start, end), or -1. */
export function plainKeyEnd(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === COLON) return at > start && (at + 1 === end || text.charCodeAt(at + 1) === SPACE) ? at : -1;
    if (!isKeyCharacter(code)) return -1;
  }
  return -1;
}

/** Letters, digits, `_` and `-`: the keys lessons use, and nothing a plain key could mean more than. */
function isKeyCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}
