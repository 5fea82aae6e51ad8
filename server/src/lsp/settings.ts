import { DEFAULT_HINT_SETTINGS } from '../engine/similarity/similarHints';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/workspace/lessonFiles';
import { DEFAULT_MAX_LESSONS } from '../engine/workspace/LessonWorkspace';
import { isObject } from '../engine/isObject';

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

/** Reads settings from whatever the client sent, keeping defaults for anything missing or wrong. */
export function normaliseSettings(raw: unknown): LearnOnceSettings {
  const value = isObject(raw) ? raw : {};
  const diagnostics = isObject(value.diagnostics) ? value.diagnostics : {};
  const similar = isObject(value.similarLessons) ? value.similarLessons : {};
  const scope = diagnostics.scope === 'open' ? 'open' : 'workspace';
  const maxFileSize = typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const maxLessons = typeof value.maxLessons === 'number' && value.maxLessons >= 1 ? Math.floor(value.maxLessons) : DEFAULT_SETTINGS.maxLessons;
  const severities: HintSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
  const severity = severities.includes(similar.severity as HintSeverity) ? (similar.severity as HintSeverity) : DEFAULT_SETTINGS.similarLessons.severity;
  const threshold = typeof similar.threshold === 'number' && similar.threshold >= 0 && similar.threshold <= 1 ? similar.threshold : undefined;
  const maxResults = typeof similar.maxResults === 'number' && similar.maxResults >= 1 ? Math.floor(similar.maxResults) : DEFAULT_SETTINGS.similarLessons.maxResults;
  return { diagnostics: { scope }, maxFileSize, maxLessons, similarLessons: { threshold, severity, maxResults } };
}

/** The keys of VS Code's files.exclude that are switched on. */
export function enabledExcludes(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw)
    .filter(([, enabled]) => enabled === true)
    .map(([pattern]) => pattern.replace(/^\*\*\//, '**/'));
}

