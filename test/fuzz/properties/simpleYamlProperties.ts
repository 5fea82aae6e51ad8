import * as fc from 'fast-check';
import { generateLessons } from '../../../bench/corpus/generateCorpus';
import { compareWithComposer } from '../../unit/engine/yaml/simple/sameAsComposer';
import { applyMutation, EXAMPLE_LESSONS, lessonFileText, type Mutation } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';

/** Real and generated lessons: the shapes the simple reader is for. */
const BASES: readonly string[] = [...EXAMPLE_LESSONS, ...[...generateLessons({ count: 200, seed: 7 })].map((lesson) => lesson.text)];

/** Small pieces of the shape the simple reader takes, and of the shapes just beyond it. */
const FRAGMENTS: readonly string[] = [
  ...[' # note', '#', '\n', '\n\n', '\n# note\n', '  ', ' ', '"', "'", "''", '[', ']', ', ', ',', '- ', '-', ': ', ':', '|', '>', '|-', '>+', '\\'],
  ...[
    'key: value\n',
    'topics:\n  - a\n',
    'topics:\n- a\n',
    '  - action: reuse\n    lesson: GM-0001\n',
    '    deeper\n',
    '  more\n',
    'adoption:\n  action: reuse\n',
    '  lesson: GM-0001\n',
    '"x, y"',
    "'it''s'",
    '\n  \n',
    'true',
    '12',
    '~',
  ],
];

const INDENTS = ['', ' ', '  ', '    '];

/** Mutations that mostly keep a lesson in, or just beyond, the simple shape. */
const shapeMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('reindent' as const), at: fc.nat(), indent: fc.constantFrom(...INDENTS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }) },
  fc.record({ kind: fc.constant('replaceChar' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }),
);

export const nearlySimpleLesson: fc.Arbitrary<string> = fc
  .record({ base: fc.constantFrom(...BASES), mutations: fc.array(shapeMutation, { minLength: 0, maxLength: 4 }) })
  .map(({ base, mutations }) => mutations.reduce(applyMutation, base));

/** The simple reader either hands a text on or reads exactly the nodes and data the composer reads. */
function checkSameAsComposer(text: string): void {
  const comparison = compareWithComposer(text);
  if (comparison.kind === 'different') throw new Error(`the simple reader differs from the composer: ${comparison.detail}`);
}

/**
 * A sixth of `npm run fuzz`'s cases by default; `npm run fuzz -- --only readSimpleDocument --cases 620000`
 * gives these two about 100,000.
 */
export const SIMPLE_YAML_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty('readSimpleDocument: lessons just inside and just beyond the simple shape', 16_000, nearlySimpleLesson, checkSameAsComposer),
  fuzzProperty('readSimpleDocument: any text a lesson file might hold', 4_000, lessonFileText, checkSameAsComposer),
];
