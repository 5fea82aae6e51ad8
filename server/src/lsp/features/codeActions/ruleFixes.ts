import { isDeepStrictEqual } from 'node:util';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { fixAllMissingFields, fixForProblem } from '../../../engine/edits/problemFixes';
import { todayIso } from '../../../engine/lesson/analyzeLesson';
import type { Problem } from '../../../engine/problem';
import { quickFix, type FixProvider } from './fixProvider';

/**
 * Quick fixes for the engine's own rules, from the fix data each problem carries: a wrong
 * value to its suggestion, an unknown key or locality to the known one, an id's prefix,
 * a missing field or summary added in place. A diagnostic is only fixed when the current
 * text still has that problem, so a fix never lands on text that has moved on.
 */
export const ruleFixes: FixProvider = (request) => {
  const { ctx, document, diagnostics } = request;
  const problems = document.analysis.problems;
  const parsed = document.analysis.parsed;
  const suggestion = { config: ctx.workspace.configFor(URI.parse(document.uri).fsPath), today: todayIso(), ids: () => ctx.workspace.index.ids() };
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = currentProblem(diagnostic, problems);
    if (!problem) continue;
    const fix = fixForProblem(problem, parsed, suggestion);
    if (fix) actions.push(quickFix(request, fix.title, fix.edits, [diagnostic], fix.preferred));
  }
  const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'missing-field');
  if (missing.length > 0) {
    const all = fixAllMissingFields(problems, parsed, suggestion);
    if (all) actions.push(quickFix(request, all.title, all.edits, missing));
  }
  return actions;
};

/** The problem of the current analysis a diagnostic shows: same code and fix data, or same code and range. */
function currentProblem(diagnostic: Diagnostic, problems: readonly Problem[]): Problem | undefined {
  const sameCode = problems.filter((problem) => problem.code === diagnostic.code && problem.data);
  if (diagnostic.data !== undefined) {
    const match = sameCode.find((problem) => isDeepStrictEqual(problem.data, diagnostic.data));
    if (match) return match;
  }
  return sameCode.find((problem) => isDeepStrictEqual(problem.range, diagnostic.range));
}
