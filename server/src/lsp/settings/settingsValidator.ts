import Ajv, { type ValidateFunction } from 'ajv';
import { SETTINGS_AJV_OPTIONS, SETTINGS_SCHEMA } from './settingsSchema';

let validate: ValidateFunction | undefined;

/**
 * The validator of the `learnOnce` settings object. The bundles get this module generated at
 * build time instead (precompileSettingsValidator.ts, through scripts/buildPlugins.mjs), so
 * neither ajv's compiler nor package.json is in them; run from source, as the unit tests do,
 * the schema is compiled here on first use.
 */
export function settingsValidator(): ValidateFunction {
  validate ??= new Ajv({ ...SETTINGS_AJV_OPTIONS, validateSchema: false }).compile(SETTINGS_SCHEMA);
  return validate;
}
