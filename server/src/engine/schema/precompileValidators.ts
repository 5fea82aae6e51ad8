import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { AJV_OPTIONS, OWN_KEYWORDS } from './compiledValidators';
import { CONFIG_SCHEMA, LESSON_SCHEMA, THEME_SCHEMA } from './schemas';

/**
 * The source of a CommonJS module exporting `PRECOMPILED`: every validator as ajv's
 * standalone code, made with the options the run-time compile uses. The build puts it in
 * place of `precompiledValidators.ts`, so no process or worker compiles a schema at start.
 */
export function precompiledValidatorsSource(): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  for (const keyword of OWN_KEYWORDS) ajv.addKeyword({ ...keyword });
  ajv.addSchema(LESSON_SCHEMA, 'lesson');
  ajv.addSchema(CONFIG_SCHEMA, 'config');
  ajv.addSchema(THEME_SCHEMA, 'theme');
  const code = standaloneCode(ajv, { lesson: 'lesson', config: 'config', theme: 'theme' });
  return `${code}\nexports.PRECOMPILED = { lesson: exports.lesson, config: exports.config, theme: exports.theme };\n`;
}
