import { type YAMLMap } from 'yaml';
import { isScalar, isSeq } from '../yaml/nodeKinds';
import type { Position } from '../problem';
import { lineSpan } from '../text/positions';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { lineShape } from './lineShape';

// What a mapping or a list already holds, so completion does not offer it again: keys of
// the mapping, items of the list, each except the one under the cursor.

/** The mapping's keys, except one written on the cursor's line (the one being typed). */
export function keysOffLine(parsed: ParsedYaml, map: YAMLMap, line: number): string[] {
  const keys: string[] = [];
  for (const pair of map.items) {
    const key = keyNode(pair);
    if (!key?.range || !isScalar(key) || key.value === null) continue;
    if (parsed.positions.position(key.range[0]).line === line) continue;
    keys.push(String(key.value));
  }
  return keys;
}

/** Keys written at an indentation on other lines, for a file the parser could not read as a mapping. */
export function keysFromLines(parsed: ParsedYaml, indent: number, skipLine: number): string[] {
  const keys: string[] = [];
  for (let line = 0; ; line++) {
    const span = lineSpan(parsed, line);
    if (!span) break;
    if (line === skipLine) continue;
    const shape = lineShape(span.text);
    if (shape.key && shape.indent === indent && shape.dash === undefined) keys.push(shape.key.text);
  }
  return keys;
}

/** The string items of a list field, except the one on the cursor (by line for `- a`, by start for `[a]`). */
export function listValues(parsed: ParsedYaml, fieldPath: string[], line: number, itemStart?: Position): string[] {
  const list = locate(parsed.root, fieldPath)?.node;
  if (!isSeq(list)) return [];
  const values: string[] = [];
  for (const item of list.items) {
    if (!isNode(item) || !isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
    const start = parsed.positions.position(item.range[0]);
    if (itemStart ? start.line === itemStart.line && start.character === itemStart.character : start.line === line) continue;
    values.push(item.value);
  }
  return values;
}
