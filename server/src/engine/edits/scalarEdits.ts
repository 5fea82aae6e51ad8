import { type Node } from 'yaml';
import { isScalar } from '../yaml/nodeKinds';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { insertAt, type PlainTextEdit } from './plainTextEdit';

/** True for a `key:` with nothing after it: the parser's empty scalar. */
export function isEmptyValue(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === undefined || node.value === ''));
}

/** Replaces a value node's own text (not a comment after it) with new text. */
export function replaceNode(parsed: ParsedYaml, node: Node, newText: string): PlainTextEdit | undefined {
  if (!node.range) return undefined;
  return { range: parsed.positions.range(node.range[0], node.range[1]), newText };
}

/**
 * Writes a value into an empty `key:`. The parser places the empty value just after
 * the colon (and any spaces); a space is added where the colon would touch the value
 * and before a comment that would otherwise touch it.
 */
export function fillEmptyValue(parsed: ParsedYaml, node: Node, text: string): PlainTextEdit | undefined {
  if (!node.range) return undefined;
  const at = node.range[0];
  const before = at > 0 ? parsed.text.charAt(at - 1) : '';
  const after = parsed.text.charAt(at);
  // After `key:`, a tag or an anchor (`action: !!str`), the value needs a space; after a space or an opening bracket it has one.
  const lead = before !== '' && !/[\s[{]/.test(before) ? ' ' : '';
  const trail = after === '#' ? ' ' : '';
  return insertAt(parsed.positions.position(at), `${lead}${text}${trail}`);
}
