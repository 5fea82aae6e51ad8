import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA, LESSON_SCHEMA } from './schemas';

/**
 * Both schemas compiled once per process. The schemas carry two keywords of our own,
 * used only for messages and completion, which ajv is told about so strict mode stays on.
 */
function compile(): { lesson: ValidateFunction; config: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'patternMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  return { lesson: ajv.compile(LESSON_SCHEMA), config: ajv.compile(CONFIG_SCHEMA) };
}

let validators: { lesson: ValidateFunction; config: ValidateFunction } | undefined;

function get(): { lesson: ValidateFunction; config: ValidateFunction } {
  validators ??= compile();
  return validators;
}

export function validateAgainstLessonSchema(value: unknown): ErrorObject[] {
  const validate = get().lesson;
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export function validateAgainstConfigSchema(value: unknown): ErrorObject[] {
  const validate = get().config;
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
