import type { Connection } from 'vscode-languageserver';
import { ZERO_RANGE, type Problem } from '../engine/problem';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import type { DiagnosticsPublisher } from './features/diagnostics';

/**
 * Says so when a scan reached learnOnce.maxLessons: once in a window message, and as an
 * index-limit problem on the first lesson file left out. A problem needs a file, and that
 * file is exactly what is not being checked; it shows with or without a learn-once.yaml.
 */
export class IndexLimitNotice {
  private shown: { uri: string; problem: Problem } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly publisher: DiagnosticsPublisher,
  ) {
    publisher.addSource((uri) => (this.shown?.uri === uri ? [this.shown.problem] : []));
  }

  /** After a scan: shows the notice when lessons were skipped, and takes back an earlier one otherwise. */
  update(workspace: LessonWorkspace): void {
    const previous = this.shown?.uri;
    const first = workspace.firstSkippedForLimit;
    this.shown =
      first && workspace.skippedForLimit > 0 ? { uri: first, problem: indexLimitProblem(workspace.maxLessons, workspace.skippedForLimit) } : undefined;
    this.publisher.publish([previous, this.shown?.uri].filter((uri): uri is string => uri !== undefined));
    if (this.shown) void this.connection.window.showWarningMessage(indexLimitMessage(workspace.maxLessons, workspace.skippedForLimit));
  }
}

export function indexLimitMessage(maxLessons: number, skipped: number): string {
  return `Learn Once checks at most ${count(maxLessons)} lessons (learnOnce.maxLessons), so ${count(skipped)} lesson ${skipped === 1 ? 'file was' : 'files were'} skipped. Raise learnOnce.maxLessons, or leave folders out with files.exclude.`;
}

export function indexLimitProblem(maxLessons: number, skipped: number): Problem {
  return {
    code: 'index-limit',
    severity: 'warning',
    message: `This lesson is not checked: ${indexLimitMessage(maxLessons, skipped)}`,
    range: ZERO_RANGE,
  };
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}
