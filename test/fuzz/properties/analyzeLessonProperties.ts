import * as fc from 'fast-check';
import { DEFAULT_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { anyText, EXAMPLE_CONFIG, hostileYaml, mutatedLesson } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';
import { assertProblemsWellFormed, assertPrototypesClean, assertRangesInside, withinBound } from '../invariants';

const TODAY = '2025-06-01';
const EXAMPLE_WORKSPACE_CONFIG: WorkspaceConfig = parseWorkspaceConfig(EXAMPLE_CONFIG).config;

/** analyzeLesson on any text: returns, within the bound, problems that point into the text; pollutes nothing. */
function checkAnalysis(text: string, useExampleConfig: boolean, boundMs: number | undefined): void {
  const config = useExampleConfig ? EXAMPLE_WORKSPACE_CONFIG : DEFAULT_CONFIG;
  const { problems, facts } = withinBound(boundMs, 'analyzeLesson', () => analyzeLesson(text, { config, today: TODAY }));
  assertProblemsWellFormed(text, problems);
  assertRangesInside(
    text,
    [
      facts.idRange,
      facts.titleRange,
      facts.localityRange,
      facts.stageRange,
      facts.dateRange,
      facts.headRange,
      ...facts.references.map((reference) => reference.range),
    ],
    'facts range',
  );
  // Problems travel to the editor as JSON: they must survive the trip unchanged.
  const json = JSON.stringify(problems);
  if (JSON.stringify(JSON.parse(json)) !== json) throw new Error('problems do not survive JSON');
  assertPrototypesClean();
}

function analyzeProperty(name: string, fuzzRuns: number, texts: fc.Arbitrary<string>): FuzzProperty {
  return fuzzProperty(name, fuzzRuns, fc.tuple(texts, fc.boolean()), ([text, useExampleConfig], boundMs) => checkAnalysis(text, useExampleConfig, boundMs));
}

export const ANALYZE_LESSON_PROPERTIES: readonly FuzzProperty[] = [
  analyzeProperty('analyzeLesson: arbitrary unicode text', 20_000, anyText),
  analyzeProperty('analyzeLesson: mutated real lessons', 20_000, mutatedLesson),
  // Deep nesting and huge scalars cost tens of milliseconds a case: fewer of them in the unit suite.
  {
    ...analyzeProperty('analyzeLesson: deep nesting, huge scalars, many documents, alias bombs, prototype keys, custom tags', 8_000, hostileYaml),
    suiteRuns: 30,
  },
];
