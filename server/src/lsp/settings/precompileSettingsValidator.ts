import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { SETTINGS_AJV_OPTIONS, SETTINGS_SCHEMA } from './settingsSchema';

/**
 * The source of a CommonJS module exporting `settingsValidator`, as settingsValidator.ts does:
 * the settings validator as ajv's standalone code, made with the options the run-time compile
 * uses. The build puts it in place of `settingsValidator.ts` in every bundle.
 */
export function precompiledSettingsValidatorSource(): string {
  const ajv = new Ajv({ ...SETTINGS_AJV_OPTIONS, code: { source: true } });
  ajv.addSchema(SETTINGS_SCHEMA, 'settings');
  const code = standaloneCode(ajv, { settings: 'settings' });
  return `${code}\nexports.settingsValidator = () => exports.settings;\n`;
}
