import type { Schema } from 'yaml';
import { isPlainText } from './simpleScalars';
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

/** How many different keys are remembered: a lesson has about fifteen, the schema thirty. */
const MOST_KEYS_REMEMBERED = 64;

/**
 * Keys read before, with the schema that read them as text. A key taken from a file is a new
 * string each time, and V8 hashes a new string on every property lookup with it (the check for
 * a repeated key, then the value's own property); the same key from this list is hashed once,
 * and was tested against the schema once.
 */
const keysRead: { schema?: Schema; keys: string[] } = { keys: [] };

/**
 * The plain key text[start, end) as a string, when the core schema reads it as text and
 * `taken` has no such property yet (a repeated key is the parser's to report); else undefined.
 */
export function readPlainKey(text: string, start: number, end: number, schema: Schema, taken: object): string | undefined {
  if (keysRead.schema !== schema) {
    keysRead.schema = schema;
    keysRead.keys = [];
  }
  let key = rememberedKey(text, start, end);
  if (key === undefined) {
    key = text.slice(start, end);
    if (key === '__proto__' || !isPlainText(text, start, end, schema, false)) return undefined;
    if (keysRead.keys.length < MOST_KEYS_REMEMBERED) keysRead.keys.push(` ${key}`.slice(1));
  }
  return Object.hasOwn(taken, key) ? undefined : key;
}

function rememberedKey(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  for (const known of keysRead.keys) if (known.length === length && text.startsWith(known, start)) return known;
  return undefined;
}
