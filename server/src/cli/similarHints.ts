import { URI } from 'vscode-uri';
import type { Problem } from '../engine/problem';
import { DEFAULT_SIMILARITY_THRESHOLD } from '../engine/similarity/defaultThreshold';
import { findSimilarLessons, similarLessonProblem } from '../engine/similarity/findSimilarLessons';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import { DEFAULT_SETTINGS } from '../lsp/settings';
import type { ProblemSource } from './checkResult';

/** The similarity threshold of the workspace folder a lesson is in: its learn-once.yaml's, else the default. */
export function thresholdFor(workspace: LessonWorkspace, uri: string): number {
  return workspace.configFor(URI.parse(uri).fsPath).similarity.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
}

/**
 * The similar-lesson hints the editor shows with its default settings: the best few
 * unlinked lessons at or above the threshold, as one problem on the lesson's title.
 */
export function similarLessonHints(workspace: LessonWorkspace): ProblemSource {
  const { maxResults, severity } = DEFAULT_SETTINGS.similarLessons;
  return (uri: string): Problem[] => {
    const entry = workspace.index.get(uri);
    if (!entry || !workspace.similarity.has(uri) || severity === 'off') return [];
    const matches = findSimilarLessons(workspace.index, workspace.similarity, uri, { top: maxResults, minScore: thresholdFor(workspace, uri), excludeLinked: true });
    const hint = similarLessonProblem(entry.facts, matches, severity);
    return hint ? [hint] : [];
  };
}
