import { URI } from 'vscode-uri';
import type { Problem, Severity } from '../engine/problem';
import { comparePositions } from '../engine/text/positions';
import type { LoadedWorkspace } from './loadWorkspace';
import { fileUri } from '../engine/workspace/fileUri';

export interface CheckedFile {
  /** Absolute file-system path. */
  path: string;
  uri: string;
  /** True for a workspace's learn-once.yaml, false for lessons and themes. */
  isConfig: boolean;
  /** True for a theme (`*.theme.yaml`). */
  isTheme?: boolean;
  problems: Problem[];
}

export type SeverityCounts = Record<Severity, number>;

export interface CheckResult {
  files: CheckedFile[];
  /** Lesson files checked (config files not counted). */
  lessons: number;
  /** Theme files checked, when there were any. */
  themes?: number;
  counts: SeverityCounts;
}

/** Extra problems for a lesson beyond the index's own, e.g. similar-lesson hints. */
export type ProblemSource = (uri: string) => Problem[];

/**
 * The problems of every target file, as the editor would show them: the index's
 * single-file and cross-file problems, any extra sources, each theme's own and its
 * references, and each learn-once.yaml's own.
 */
export function collectProblems(
  loaded: LoadedWorkspace,
  sources: readonly ProblemSource[] = [],
  onProgress?: (done: number, total: number) => void,
): CheckResult {
  const files: CheckedFile[] = [];
  for (const folder of loaded.workspace.allFolderConfigs()) {
    if (!folder.configUri) continue;
    files.push({ path: URI.parse(folder.configUri).fsPath, uri: folder.configUri, isConfig: true, problems: byPosition(folder.problems) });
  }
  for (const [index, file] of loaded.targets.entries()) {
    if (sources.length > 0) onProgress?.(index + 1, loaded.targets.length);
    const uri = fileUri(file);
    const problems = [...loaded.workspace.lessonProblemsFor(uri)];
    for (const source of sources) problems.push(...source(uri));
    files.push({ path: file, uri, isConfig: false, problems: byPosition(problems) });
  }
  for (const file of loaded.themeTargets) {
    const uri = fileUri(file);
    files.push({ path: file, uri, isConfig: false, isTheme: true, problems: byPosition([...loaded.workspace.themeProblemsFor(uri)]) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const problem of file.problems) counts[problem.severity]++;
  const themes = loaded.themeTargets.length;
  return { files, lessons: loaded.targets.length, ...(themes > 0 ? { themes } : {}), counts };
}

/** Problems in reading order; problems at the same place keep the order the engine found them in. */
function byPosition(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => comparePositions(a.range.start, b.range.start));
}
