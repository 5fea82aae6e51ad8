import type { WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import type { ParsedYaml } from '../yaml/parseYamlFile';

export interface RuleContext {
  facts: LessonFacts;
  parsed: ParsedYaml;
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD, injected so rules about dates can be tested. */
  today: string;
}

/** A check on one lesson on its own; cross-file checks live in the workspace index. */
export type LessonRule = (context: RuleContext) => Problem[];
