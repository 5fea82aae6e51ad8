import type { default as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { PRECOMPILED } from './precompiledValidators';
import { CONFIG_SCHEMA, LESSON_SCHEMA, THEME_SCHEMA, type SchemaNode } from './schemas';

/**
 * The bundles carry every validator compiled at build time (see precompileValidators.ts).
 * Run from source, each schema is compiled once per process, when first needed. The
 * schemas carry two keywords of our own, used only for messages and completion, which ajv
 * is told about so strict mode stays on.
 *
 * The schemas are our own files, checked against the JSON Schema meta-schema by the unit
 * tests; checking them again at run time would compile the meta-schema in every process
 * and worker, which costs more than compiling the lesson schema itself.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;
export const OWN_KEYWORDS = [
  { keyword: 'patternMessage', schemaType: 'string' },
  { keyword: 'enumDescriptions', schemaType: 'array' },
] as const;

let ajv: AjvClass | undefined;
const compiled = new Map<SchemaNode, ValidateFunction>();

function validatorFor(schema: SchemaNode): ValidateFunction {
  const precompiled =
    schema === LESSON_SCHEMA ? PRECOMPILED.lesson : schema === CONFIG_SCHEMA ? PRECOMPILED.config : schema === THEME_SCHEMA ? PRECOMPILED.theme : undefined;
  if (precompiled) return precompiled;
  let validate = compiled.get(schema);
  if (!validate) {
    if (!ajv) {
      // Required here, not imported: the bundles never get this far, and loading ajv's
      // compiler would cost every process and worker a few milliseconds at start.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when first needed, as said above
      const { default: Ajv } = require('ajv') as { default: typeof AjvClass };
      ajv = new Ajv({ ...AJV_OPTIONS, validateSchema: false });
      for (const keyword of OWN_KEYWORDS) ajv.addKeyword({ ...keyword });
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

export function validateAgainstThemeSchema(value: unknown): ErrorObject[] {
  return errorsOf(validatorFor(THEME_SCHEMA), value);
}
