import { plural } from './viewMessage';

/** What the tree marks on a lesson: its problems, or that a similar lesson exists. */
export interface LessonMarks {
  errors: number;
  warnings: number;
  similarHint: boolean;
}

export interface BadgeSpec {
  /** At most two characters, as VS Code shows them. */
  badge: string;
  tooltip: string;
  /** A theme colour id. */
  color: string;
}

/** Errors win over warnings, which win over the similar-lesson hint; the tooltip names all of them. */
export function lessonBadge(marks: LessonMarks): BadgeSpec | undefined {
  const notes: string[] = [];
  if (marks.errors > 0) notes.push(plural(marks.errors, 'error'));
  if (marks.warnings > 0) notes.push(plural(marks.warnings, 'warning'));
  if (marks.similarHint) notes.push('a similar lesson exists elsewhere');
  if (notes.length === 0) return undefined;
  const tooltip = notes.join(', ');
  if (marks.errors > 0) return { badge: shortCount(marks.errors), tooltip, color: 'list.errorForeground' };
  if (marks.warnings > 0) return { badge: shortCount(marks.warnings), tooltip, color: 'list.warningForeground' };
  return { badge: '≈', tooltip, color: 'charts.blue' };
}

function shortCount(count: number): string {
  return count > 9 ? '9+' : String(count);
}

/** The marks written into a decoration uri's query, so the uri changes exactly when the marks do. */
export function marksToQuery(marks: LessonMarks): string {
  return `e=${marks.errors}&w=${marks.warnings}&s=${marks.similarHint ? 1 : 0}`;
}

export function marksFromQuery(query: string): LessonMarks {
  const params = new URLSearchParams(query);
  const count = (key: string): number => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : 0;
  };
  return { errors: count('e'), warnings: count('w'), similarHint: params.get('s') === '1' };
}
