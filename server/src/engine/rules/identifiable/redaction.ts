import type { FixData } from '../../problem';
import type { PositionMapper } from '../../text/positions';
import type { TextScalar } from './textScalars';

/**
 * The edit that puts `replacement` (e.g. "[NHS number removed]") where [start, end) of the file
 * is written, leaving valid YAML that reads back with only that part changed. In a block or
 * quoted value, and in the middle of a plain one, the words are replaced where they stand. A
 * plain value that would start with `[` or sits inside `[…]`/`{…}` is written
 * again whole, with `pattern` applied to its value: a fix whose range is exactly a value gets
 * its text quoted as YAML needs (fixForProblem), so the text here is the value itself.
 */
export function redactionFix(
  positions: PositionMapper,
  scalar: TextScalar | undefined,
  span: { start: number; end: number },
  replacement: string,
  pattern: (value: string) => string,
): FixData {
  const title = `Replace with ${replacement}`;
  const inPlace: FixData = { kind: 'replace', range: positions.range(span.start, span.end), newText: replacement, title };
  if (!scalar || scalar.node.type !== 'PLAIN') return inPlace;
  if (!scalar.inFlow && span.start > scalar.start) return inPlace;
  const value = String(scalar.node.value);
  return { kind: 'replace', range: positions.range(scalar.start, scalar.end), newText: pattern(value), title };
}
