import type { ErrorObject } from 'ajv';

/** The settings section the server reads through `workspace/configuration`. */
export const SETTINGS_SECTION = 'learnOnce';

/** A setting whose value is not one the schema allows: where it is and what to say. */
export interface InvalidSetting {
  /** Keys from the section's object down to the value; empty for the whole object. */
  path: string[];
  warning: string;
}

/**
 * The invalid settings in the errors of a validation of the `learnOnce` object, one per setting
 * (a value can fail two rules, e.g. 0.5 for a whole number of at least 1; the first is named).
 */
export function invalidSettings(errors: readonly ErrorObject[]): InvalidSetting[] {
  const bySetting = new Map<string, InvalidSetting>();
  for (const error of errors) {
    if (bySetting.has(error.instancePath)) continue;
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    bySetting.set(error.instancePath, { path, warning: warningFor(error, path) });
  }
  return [...bySetting.values()];
}

/** E.g. "learnOnce.similarLessons.maxResults must be ≥ 1, not 0; using 3". */
function warningFor(error: ErrorObject, path: readonly string[]): string {
  const name = [SETTINGS_SECTION, ...path].join('.');
  const given = describeValue(error.data);
  const parentSchema = error.parentSchema as { default?: unknown; properties?: unknown } | undefined;
  const fallback =
    parentSchema && 'default' in parentSchema
      ? `using ${describeValue(parentSchema.default)}`
      : path.length === 0
        ? 'using the defaults'
        : 'using the defaults of its settings';
  return `${name === SETTINGS_SECTION ? `The ${SETTINGS_SECTION} settings` : name} ${requirement(error)}, not ${given}; ${fallback}`;
}

function requirement(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).split(',').map(typeName).join(' or ')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${COMPARISONS[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}`;
    default:
      return 'is not valid';
  }
}

const COMPARISONS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

function typeName(type: string): string {
  switch (type) {
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object of settings';
    case 'array':
      return 'a list';
    default:
      return type;
  }
}

/** A value as a person would write it in settings.json, cut short if long. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const written = JSON.stringify(value) ?? String(value);
  return written.length > 40 ? `${written.slice(0, 37)}...` : written;
}
