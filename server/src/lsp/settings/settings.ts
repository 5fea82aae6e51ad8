import { DEFAULT_HINT_SETTINGS } from '../../engine/similarity/similarHints';
import { DEFAULT_MAX_FILE_SIZE } from '../../engine/workspace/lessonFiles';
import { DEFAULT_MAX_LESSONS } from '../../engine/workspace/LessonWorkspace';
import { isObject } from '../../../../shared/isObject';
import { settingsValidator } from './settingsValidator';
import { invalidSettings } from './settingsWarnings';

export type DiagnosticsScope = 'workspace' | 'open';
export type HintSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `learnOnce.*` settings, as the server uses them. */
export interface LearnOnceSettings {
  diagnostics: { scope: DiagnosticsScope };
  maxFileSize: number;
  /** Most lessons indexed; past it the rest are skipped and one notice says so. */
  maxLessons: number;
  similarLessons: { threshold?: number; severity: HintSeverity; maxResults: number };
}

export const DEFAULT_SETTINGS: LearnOnceSettings = {
  diagnostics: { scope: 'workspace' },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxLessons: DEFAULT_MAX_LESSONS,
  similarLessons: { ...DEFAULT_HINT_SETTINGS },
};

/** The settings the server uses, and a warning for each value it could not use. */
export interface SettingsRead {
  settings: LearnOnceSettings;
  warnings: string[];
}

/**
 * Reads settings from whatever the client sent, checked against the schema of the settings the
 * extension contributes (settingsSchema.ts): a missing value takes its default silently, an
 * invalid one takes its default with a warning naming the setting and what is wrong. Keys the
 * schema does not know are ignored.
 */
export function normaliseSettings(raw: unknown): SettingsRead {
  // An editor without these settings sends nothing (or null) for the section.
  const given = raw ?? {};
  const validate = settingsValidator();
  const invalid = validate(given) ? [] : invalidSettings(validate.errors ?? []);
  const isInvalid = (path: readonly string[]): boolean => invalid.some((setting) => setting.path.every((key, i) => key === path[i]));
  const read = <T>(path: readonly string[], fallback: T): T => {
    if (isInvalid(path)) return fallback;
    const value = valueAt(given, path);
    // The schema has checked its type, range or values; a unit test checks they are the ones these settings take.
    return value === undefined ? fallback : (value as T);
  };
  const defaults = DEFAULT_SETTINGS;
  const threshold = read<number | null | undefined>(['similarLessons', 'threshold'], defaults.similarLessons.threshold);
  const settings: LearnOnceSettings = {
    diagnostics: { scope: read(['diagnostics', 'scope'], defaults.diagnostics.scope) },
    maxFileSize: read(['maxFileSize'], defaults.maxFileSize),
    maxLessons: read(['maxLessons'], defaults.maxLessons),
    similarLessons: {
      threshold: threshold ?? undefined,
      severity: read(['similarLessons', 'severity'], defaults.similarLessons.severity),
      maxResults: read(['similarLessons', 'maxResults'], defaults.similarLessons.maxResults),
    },
  };
  return { settings, warnings: invalid.map((setting) => setting.warning) };
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : undefined;
  return current;
}

/** The keys of VS Code's files.exclude that are switched on. */
export function enabledExcludes(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw)
    .filter(([, enabled]) => enabled === true)
    .map(([pattern]) => pattern.replace(/^\*\*\//, '**/'));
}
