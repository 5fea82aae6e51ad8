import { isScalar } from '../yaml/nodeKinds';
import type { Range } from '../problem';
import { locate } from '../yaml/locate';
import { nodeRange, parseYamlFile } from '../yaml/parseYamlFile';
import type { PassageField } from './matchedPassage';

/**
 * Where in a lesson file the word at `valueOffset` of a field's value is written, from the
 * parser's own nodes: exact in a block literal (`|`, how answers are written) and a one-line
 * plain or quoted value; else the start of the value. Undefined if the file has no such field.
 */
export function passageLocation(sourceText: string, field: PassageField, valueOffset: number, length: number): Range | undefined {
  const parsed = parseYamlFile(sourceText, 'lesson');
  const located = locate(parsed.document?.contents, [field]);
  const node = located?.node;
  if (!node) return undefined;
  const whole = nodeRange(parsed.positions, node);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return whole && { start: whole.start, end: whole.start };
  const value = node.value;
  const start = sourceOffset(parsed.text, parsed.positions.position(node.range[0]).line, node.type, node.range[0], value, valueOffset);
  // The offset is checked against the text it should hold; anything else falls back to the value's start.
  if (start === undefined || sourceText.slice(start, start + length) !== value.slice(valueOffset, valueOffset + length))
    return whole && { start: whole.start, end: whole.start };
  return parsed.positions.range(start, start + length);
}

function sourceOffset(text: string, headerLine: number, type: string | undefined, nodeStart: number, value: string, valueOffset: number): number | undefined {
  if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    if (value.includes('\n')) return undefined;
    return nodeStart + (type === 'PLAIN' ? 0 : 1) + valueOffset;
  }
  if (type !== 'BLOCK_LITERAL') return undefined;
  // A literal keeps its lines: line k of the value is line k after the header, behind the block's indentation.
  const before = value.slice(0, valueOffset);
  const lineInValue = before.split('\n').length - 1;
  const column = valueOffset - (before.lastIndexOf('\n') + 1);
  const lines = text.split('\n');
  const line = lines[headerLine + 1 + lineInValue];
  if (line === undefined) return undefined;
  const valueLine = value.split('\n')[lineInValue] ?? '';
  const indent = line.length - valueLine.length - (line.endsWith('\r') ? 1 : 0);
  if (indent < 0) return undefined;
  let offset = 0;
  for (let i = 0; i < headerLine + 1 + lineInValue; i++) offset += lines[i]!.length + 1;
  return offset + indent + column;
}
