import { URI } from 'vscode-uri';
import type { Problem } from '../engine/problem';
import { DEFAULT_HINT_SETTINGS, hintRule, similarLessonHint, type HintRule } from '../engine/similarity/similarHints';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import type { ProblemSource } from './checkResult';

/** The hint rule of the workspace folder a lesson is in: its learn-once.yaml's threshold, else calibrated. */
export function ruleFor(workspace: LessonWorkspace, uri: string): HintRule {
  return hintRule(workspace.configFor(URI.parse(uri).fsPath).similarity.threshold);
}

/**
 * The similar-lesson hints the editor shows with its default settings: the best few
 * unlinked lessons the hint rule accepts, as one problem on the lesson's title.
 */
export function similarLessonHints(workspace: LessonWorkspace): ProblemSource {
  return (uri: string): Problem[] => {
    const { problem } = similarLessonHint(workspace.index, workspace.similarity, uri, { ...DEFAULT_HINT_SETTINGS, rule: ruleFor(workspace, uri) });
    return problem ? [problem] : [];
  };
}
