import { isMap } from '../yaml/nodeKinds';
import type { WorkspaceConfig } from '../config/workspaceConfig';
import { extractFacts } from '../lesson/extractFacts';
import { ZERO_RANGE, type Problem } from '../problem';
import { textScalars } from '../rules/identifiable/textScalars';
import { nhsNumberRule } from '../rules/identifiable/nhsNumberRule';
import { validateAgainstThemeSchema } from '../schema/compiledValidators';
import { schemaProblems } from '../schema/schemaProblems';
import { THEME_SCHEMA } from '../schema/schemas';
import { nodeRange, parseYamlFile, type ParsedYaml } from '../yaml/parseYamlFile';
import { extractThemeFacts } from './extractThemeFacts';
import type { ThemeFacts } from './themeModel';

export interface ThemeAnalysis {
  parsed: ParsedYaml;
  facts: ThemeFacts;
  /** Problems this file has on its own; references to lessons are checked by the ThemeIndex. */
  problems: Problem[];
}

export interface AnalyzeThemeOptions {
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD. */
  today: string;
}

/** Parses a theme file and validates it against the theme schema, as a lesson is against its own. */
export function analyzeTheme(text: string, options: AnalyzeThemeOptions): ThemeAnalysis {
  const parsed = parseYamlFile(text, 'theme');
  const facts = extractThemeFacts(parsed);
  // A theme's summary is published like a lesson's: an NHS number in it is the same breach.
  const problems = [
    ...parsed.problems,
    ...nhsNumberRule({ facts: extractFacts(parsed), parsed, config: options.config, today: options.today, textScalars: textScalars(parsed) }),
  ];
  const contents = parsed.document?.contents;

  if (parsed.value === undefined && parsed.problems.length > 0) return { parsed, facts, problems };
  if (!contents || (parsed.value === null && !isMap(contents))) {
    if (parsed.problems.length === 0) {
      problems.push({ code: 'empty-value', severity: 'error', message: "This theme is empty. Type 'theme' to insert the theme template.", range: ZERO_RANGE });
    }
    return { parsed, facts, problems };
  }
  if (!isMap(contents)) {
    problems.push({
      code: 'root-not-mapping',
      severity: 'error',
      message: 'A theme must be a mapping of fields (id: …, title: …, lessons: […]), not a list or a single value.',
      range: nodeRange(parsed.positions, contents) ?? facts.headRange,
    });
    return { parsed, facts, problems };
  }
  const hasSyntaxErrors = parsed.problems.some((problem) => problem.severity === 'error');
  const fromSchema = schemaProblems(validateAgainstThemeSchema(parsed.value), parsed, THEME_SCHEMA, 'A theme')
    // A broken line can hide a field from the parser; claiming it is missing would mislead.
    .filter((problem) => !(hasSyntaxErrors && problem.code === 'missing-field'));
  problems.push(...fromSchema);
  return { parsed, facts, problems };
}
