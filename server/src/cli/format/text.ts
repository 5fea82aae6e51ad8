import type { CheckResult } from '../checkResult';
import { painter } from './color';
import { displayPath } from './paths';

export interface TextFormatOptions {
  cwd: string;
  color: boolean;
}

/** One line per problem, `file:line:col severity code message`, as editors and CI logs link them. */
export function formatText(result: CheckResult, options: TextFormatOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const file of result.files) {
    const shown = displayPath(file.path, options.cwd);
    for (const problem of file.problems) {
      const where = `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
      const message = problem.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`${where} ${paint.severity(problem.severity, problem.severity)} ${paint.dim(problem.code)} ${message}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
