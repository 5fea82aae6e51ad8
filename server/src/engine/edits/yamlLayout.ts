import { Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml/nodeKinds';
import type { Position } from '../problem';
import { isNode, keyNode } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { lineSpan } from '../text/positions';

/** Spaces per nesting level when the file gives no other example. */
export const DEFAULT_INDENT_UNIT = 2;

/** The line break the file already uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  const first = text.indexOf('\n');
  return first > 0 && text.charCodeAt(first - 1) === 13 ? '\r\n' : '\n';
}

/** The column a node starts at. */
export function columnOf(parsed: ParsedYaml, node: Node | undefined): number | undefined {
  return node?.range ? parsed.positions.position(node.range[0]).character : undefined;
}

/**
 * How far this file indents a nested level, read from its first nested mapping or block
 * answer, so an inserted `adoption:` block looks like the rest of the file.
 */
export function indentUnitOf(parsed: ParsedYaml): number {
  const root = parsed.root;
  if (!root || root.flow) return DEFAULT_INDENT_UNIT;
  for (const pair of root.items) {
    const keyColumn = columnOf(parsed, keyNode(pair));
    const value = isNode(pair.value) ? pair.value : undefined;
    if (keyColumn === undefined || !value) continue;
    if (isMap(value) && !value.flow && value.items.length > 0) {
      const childColumn = columnOf(parsed, keyNode(value.items[0]));
      if (childColumn !== undefined && childColumn > keyColumn) return childColumn - keyColumn;
    }
    if (isScalar(value) && (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED) && value.range) {
      const contentLine = parsed.positions.position(value.range[0]).line + 1;
      const indent = leadingSpaces(parsed, contentLine);
      if (indent !== undefined && indent > keyColumn) return indent - keyColumn;
    }
  }
  return DEFAULT_INDENT_UNIT;
}

/** Spaces at the start of a line, or undefined for a blank line or a line past the end. */
export function leadingSpaces(parsed: ParsedYaml, line: number): number | undefined {
  const start = parsed.positions.lineStart(line);
  if (parsed.positions.position(start).line !== line) return undefined;
  let offset = start;
  while (offset < parsed.text.length && parsed.text.charCodeAt(offset) === 32) offset++;
  const next = parsed.text.charCodeAt(offset);
  if (offset >= parsed.text.length || next === 10 || next === 13) return undefined;
  return offset - start;
}

/**
 * The last line a pair occupies: its value (a block answer's last text line, a nested
 * mapping's last entry) and any comment on that line, without trailing blank lines.
 */
export function lastLineOfPair(parsed: ParsedYaml, pair: Pair<unknown, unknown>): number {
  const key = keyNode(pair);
  const value = isNode(pair.value) ? pair.value : undefined;
  const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
  // A `|+` answer keeps its trailing blank lines as text: they are part of it.
  if (value?.range && keepsTrailingLines(parsed, value)) return parsed.positions.position(Math.max(value.range[1] - 1, value.range[0])).line;
  return pastIndentedComments(parsed, lastContentLine(parsed, start, Math.max(key?.range?.[2] ?? 0, value?.range?.[2] ?? 0)));
}

/**
 * The last of the indented comment lines and tab-indented blank lines (blank lines between
 * them included) right after a line, or the line itself. The parser leaves such lines out of
 * the node before them, and a block field inserted above them would read them as its text
 * (a tab is not indentation in YAML, so the block would then be broken).
 */
function pastIndentedComments(parsed: ParsedYaml, line: number): number {
  let last = line;
  for (let next = line + 1; ; next++) {
    const span = lineSpan(parsed, next);
    if (!span) return last;
    if (/^[ \t]+#/.test(span.text) || /^ *\t/.test(span.text)) last = next;
    else if (span.text.trim() !== '') return last;
  }
}

/** A block scalar with the keep indicator in its header (`|+`, `>+`, `|2+`). */
function keepsTrailingLines(parsed: ParsedYaml, node: Node): boolean {
  if (!isScalar(node) || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) || !node.range) return false;
  const headerLine = parsed.positions.position(node.range[0]).line;
  const headerEnd = parsed.positions.lineStart(headerLine + 1);
  const header = parsed.text.slice(node.range[0], headerEnd);
  return /^[|>][0-9]?\+/.test(header) || /^[|>]\+[0-9]?/.test(header);
}

/** The last line a node occupies, with any comment on that line, without trailing blank lines. */
export function lastLineOfNode(parsed: ParsedYaml, node: Node): number {
  return lastContentLine(parsed, node.range?.[0] ?? 0, node.range?.[2] ?? 0);
}

function lastContentLine(parsed: ParsedYaml, start: number, nodeEnd: number): number {
  let end = Math.max(nodeEnd, start + 1);
  // Node ends include the line break and blank lines after a block answer; step back over them.
  while (end - 1 > start && isBlank(parsed.text.charCodeAt(end - 1))) end--;
  return parsed.positions.position(end - 1).line;
}

/**
 * Where text that starts a new line after `line` goes, and the prefix it needs: at the
 * start of the next line, or at the end of the text (after a line break) when `line`
 * is the last one and has no line break.
 */
export function afterLine(parsed: ParsedYaml, line: number): { position: Position; prefix: string } {
  const nextStart = parsed.positions.lineStart(line + 1);
  const next = parsed.positions.position(nextStart);
  if (next.line === line + 1 && next.character === 0) return { position: next, prefix: '' };
  return { position: parsed.positions.position(parsed.text.length), prefix: lineBreakOf(parsed.text) };
}

/** The start of the line a node starts on, so text inserted there goes before it at the same indentation. */
export function lineStartBefore(parsed: ParsedYaml, node: Node): Position {
  const line = parsed.positions.position(node.range?.[0] ?? 0).line;
  return { line, character: 0 };
}

/** The pairs of a mapping that have a plain scalar key, with that key. */
export function namedPairs(map: YAMLMap): { key: string; pair: Pair<unknown, unknown> }[] {
  return map.items.flatMap((pair) =>
    isScalar(pair.key) && pair.key.value !== null && pair.key.value !== undefined ? [{ key: String(pair.key.value), pair }] : [],
  );
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
