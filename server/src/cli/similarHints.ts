import { URI } from 'vscode-uri';
import type { RankingAhead } from '../analysis/rankingAhead';
import type { Problem } from '../engine/problem';
import { DEFAULT_HINT_SETTINGS, hintQuery, hintRule, similarLessonHint, type HintRule, type HintSettings } from '../engine/similarity/similarHints';
import { fileUri } from '../engine/workspace/fileUri';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import type { ProblemSource } from './checkResult';
import { similarLessonsRanker } from './similarLessonsRanker';

/** The hint rule of the workspace folder a lesson is in: its learn-once.yaml's threshold, else calibrated. */
export function ruleFor(workspace: LessonWorkspace, uri: string): HintRule {
  return hintRule(workspace.configFor(URI.parse(uri).fsPath).similarity.threshold);
}

/**
 * The similar-lesson hints the editor shows with its default settings: the best few
 * unlinked lessons the hint rule accepts, as one problem on the lesson's title. With a
 * ranking thread, the lessons of `files` (in the order they will be asked for) are ranked
 * on two threads, with the same hints.
 */
export function similarLessonHints(workspace: LessonWorkspace, ranking?: RankingAhead, files: readonly string[] = []): ProblemSource {
  const settingsFor = (uri: string): HintSettings => ({ ...DEFAULT_HINT_SETTINGS, rule: ruleFor(workspace, uri) });
  const rank = similarLessonsRanker(
    workspace,
    ranking,
    files.map((file) => fileUri(file)),
    (uri) => hintQuery(settingsFor(uri)),
  );
  return (uri: string): Problem[] => {
    const { problem } = similarLessonHint(workspace.index, workspace.similarity, uri, settingsFor(uri), () => rank(uri));
    return problem ? [problem] : [];
  };
}
