import * as vscode from 'vscode';
import type { LessonSummary } from '../../../shared/protocol';
import { lessonBadge, marksFromQuery, marksToQuery } from './lessonBadge';

/** Tree items of lessons carry a uri of this scheme, so only they get these decorations (not the Explorer). */
export const LESSON_DECORATION_SCHEME = 'learn-once-lesson';

/** The decoration uri of a lesson's tree item: its marks in the query, the real file in the fragment. */
export function decorationUri(lesson: LessonSummary): vscode.Uri {
  return vscode.Uri.from({ scheme: LESSON_DECORATION_SCHEME, path: `/${lesson.id ?? 'lesson'}`, query: marksToQuery(lesson), fragment: lesson.uri });
}

/** Colours a lesson's label and adds a badge when it has errors, warnings or a similar-lesson hint. */
export function registerLessonDecorations(): vscode.Disposable {
  return vscode.window.registerFileDecorationProvider({
    provideFileDecoration(uri) {
      if (uri.scheme !== LESSON_DECORATION_SCHEME) return undefined;
      const spec = lessonBadge(marksFromQuery(uri.query));
      return spec ? new vscode.FileDecoration(spec.badge, spec.tooltip, new vscode.ThemeColor(spec.color)) : undefined;
    },
  });
}
