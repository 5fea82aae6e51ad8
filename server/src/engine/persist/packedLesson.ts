import type { Artefact, LessonFacts, LessonReference } from '../lesson/lessonModel';
import type { Problem, Range } from '../problem';
import type { PersistedLesson, StoredLesson } from './persistedIndexFormat';
import { isObject } from '../../../../shared/isObject';

/**
 * How a lesson line is written: a record (the file's stamp, its problems, its id, date,
 * locality, references and artefacts), a tab, then the rest of its facts, each a JSON object. JSON text never holds
 * a raw tab, so the first tab splits the line. Every range is written as
 * [startLine, startCharacter, endLine, endCharacter]: a lesson carries a dozen ranges, and
 * as objects they were a fifth of the file and most of the objects a warm start parsed.
 */
type PackedRange = [number, number, number, number];

const TAB = 0x09;
const FACT_RANGES = ['idRange', 'titleRange', 'localityRange', 'stageRange', 'dateRange', 'reviewedByRange', 'reviewedOnRange', 'headRange'] as const;
// The locality is in the record: the adoption rules compare it without reading the rest.
const OPTIONAL_STRINGS = ['title', 'stage', 'reviewedBy', 'reviewedOn', 'contact', 'outcome', 'sensitivity'] as const;
const ADOPTION_STRINGS = ['action', 'lesson', 'status', 'date', 'outcome'] as const;
const TEXTS = ['good', 'not_so_good', 'improvements', 'summary'] as const;

function pack(range: Range): PackedRange {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** The lesson's line, without its line break. */
export function packLesson(lesson: PersistedLesson): string {
  const { id, date, locality, references, artefacts, ...facts } = lesson.facts;
  const rest: Record<string, unknown> = facts;
  for (const field of FACT_RANGES) {
    const range = lesson.facts[field];
    if (range) rest[field] = pack(range);
  }
  const problems = lesson.problems.map(packProblem);
  const record = {
    path: lesson.path,
    size: lesson.size,
    mtimeMs: lesson.mtimeMs,
    ctimeMs: lesson.ctimeMs,
    ino: lesson.ino,
    hash: lesson.hash,
    id,
    date,
    locality,
    references: references.map((reference) => ({ ...reference, range: pack(reference.range) })),
    artefacts: artefacts.map((artefact) => ({ ...artefact, range: pack(artefact.range) })),
    problems,
  };
  return `${JSON.stringify(record)}\t${JSON.stringify(rest)}`;
}

/** A problem as it is written: its ranges as four numbers each. */
export function packProblem(problem: Problem): unknown {
  return {
    ...problem,
    range: pack(problem.range),
    ...(problem.related ? { related: problem.related.map((location) => ({ ...location, range: pack(location.range) })) } : {}),
    ...(problem.data?.kind === 'replace' ? { data: { ...problem.data, range: pack(problem.data.range) } } : {}),
  };
}

/** Where a lesson line's record ends (its tab), or -1 for a line that is not a lesson's. */
export function recordEnd(data: Buffer, start: number, end: number): number {
  const tab = data.indexOf(TAB, start);
  return tab >= 0 && tab < end ? tab : -1;
}

/**
 * A lesson read back from its parsed record and the bytes of the rest of its facts, the
 * record checked field by field and its ranges unpacked in place (the parsed object is the
 * reader's own); undefined when anything in the record has the wrong shape.
 */
export function unpackLesson(record: unknown, rest: Buffer): StoredLesson | undefined {
  if (!isObject(record)) return undefined;
  const { path, size, mtimeMs, ctimeMs, ino, hash, id, date, locality, references, artefacts, problems } = record;
  const stampOk =
    typeof path === 'string' &&
    path.length > 0 &&
    isCount(size) &&
    isFiniteNumber(mtimeMs) &&
    isFiniteNumber(ctimeMs) &&
    typeof ino === 'number' &&
    typeof hash === 'string' &&
    hash.length > 0;
  if (!stampOk || !isOptionalString(id) || !isOptionalString(date) || !isOptionalString(locality)) return undefined;
  if (!unpackReferences(references) || !unpackArtefacts(artefacts) || !Array.isArray(problems) || !problems.every(unpackProblem)) return undefined;
  record.rest = rest;
  return record as unknown as StoredLesson;
}

/**
 * The whole facts of a stored lesson: the rest parsed, checked and joined to the id, date
 * and references read with the record. undefined when the rest does not parse or has the
 * wrong shape (the checksum makes that a writer's fault, but the caller recovers from it).
 */
export function readStoredFacts(lesson: StoredLesson): LessonFacts | undefined {
  let rest: unknown;
  try {
    rest = JSON.parse(lesson.rest.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!unpackRestOfFacts(rest)) return undefined;
  // The record's id and date are the ones the index linked the lesson by: none other counts.
  const facts = rest as unknown as LessonFacts;
  if (lesson.id === undefined) delete facts.id;
  else facts.id = lesson.id;
  if (lesson.date === undefined) delete facts.date;
  else facts.date = lesson.date;
  if (lesson.locality === undefined) delete facts.locality;
  else facts.locality = lesson.locality;
  facts.references = lesson.references;
  facts.artefacts = lesson.artefacts;
  return facts;
}

function unpackRestOfFacts(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  if (!Array.isArray(value.topics) || !value.topics.every((topic) => typeof topic === 'string')) return false;
  if (!TEXTS.every((field) => typeof value[field] === 'string')) return false;
  if (!OPTIONAL_STRINGS.every((field) => isOptionalString(value[field]))) return false;
  if (
    !Array.isArray(value.adoptions) ||
    !value.adoptions.every((adoption: unknown) => isObject(adoption) && ADOPTION_STRINGS.every((field) => isOptionalString(adoption[field])))
  )
    return false;
  for (const field of FACT_RANGES) {
    if (value[field] === undefined && field !== 'headRange') continue;
    const range = unpack(value[field]);
    if (!range) return false;
    value[field] = range;
  }
  return true;
}

function unpackArtefacts(value: unknown): value is Artefact[] {
  if (!Array.isArray(value)) return false;
  return value.every((artefact: unknown) => {
    if (!isObject(artefact) || typeof artefact.target !== 'string') return false;
    const range = unpack(artefact.range);
    if (range) artefact.range = range;
    return range !== undefined;
  });
}

function unpackReferences(value: unknown): value is LessonReference[] {
  if (!Array.isArray(value)) return false;
  return value.every((reference: unknown) => {
    if (!isObject(reference) || typeof reference.id !== 'string' || (reference.kind !== 'adoption' && reference.kind !== 'related')) return false;
    const range = unpack(reference.range);
    if (range) reference.range = range;
    return range !== undefined;
  });
}

/** A problem read back from its parsed form, checked and its ranges unpacked in place; false when it has the wrong shape. */
export function unpackProblem(value: unknown): value is Problem {
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

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
