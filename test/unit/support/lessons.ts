import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import type { Problem } from '../../../server/src/engine/problem';

export const TODAY = '2026-11-26';

/** A valid lesson, one field per line, with fields replaced or removed (undefined). */
export function lesson(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'GM-0042',
    title: 'Data sharing agreement sign-off took nine months across three trusts',
    locality: 'Greater Manchester Care Record',
    stage: 'captured',
    date: '2025-03-14',
    topics: '[information governance, data sharing]',
    good: '|\n  Every trust named one IG lead early.',
    not_so_good: '|\n  Each board signed off separately, so it took nine months.',
    improvements: '|\n  Agree one sign-off route before drafting starts.',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');
}

export function problemsOf(text: string, config: WorkspaceConfig = DEFAULT_CONFIG): Problem[] {
  return analyzeLesson(text, { config, today: TODAY }).problems;
}

/** code, start line, start character, end line, end character — compact for assertions. */
export function where(problem: Problem): [string, number, number, number, number] {
  return [problem.code, problem.range.start.line, problem.range.start.character, problem.range.end.line, problem.range.end.character];
}
