import * as assert from 'node:assert/strict';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { AJV_OPTIONS, OWN_KEYWORDS, validateAgainstThemeSchema } from '../../../../server/src/engine/schema/compiledValidators';
import { precompiledValidatorsSource } from '../../../../server/src/engine/schema/precompileValidators';
import { LESSON_SCHEMA, schemaAt, THEME_SCHEMA } from '../../../../server/src/engine/schema/schemas';

describe('the theme schema', () => {
  it('is valid against the JSON Schema meta-schema, in strict mode with our own keywords', () => {
    const ajv = new Ajv({ ...AJV_OPTIONS });
    for (const keyword of OWN_KEYWORDS) ajv.addKeyword({ ...keyword });
    assert.equal(ajv.validateSchema(THEME_SCHEMA), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(THEME_SCHEMA));
  });

  it("takes lesson ids in lessons by the lesson schema's own id pattern", () => {
    assert.equal(schemaAt(THEME_SCHEMA, ['lessons', 0])?.pattern, schemaAt(LESSON_SCHEMA, ['id'])?.pattern);
  });

  it('the validator generated for the bundles reports exactly what the run-time compile reports', () => {
    const module = { exports: {} as { PRECOMPILED?: { theme: ValidateFunction } } };
    new Function('module', 'exports', 'require', precompiledValidatorsSource())(module, module.exports, createRequire(__filename));
    const precompiled = module.exports.PRECOMPILED!.theme;
    const errorsOf = (value: unknown): ErrorObject[] => (precompiled(value) ? [] : [...(precompiled.errors ?? [])]);
    const themes: unknown[] = [
      { id: 'TH-0001', title: 'A theme', lessons: ['GM-0001', 'YH-0002'], summary: 'Why.', topics: ['consent'] },
      { id: 'GM-1', title: '', lessons: ['GM-0001', 'GM-0001', 5], extra: true },
      {},
      [],
      null,
    ];
    for (const value of themes) assert.deepEqual(errorsOf(value), validateAgainstThemeSchema(value), JSON.stringify(value));
    assert.deepEqual(validateAgainstThemeSchema(themes[0]), []);
    assert.ok(validateAgainstThemeSchema(themes[1]).length > 3, 'the broken theme has several problems to compare');
  });
});
