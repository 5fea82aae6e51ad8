import * as vscode from 'vscode';
import type { SearchLessonHit } from '../../../shared/protocol';
import { LessonSearchPick } from '../search/LessonSearchPick';
import { searchLessons } from '../search/searchRequest';
import type { CommandContext } from './commandContext';
import { COMMANDS, LESSONS_VIEW_ID } from './commandIds';
import { toRange } from './openLesson';

/**
 * Search Lessons by Problem: "search before solving". A quick pick where a person describes
 * a problem in their own words and sees, as they type, the lessons that answer it with the
 * passage that matched; Clear Search Results removes results kept in the Lessons view.
 */
export class SearchLessonsCommand implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private open: LessonSearchPick | undefined;

  constructor(private readonly ctx: CommandContext) {
    this.disposables = [
      vscode.commands.registerCommand(COMMANDS.searchLessons, () => this.show()),
      vscode.commands.registerCommand(COMMANDS.clearSearchResults, () => ctx.keptSearch.clear()),
    ];
  }

  /** The search quick pick while it is open (for the test API). */
  get openPick(): LessonSearchPick | undefined {
    return this.open;
  }

  /** Opens the pick and returns at once: the pick lives on until it is hidden. */
  private show(): void {
    this.open?.dispose();
    const pick = new LessonSearchPick({
      search: (params, token) => searchLessons(this.ctx.client, params, token),
      keep: async (results) => {
        this.ctx.keptSearch.keep(results);
        await vscode.commands.executeCommand(`${LESSONS_VIEW_ID}.focus`);
        await this.ctx.view.revealSearchResults();
      },
      open: (hit) => openHit(hit),
    });
    this.open = pick;
    pick.onDidHide(() => {
      if (this.open === pick) this.open = undefined;
    });
    pick.show();
  }

  dispose(): void {
    this.open?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** Opens a found lesson with its matched passage selected. */
async function openHit(hit: SearchLessonHit): Promise<void> {
  try {
    await vscode.window.showTextDocument(vscode.Uri.parse(hit.uri), { selection: toRange(hit.range), preview: true });
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not open the lesson: ${error instanceof Error ? error.message : String(error)}`);
  }
}
