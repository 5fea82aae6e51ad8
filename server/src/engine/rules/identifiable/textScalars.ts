import { isMap, isPair, isScalar, isSeq } from '../../yaml/nodeKinds';
import type { Scalar } from 'yaml';
import type { ParsedYaml } from '../../yaml/parseYamlFile';

/** A string value of a lesson as the file writes it, for the rules that look for patterns in prose. */
export interface TextScalar {
  node: Scalar;
  /** The top-level field it belongs to (`good`, `adoption`, …), or undefined at the root. */
  field?: string;
  /** Where its value is written: from its first character (after any block header) to the end of its value. */
  start: number;
  end: number;
  /**
   * The file's text over [start, end) with escapes of a double-quoted value blanked out (same
   * length, so an offset in it is an offset in the file): "\n943…" must not read as "n943…".
   */
  source: string;
  /** Written inside `[…]` or `{…}`, where a plain value may not hold brackets or commas. */
  inFlow: boolean;
}

/** Nodes deeper than this are not looked into (a lesson needs two levels; the parser caps nesting anyway). */
const MOST_DEPTH = 16;

/** Every string value in the first document, keys left out, in the order the file writes them. */
export function textScalars(parsed: ParsedYaml): TextScalar[] {
  const found: TextScalar[] = [];
  const walk = (node: unknown, field: string | undefined, inFlow: boolean, depth: number): void => {
    if (depth > MOST_DEPTH) return;
    if (isScalar(node)) {
      const scalar = toTextScalar(parsed.text, node, field, inFlow);
      if (scalar) found.push(scalar);
      return;
    }
    if (isMap(node) || isSeq(node)) {
      const flow = inFlow || Boolean((node as { flow?: boolean }).flow);
      for (const item of node.items) {
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : undefined;
          walk(item.value, depth === 0 ? key : field, flow, depth + 1);
        } else {
          walk(item, field, flow, depth + 1);
        }
      }
    }
  };
  walk(parsed.document?.contents, undefined, false, 0);
  return found;
}

function toTextScalar(text: string, node: Scalar, field: string | undefined, inFlow: boolean): TextScalar | undefined {
  if (typeof node.value !== 'string' || !node.range || node.source === undefined) return undefined;
  const [rangeStart, valueEnd] = node.range;
  let start = rangeStart;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // The header line (`|-`, `>2`) and any comment after it are not the value.
    const lineEnd = text.indexOf('\n', rangeStart);
    start = lineEnd === -1 ? valueEnd : Math.min(lineEnd + 1, valueEnd);
  }
  let source = text.slice(start, valueEnd);
  if (node.type === 'QUOTE_DOUBLE')
    source = source.replace(/\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (escape) => ' '.repeat(escape.length));
  return { node, field, start, end: valueEnd, source, inFlow };
}
