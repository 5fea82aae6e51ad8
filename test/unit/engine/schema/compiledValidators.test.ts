import * as assert from 'node:assert/strict';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { AJV_OPTIONS, OWN_KEYWORDS, validateAgainstConfigSchema, validateAgainstLessonSchema } from '../../../../server/src/engine/schema/compiledValidators';
import { precompiledValidatorsSource } from '../../../../server/src/engine/schema/precompileValidators';
import { CONFIG_SCHEMA, LESSON_SCHEMA } from '../../../../server/src/engine/schema/schemas';

/** The module the build puts in the bundles, loaded as the bundle would run it. */
function loadPrecompiled(): { lesson: ValidateFunction; config: ValidateFunction } {
  const module = { exports: {} as { PRECOMPILED?: { lesson: ValidateFunction; config: ValidateFunction } } };
  new Function('module', 'exports', 'require', precompiledValidatorsSource())(module, module.exports, createRequire(__filename));
  return module.exports.PRECOMPILED!;
}

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

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
    for (const keyword of ['pattern', 'enum', 'additionalProperties', 'required'])
      assert.ok(keywords.has(keyword), `${keyword} in ${[...keywords].join(', ')}`);
  });

  it('the validators generated for the bundles report exactly what the run-time compile reports', () => {
    const precompiled = loadPrecompiled();
    const lessons: unknown[] = [
      {
        id: 'GM-0001',
        title: 'A title',
        locality: 'Greater Manchester Care Record',
        stage: 'curated',
        date: '2025-01-02',
        topics: ['consent'],
        good: 'a',
        not_so_good: 'b',
        improvements: 'c',
      },
      { id: 'not an id', stage: 'nowhere', extra: 1, topics: 'consent', date: '02/01/2025', related: [5], adoption: { action: 'copy' } },
      {},
      [],
      'text',
      null,
    ];
    for (const value of lessons) assert.deepEqual(errorsOf(precompiled.lesson, value), validateAgainstLessonSchema(value), JSON.stringify(value));
    assert.ok(validateAgainstLessonSchema(lessons[1]).length > 3, 'the broken lesson has several problems to compare');
    const configs: unknown[] = [{}, { localities: 'not a list' }, { localities: [{ name: 5 }], similarity: { threshold: 2 }, unknown: true }];
    for (const value of configs) assert.deepEqual(errorsOf(precompiled.config, value), validateAgainstConfigSchema(value), JSON.stringify(value));
  });

  it('validates a config on its own', () => {
    assert.deepEqual(validateAgainstConfigSchema({}), []);
    assert.ok(validateAgainstConfigSchema({ localities: 'not a list' }).length > 0);
  });
});
