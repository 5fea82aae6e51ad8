import * as vscode from 'vscode';
import type { SimilarLessonMatch } from '../../../shared/protocol';
import { lookUpSimilarLessons, percent } from '../similarLessons';
import { stageIcon, stageLabel } from '../tree/stageIcons';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';

/** Most matches listed. */
const MOST_LISTED = 20;

type MatchItem = vscode.QuickPickItem & { match: SimilarLessonMatch };

/**
 * Find Similar Lessons: a quick pick of lessons like this one, best first, with how similar
 * each is, its locality and stage; choosing one opens it at its title.
 */
export function registerFindSimilarLessons(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.findSimilarLessons, async (argument?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    const found = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Finding similar lessons' }, () =>
      lookUpSimilarLessons(ctx.client, { uri: uri.toString(), top: MOST_LISTED }),
    );
    if (!found.ok) {
      void vscode.window.showWarningMessage(`Similar lessons could not be looked up: ${found.reason}`);
      return;
    }
    const lesson = ctx.catalogue.get(uri.toString());
    const name = lesson?.id ?? 'this lesson';
    if (found.matches.length === 0) {
      void vscode.window.showInformationMessage(
        found.partial ? `No similar lessons found for ${name} yet; lessons are still being indexed.` : `No lessons similar to ${name} were found.`,
      );
      return;
    }
    const items: MatchItem[] = found.matches.map((match) => ({
      label: `$(${stageIcon(match.stage)}) ${match.title ?? match.id ?? match.uri}`,
      description: `${percent(match.score)} similar${match.aboveThreshold ? '' : ' (below the hint threshold)'}`,
      detail: [match.id, match.locality, stageLabel(match.stage)].filter((part): part is string => !!part).join(' · '),
      match,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: `Lessons similar to ${name}${found.partial ? ' (still indexing)' : ''}`,
      placeHolder: 'Pick a lesson to open it',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    const range = picked.match.range;
    const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.match.uri), { selection, preview: true });
  });
}
