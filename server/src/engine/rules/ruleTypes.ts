import type { WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import type { TextScalar } from './identifiable/textScalars';

export interface RuleContext {
  facts: LessonFacts;
  parsed: ParsedYaml;
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD, injected so rules about dates can be tested. */
  today: string;
  /** The lesson's string values (textScalars of `parsed`), read once for the rules that look for patterns in prose. */
  textScalars: readonly TextScalar[];
}

/** A check on one lesson on its own; cross-file checks live in the workspace index. */
export type LessonRule = (context: RuleContext) => Problem[];
