import { assertFuzzPassed, SUITE_SEED, suiteRuns } from '../../../fuzz/fuzzProperty';
import { INDEX_PROPERTIES } from '../../../fuzz/properties/indexProperties';

describe('fuzz: LessonIndex', () => {
  for (const property of INDEX_PROPERTIES) {
    it(property.name, () => assertFuzzPassed(property.check({ seed: SUITE_SEED, numRuns: suiteRuns(property) })));
  }
});
