import { isMap } from '../yaml/nodeKinds';
import type { WorkspaceConfig } from '../config/workspaceConfig';
import type { Problem } from '../problem';
import { nhsNumberRule } from '../rules/identifiable/nhsNumberRule';
import { LESSON_RULES } from '../rules/lessonRules';
import type { RuleContext } from '../rules/ruleTypes';
import { textScalars } from '../rules/identifiable/textScalars';
import { validateAgainstLessonSchema } from '../schema/compiledValidators';
import { schemaProblems } from '../schema/schemaProblems';
import { LESSON_SCHEMA } from '../schema/schemas';
import { nodeRange, parseYamlFile, type ParsedYaml } from '../yaml/parseYamlFile';
import { extractFacts } from './extractFacts';
import type { LessonFacts } from './lessonModel';

export interface LessonAnalysis {
  parsed: ParsedYaml;
  facts: LessonFacts;
  /** Problems this file has on its own; cross-file problems come from the index. */
  problems: Problem[];
}

export interface AnalyzeOptions {
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD. */
  today: string;
}

/** Parses, validates against the schema and runs the single-file rules over one lesson. */
export function analyzeLesson(text: string, options: AnalyzeOptions): LessonAnalysis {
  const parsed = parseYamlFile(text, 'lesson');
  const facts = extractFacts(parsed);
  // An NHS number is a breach wherever it is written, in a file that reads as a lesson or not.
  const context: RuleContext = { facts, parsed, config: options.config, today: options.today, textScalars: textScalars(parsed) };
  const problems = [...parsed.problems, ...nhsNumberRule(context)];
  const contents = parsed.document?.contents;

  if (parsed.value === undefined && parsed.problems.length > 0) return { parsed, facts, problems };
  if (!contents || (parsed.value === null && !isMap(contents))) {
    if (parsed.problems.length === 0) {
      problems.push({
        code: 'empty-value',
        severity: 'error',
        message: "This lesson is empty. Type 'lesson' to insert the lesson template.",
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
    return { parsed, facts, problems };
  }
  if (!isMap(contents)) {
    problems.push({
      code: 'root-not-mapping',
      severity: 'error',
      message: 'A lesson must be a mapping of fields (id: …, title: …), not a list or a single value.',
      range: nodeRange(parsed.positions, contents) ?? facts.headRange,
    });
    return { parsed, facts, problems };
  }

  const hasSyntaxErrors = parsed.problems.some((problem) => problem.severity === 'error');
  const fromSchema = schemaProblems(validateAgainstLessonSchema(parsed.value), parsed, LESSON_SCHEMA)
    // A broken line can hide a field from the parser; claiming it is missing would mislead.
    .filter((problem) => !(hasSyntaxErrors && problem.code === 'missing-field'));
  problems.push(...fromSchema);
  for (const rule of LESSON_RULES) problems.push(...rule(context));
  return { parsed, facts, problems };
}

/** Today's date in the local time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
