import type { Problem, Range } from '../../server/src/engine/problem';

/**
 * Checks every engine result must pass whatever the input. Each throws an Error that
 * says what was wrong, so fast-check reports it with the smallest input that breaks it.
 */

/** Line lengths as an editor counts them: \r\n, \r and \n all end a line (LSP's rule). */
export function editorLineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

export function assertRangeInside(lineLengths: readonly number[], range: Range, what: string): void {
  for (const [end, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    const { line, character } = position;
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) {
      throw new Error(`${what}: ${end} ${JSON.stringify(position)} is not a valid position`);
    }
    if (line >= lineLengths.length) throw new Error(`${what}: ${end} line ${line} is past the last line (${lineLengths.length - 1})`);
    if (character > lineLengths[line]) throw new Error(`${what}: ${end} character ${character} is past the end of line ${line} (length ${lineLengths[line]})`);
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    throw new Error(`${what}: range ${JSON.stringify(range)} ends before it starts`);
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/** Words that only reach a message through a bug, unless the user wrote them. */
const PROGRAMMING_VALUES = ['undefined', '[object Object]', 'NaN'];

/** Problems a document can show: known severities, words in the message, ranges inside the text. */
export function assertProblemsWellFormed(text: string, problems: readonly Problem[]): void {
  if (!Array.isArray(problems)) throw new Error('problems is not an array');
  const lines = editorLineLengths(text);
  for (const problem of problems) {
    const what = `problem ${problem.code} '${problem.message}'`;
    if (!SEVERITIES.has(problem.severity)) throw new Error(`${what}: unknown severity ${String(problem.severity)}`);
    if (typeof problem.message !== 'string' || problem.message.trim().length === 0) throw new Error(`${what}: empty message`);
    for (const leak of PROGRAMMING_VALUES) {
      if (problem.message.includes(leak) && !text.includes(leak)) throw new Error(`${what}: message shows the programming value '${leak}'`);
    }
    assertRangeInside(lines, problem.range, what);
    if (problem.data?.kind === 'replace') assertRangeInside(lines, problem.data.range, `${what} (fix range)`);
  }
}

/** Ranges the engine keeps about a lesson (facts) must point into the text as well. */
export function assertRangesInside(text: string, ranges: readonly (Range | undefined)[], what: string): void {
  const lines = editorLineLengths(text);
  ranges.forEach((range, index) => {
    if (range) assertRangeInside(lines, range, `${what} ${index}`);
  });
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Nothing the input said may have added to Object.prototype or Array.prototype. */
export function assertPrototypesClean(): void {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTOTYPE_NAMES) throw new Error('Object.prototype gained a property');
  const probe: Record<string, unknown> = {};
  if ('polluted' in probe || 'polluted' in [] || (globalThis as Record<string, unknown>).pwned !== undefined)
    throw new Error('a prototype or the global object was polluted');
}

/** The slowest engine call (CPU time) seen by withinBound in this process, reported by `npm run fuzz`. */
export const callStats = { slowestMs: 0, slowestCall: '' };

/**
 * Runs a call, failing if it takes more than the bound of CPU time (used by `npm run fuzz`,
 * not by the unit suite). CPU time, not wall time: the machine may be busy with other work.
 */
export function withinBound<T>(boundMs: number | undefined, what: string, call: () => T): T {
  const started = process.cpuUsage();
  const result = call();
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  if (elapsed > callStats.slowestMs) {
    callStats.slowestMs = elapsed;
    callStats.slowestCall = what;
  }
  if (boundMs !== undefined && elapsed > boundMs) throw new Error(`${what} took ${Math.round(elapsed)} ms of CPU time, over the ${boundMs} ms bound`);
  return result;
}
