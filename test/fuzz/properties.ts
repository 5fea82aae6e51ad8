import type { FuzzProperty } from './fuzzProperty';
import { ANALYZE_LESSON_PROPERTIES } from './properties/analyzeLessonProperties';
import { AUTHORING_PROPERTIES } from './properties/authoringProperties';
import { CONFIG_PROPERTIES } from './properties/configProperties';
import { INDEX_PROPERTIES } from './properties/indexProperties';
import { SIMPLE_YAML_PROPERTIES } from './properties/simpleYamlProperties';

/** Every engine property, with its share of the cases `npm run fuzz` runs. */
export const ALL_PROPERTIES: readonly FuzzProperty[] = [
  ...ANALYZE_LESSON_PROPERTIES,
  ...CONFIG_PROPERTIES,
  ...INDEX_PROPERTIES,
  ...AUTHORING_PROPERTIES,
  ...SIMPLE_YAML_PROPERTIES,
];
