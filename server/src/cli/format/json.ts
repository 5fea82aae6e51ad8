import { URI } from 'vscode-uri';
import type { Problem, Range, Severity } from '../../engine/problem';
import type { CheckResult } from '../checkResult';
import { VERSION } from '../../engine/version';
import { TOOL_NAME } from '../toolInfo';
import { displayPath } from './paths';

/** The JSON output of `learn-once check --format json`; documented in docs/cli.md, so keep it stable. */
export interface JsonReport {
  tool: { name: string; version: string };
  /** `themes` is there when theme files were checked. */
  summary: { lessons: number; themes?: number; errors: number; warnings: number; information: number; hints: number };
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  uri: string;
  kind: 'lesson' | 'theme' | 'config';
  problems: JsonProblem[];
}

export interface JsonProblem {
  code: string;
  severity: Severity;
  message: string;
  /** Zero-based lines and UTF-16 characters, the units LSP and VS Code use. */
  range: Range;
  related?: { path: string; uri: string; range: Range; message: string }[];
}

export function toJsonReport(result: CheckResult, cwd: string): JsonReport {
  return {
    tool: { name: TOOL_NAME, version: VERSION },
    summary: {
      lessons: result.lessons,
      ...(result.themes ? { themes: result.themes } : {}),
      errors: result.counts.error,
      warnings: result.counts.warning,
      information: result.counts.information,
      hints: result.counts.hint,
    },
    files: result.files.map((file) => ({
      path: displayPath(file.path, cwd),
      uri: file.uri,
      kind: file.isConfig ? 'config' : file.isTheme ? 'theme' : 'lesson',
      problems: file.problems.map((problem) => toJsonProblem(problem, cwd)),
    })),
  };
}

/** One problem as the JSON formats write it, with paths relative to `cwd`. */
export function toJsonProblem(problem: Problem, cwd: string): JsonProblem {
  const json: JsonProblem = { code: problem.code, severity: problem.severity, message: problem.message, range: problem.range };
  if (problem.related && problem.related.length > 0) {
    json.related = problem.related.map((related) => ({
      path: displayPath(URI.parse(related.uri).fsPath, cwd),
      uri: related.uri,
      range: related.range,
      message: related.message,
    }));
  }
  return json;
}

export function formatJson(result: CheckResult, cwd: string): string {
  return `${JSON.stringify(toJsonReport(result, cwd), null, 2)}\n`;
}
