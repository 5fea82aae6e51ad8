import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { AJV_OPTIONS, OWN_KEYWORDS, validateAgainstConfigSchema, validateAgainstLessonSchema } from '../../../../server/src/engine/schema/compiledValidators';
import { CONFIG_SCHEMA, LESSON_SCHEMA } from '../../../../server/src/engine/schema/schemas';

describe('compiled schema validators', () => {
  // The server skips this check at run time (it would compile the meta-schema in every process), so it is made here.
  it('both schemas are valid against the JSON Schema meta-schema, in strict mode with our own keywords', () => {
    const ajv = new Ajv({ ...AJV_OPTIONS });
    for (const keyword of OWN_KEYWORDS) ajv.addKeyword({ ...keyword });
    for (const schema of [LESSON_SCHEMA, CONFIG_SCHEMA]) {
      assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
      assert.doesNotThrow(() => ajv.compile(schema));
    }
  });

  it('reports every problem of a value, not only the first', () => {
    const errors = validateAgainstLessonSchema({ id: 'not an id', stage: 'nowhere', extra: 1 });
    const keywords = new Set(errors.map((error) => error.keyword));
    for (const keyword of ['pattern', 'enum', 'additionalProperties', 'required']) assert.ok(keywords.has(keyword), `${keyword} in ${[...keywords].join(', ')}`);
  });

  it('validates a config on its own', () => {
    assert.deepEqual(validateAgainstConfigSchema({}), []);
    assert.ok(validateAgainstConfigSchema({ localities: 'not a list' }).length > 0);
  });
});
