import packageJson from '../../../../package.json';
import { AJV_OPTIONS } from '../../engine/schema/compiledValidators';
import { SETTINGS_SECTION } from './settingsWarnings';

/**
 * The JSON schema of the `learnOnce` settings object, made from the settings the extension
 * contributes (package.json `contributes.configuration`), so the server checks a value by the
 * same rules as VS Code's settings editor. Only the validator generated from it at build time
 * (precompileSettingsValidator.ts) reaches the bundles, never this module or package.json: the
 * modules the bundles keep (settings.ts, settingsWarnings.ts) must not import it.
 */

/** A setting as package.json contributes it; the other keywords describe it for people. */
export interface ContributedSetting {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

/** A node of the settings schema: a setting's value, or a group of settings by their dotted names. */
export interface SettingsSchemaNode extends ContributedSetting {
  properties?: Record<string, SettingsSchemaNode>;
}

/** The keywords of a contributed setting that decide which values it takes (and its default, named in warnings). */
export const VALUE_KEYWORDS = ['type', 'enum', 'minimum', 'maximum', 'default'] as const;

/**
 * Compiled with `verbose`, so an error carries the setting's schema and its default, which
 * the warning names; keys the schema does not know (a newer or older extension's) are allowed.
 */
export const SETTINGS_AJV_OPTIONS = { ...AJV_OPTIONS, verbose: true } as const;

/** The schema of a section's settings object: `learnOnce.similarLessons.maxResults` becomes `similarLessons.maxResults`. */
function settingsSchemaFrom(contributed: Readonly<Record<string, ContributedSetting>>, section = SETTINGS_SECTION): SettingsSchemaNode {
  const root: SettingsSchemaNode = { type: 'object', properties: {} };
  for (const [name, setting] of Object.entries(contributed)) {
    if (!name.startsWith(`${section}.`)) continue;
    const path = name.slice(section.length + 1).split('.');
    let group = root;
    for (const key of path.slice(0, -1)) group = group.properties![key] ??= { type: 'object', properties: {} };
    group.properties![path[path.length - 1]!] = valueSchema(setting);
  }
  return root;
}

function valueSchema(setting: ContributedSetting): SettingsSchemaNode {
  const schema: Record<string, unknown> = {};
  for (const keyword of VALUE_KEYWORDS) if (keyword in setting) schema[keyword] = setting[keyword];
  return schema as SettingsSchemaNode;
}

/** The settings package.json contributes, by their full dotted names. */
export const CONTRIBUTED_SETTINGS = packageJson.contributes.configuration.properties as Readonly<Record<string, ContributedSetting>>;

export const SETTINGS_SCHEMA = settingsSchemaFrom(CONTRIBUTED_SETTINGS);
