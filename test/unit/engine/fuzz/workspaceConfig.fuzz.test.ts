import { assertFuzzPassed, SUITE_SEED, suiteRuns } from '../../../fuzz/fuzzProperty';
import { CONFIG_PROPERTIES } from '../../../fuzz/properties/configProperties';

describe('fuzz: parseWorkspaceConfig', () => {
  for (const property of CONFIG_PROPERTIES) {
    it(property.name, () => assertFuzzPassed(property.check({ seed: SUITE_SEED, numRuns: suiteRuns(property) })));
  }
});
