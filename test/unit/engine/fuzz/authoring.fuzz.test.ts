import { assertFuzzPassed, SUITE_SEED, suiteRuns } from '../../../fuzz/fuzzProperty';
import { AUTHORING_PROPERTIES } from '../../../fuzz/properties/authoringProperties';

describe('fuzz: new lessons, next ids, Advance Stage and quick-fix edits', () => {
  for (const property of AUTHORING_PROPERTIES) {
    it(property.name, () => assertFuzzPassed(property.check({ seed: SUITE_SEED, numRuns: suiteRuns(property) })));
  }
});
