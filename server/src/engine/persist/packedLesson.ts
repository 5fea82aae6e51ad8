import type { LessonFacts } from '../lesson/lessonModel';
import type { Problem, Range } from '../problem';
import type { PersistedLesson } from './persistedIndexFormat';

/**
 * How a lesson line is written: as the PersistedLesson, with every range written as
 * [startLine, startCharacter, endLine, endCharacter]. A lesson carries a dozen ranges; as
 * objects they were a fifth of the file and most of the objects a warm start parses.
 */
type PackedRange = [number, number, number, number];

const FACT_RANGES = ['idRange', 'titleRange', 'localityRange', 'stageRange', 'dateRange', 'headRange'] as const;
const OPTIONAL_STRINGS = ['id', 'title', 'locality', 'stage', 'date', 'contact', 'adoptionAction'] as const;
const TEXTS = ['good', 'not_so_good', 'improvements', 'summary'] as const;

function pack(range: Range): PackedRange {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** The lesson as it is written to the file. */
export function packLesson(lesson: PersistedLesson): unknown {
  const facts: Record<string, unknown> = { ...lesson.facts };
  for (const field of FACT_RANGES) {
    const range = lesson.facts[field];
    if (range) facts[field] = pack(range);
  }
  facts.references = lesson.facts.references.map((reference) => ({ ...reference, range: pack(reference.range) }));
  const problems = lesson.problems.map((problem) => ({
    ...problem,
    range: pack(problem.range),
    ...(problem.related ? { related: problem.related.map((location) => ({ ...location, range: pack(location.range) })) } : {}),
    ...(problem.data?.kind === 'replace' ? { data: { ...problem.data, range: pack(problem.data.range) } } : {}),
  }));
  return { ...lesson, facts, problems };
}

/**
 * A lesson read back from a parsed line, checked field by field and its ranges unpacked
 * in place (the parsed object is the reader's own); undefined when anything has the wrong shape.
 */
export function unpackLesson(value: unknown): PersistedLesson | undefined {
  if (!isObject(value)) return undefined;
  const { path, size, mtimeMs, ctimeMs, ino, hash, facts, problems } = value;
  const stampOk =
    typeof path === 'string' &&
    path.length > 0 &&
    isCount(size) &&
    isFiniteNumber(mtimeMs) &&
    isFiniteNumber(ctimeMs) &&
    typeof ino === 'number' &&
    typeof hash === 'string' &&
    hash.length > 0;
  if (!stampOk || !unpackFacts(facts) || !Array.isArray(problems) || !problems.every(unpackProblem)) return undefined;
  return value as unknown as PersistedLesson;
}

function unpackFacts(value: unknown): value is LessonFacts {
  if (!isObject(value)) return false;
  if (!Array.isArray(value.topics) || !value.topics.every((topic) => typeof topic === 'string')) return false;
  if (!TEXTS.every((field) => typeof value[field] === 'string')) return false;
  if (!OPTIONAL_STRINGS.every((field) => value[field] === undefined || typeof value[field] === 'string')) return false;
  for (const field of FACT_RANGES) {
    if (value[field] === undefined && field !== 'headRange') continue;
    const range = unpack(value[field]);
    if (!range) return false;
    value[field] = range;
  }
  if (!Array.isArray(value.references)) return false;
  return value.references.every((reference: unknown) => {
    if (!isObject(reference) || typeof reference.id !== 'string' || (reference.kind !== 'adoption' && reference.kind !== 'related')) return false;
    const range = unpack(reference.range);
    if (range) reference.range = range;
    return range !== undefined;
  });
}

function unpackProblem(value: unknown): value is Problem {
  if (!isObject(value) || typeof value.code !== 'string' || typeof value.severity !== 'string' || typeof value.message !== 'string') return false;
  const range = unpack(value.range);
  if (!range) return false;
  value.range = range;
  if (isObject(value.data) && value.data.kind === 'replace') {
    const fixRange = unpack(value.data.range);
    if (!fixRange) return false;
    value.data.range = fixRange;
  }
  if (value.related === undefined) return true;
  if (!Array.isArray(value.related)) return false;
  return value.related.every((location: unknown) => {
    if (!isObject(location) || typeof location.uri !== 'string' || typeof location.message !== 'string') return false;
    const unpacked = unpack(location.range);
    if (unpacked) location.range = unpacked;
    return unpacked !== undefined;
  });
}

function unpack(value: unknown): Range | undefined {
  if (!Array.isArray(value) || value.length !== 4 || !value.every(isCount)) return undefined;
  const [startLine, startCharacter, endLine, endCharacter] = value as PackedRange;
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
