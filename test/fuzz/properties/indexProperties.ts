import { LessonIndex, type LessonEntry } from '../../../server/src/engine/index/LessonIndex';
import type { LessonFacts } from '../../../server/src/engine/lesson/lessonModel';
import type { Problem, Range } from '../../../server/src/engine/problem';
import { INDEX_URIS, indexOperations, type FactsShape } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';

function line(n: number): Range {
  return { start: { line: n, character: 0 }, end: { line: n, character: 7 } };
}

function entryOf(uri: string, shape: FactsShape): LessonEntry {
  const facts: LessonFacts = {
    id: shape.id,
    idRange: shape.id ? line(0) : undefined,
    title: shape.title,
    topics: [],
    good: '',
    not_so_good: '',
    improvements: '',
    summary: '',
    adoptions: [],
    references: shape.references.map((reference) => ({ id: reference.id, kind: reference.kind, range: line(reference.line) })),
    artefacts: [],
    headRange: line(0),
  };
  const problems: Problem[] = shape.singleFileProblem ? [{ code: 'invalid-value', severity: 'error', message: 'stage must be one of …', range: line(3) }] : [];
  return { uri, facts, problems };
}

/** Problems in an order that does not depend on insertion order, for comparing two indexes. */
function normalised(problems: readonly Problem[]): string {
  return JSON.stringify(
    problems
      .map((problem) => ({ ...problem, related: problem.related ? [...problem.related].sort((a, b) => a.uri.localeCompare(b.uri)) : undefined }))
      .map((problem) => JSON.stringify(problem))
      .sort(),
  );
}

function snapshot(index: LessonIndex): Map<string, string> {
  return new Map(INDEX_URIS.map((uri) => [uri, normalised(index.problemsFor(uri))]));
}

function describeIndex(index: LessonIndex): string {
  const ids = index.ids().sort();
  return JSON.stringify({
    uris: index.uris().sort(),
    ids,
    holders: ids.map((id) =>
      index
        .lessonsWithId(id)
        .map((entry) => entry.uri)
        .sort(),
    ),
    referrers: [...new Set([...index.all()].flatMap((entry) => entry.facts.references.map((reference) => reference.id)))].sort().map((id) =>
      index
        .referencesTo(id)
        .map((site) => `${site.uri}@${site.reference.range.start.line}`)
        .sort(),
    ),
    problems: [...snapshot(index)],
  });
}

/**
 * Any sequence of adds, replacements and removals leaves the index equal to one built
 * fresh from the final entries, and every change reports every file whose problems changed.
 */
export const INDEX_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty('LessonIndex: set/delete sequences match a fresh index and report every affected file', 11_000, indexOperations, (operations) => {
    const index = new LessonIndex();
    operations.forEach((operation, step) => {
      const before = snapshot(index);
      const affected = operation.kind === 'set' ? index.set(entryOf(operation.uri, operation.facts)) : index.delete(operation.uri);
      const after = snapshot(index);
      for (const uri of INDEX_URIS) {
        if (before.get(uri) === after.get(uri)) continue;
        const removedItself = operation.kind === 'delete' && operation.uri === uri;
        if (!affected.has(uri) && !removedItself)
          throw new Error(`step ${step + 1} (${operation.kind} ${operation.uri}) changed the problems of ${uri} without reporting it`);
      }
    });
    const fresh = new LessonIndex();
    for (const entry of [...index.all()].reverse()) fresh.set(entry);
    const incremental = describeIndex(index);
    const rebuilt = describeIndex(fresh);
    if (incremental !== rebuilt) throw new Error(`index after the sequence differs from a fresh one:\n${incremental}\n${rebuilt}`);
  }),
];
