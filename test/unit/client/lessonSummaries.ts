import type { LessonSummary } from '../../../shared/protocol';

/** A lesson as the server's catalogue sends it, with fields replaced as a test needs. */
export function summary(overrides: Partial<LessonSummary> & { id?: string }): LessonSummary {
  const id = overrides.id ?? 'GM-0001';
  return {
    uri: `file:///ws/${id}.lesson.yaml`,
    id,
    title: `Lesson ${id}`,
    locality: 'Greater Manchester Care Record',
    stage: 'captured',
    topics: [],
    date: '2025-03-14',
    folderUri: 'file:///ws',
    errors: 0,
    warnings: 0,
    similarHint: false,
    firstLines: {},
    ...overrides,
  };
}
