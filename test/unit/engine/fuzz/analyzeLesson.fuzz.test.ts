import { assertFuzzPassed, SUITE_SEED, suiteRuns } from '../../../fuzz/fuzzProperty';
import { ANALYZE_LESSON_PROPERTIES } from '../../../fuzz/properties/analyzeLessonProperties';

describe('fuzz: analyzeLesson', () => {
  for (const property of ANALYZE_LESSON_PROPERTIES) {
    it(property.name, () => assertFuzzPassed(property.check({ seed: SUITE_SEED, numRuns: suiteRuns(property) })));
  }
});
