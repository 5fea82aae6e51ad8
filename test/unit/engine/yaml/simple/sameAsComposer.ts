import { isDeepStrictEqual } from 'node:util';
import { LineCounter } from 'yaml';
import { composeOptions, readDocuments } from '../../../../../server/src/engine/yaml/composeDocuments';
import { readSimpleDocument } from '../../../../../server/src/engine/yaml/simple/readSimpleDocument';

/** What the simple reader made of a text, beside what `yaml`'s composer made of it. */
export type Comparison = { kind: 'handed-on' } | { kind: 'same' } | { kind: 'different'; detail: string };

/**
 * Reads a text with the simple reader and with the composer (the engine's options), and
 * compares every node: class, value, source, type, ranges, comments, flags, and the
 * plain data. A text the simple reader does not take is `handed-on`.
 */
export function compareWithComposer(text: string): Comparison {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  const simple = readSimpleDocument(text, lines.lineStarts, composeOptions());
  if (!simple) return { kind: 'handed-on' };
  const { documents } = readDocuments(text);
  const composed = documents[0];
  if (documents.length !== 1 || !composed) return { kind: 'different', detail: `the composer read ${documents.length} documents` };
  if (composed.errors.length + composed.warnings.length > 0)
    return { kind: 'different', detail: `the composer reported: ${[...composed.errors, ...composed.warnings].map((e) => e.message).join('; ')}` };
  const expected = describe(composed);
  const actual = describe(simple.document);
  if (!isDeepStrictEqual(actual, expected)) return { kind: 'different', detail: firstDifference(actual, expected, '$') };
  const value = composed.toJS();
  if (!isDeepStrictEqual(simple.value, value)) return { kind: 'different', detail: firstDifference(simple.value, value, 'value') };
  return { kind: 'same' };
}

/** A node tree as plain data: every own property and the class of each object, the schema and the composer's directives aside. */
function describe(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(describe);
  const described: Record<string, unknown> = { class: node.constructor.name };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'schema' || key === 'directives') continue;
    if (key === 'options') {
      const { _directives, ...options } = value as Record<string, unknown>;
      void _directives;
      described[key] = { ...options, schema: (options.schema as { name?: string }).name };
      continue;
    }
    described[key] = describe(value);
  }
  return described;
}

function firstDifference(actual: unknown, expected: unknown, at: string): string {
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null)
    return `${at}: ${JSON.stringify(actual)} where the composer has ${JSON.stringify(expected)}`;
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const a = (actual as Record<string, unknown>)[key];
    const e = (expected as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, e)) return firstDifference(a, e, `${at}.${key}`);
  }
  return `${at}: differ`;
}
