import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA, LESSON_SCHEMA, type SchemaNode } from './schemas';

/**
 * Each schema is compiled once per process, when first needed: a warm start reads only
 * config files (its lessons come from the saved index), so it never waits for the lesson
 * schema. The schemas carry two keywords of our own, used only for messages and
 * completion, which ajv is told about so strict mode stays on.
 */
let ajv: Ajv | undefined;
const compiled = new Map<SchemaNode, ValidateFunction>();

function validatorFor(schema: SchemaNode): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      ajv.addKeyword({ keyword: 'patternMessage', schemaType: 'string' });
      ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
    }
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export function validateAgainstLessonSchema(value: unknown): ErrorObject[] {
  return errorsOf(validatorFor(LESSON_SCHEMA), value);
}

export function validateAgainstConfigSchema(value: unknown): ErrorObject[] {
  return errorsOf(validatorFor(CONFIG_SCHEMA), value);
}
