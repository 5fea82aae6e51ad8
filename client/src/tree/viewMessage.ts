import { describeFilter, type LessonFilter } from './lessonFilter';

export interface ViewState {
  /** The server is still scanning the workspace. */
  indexing: boolean;
  filter?: LessonFilter;
  shown: number;
  total: number;
}

/** The line above the Lessons tree: scanning progress, or what the filter shows. Nothing otherwise. */
export function viewMessage(state: ViewState): string | undefined {
  const parts: string[] = [];
  if (state.indexing) parts.push(`Indexing lessons… ${plural(state.total, 'lesson')} so far.`);
  if (state.filter) {
    const what = describeFilter(state.filter);
    parts.push(
      state.shown === 0
        ? `No lessons match ${what}. Clear the filter to see all ${plural(state.total, 'lesson')}.`
        : `Filtered by ${what}: ${state.shown} of ${plural(state.total, 'lesson')}. Clear the filter to see all.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
