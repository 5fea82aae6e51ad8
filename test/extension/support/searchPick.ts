import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import type { LessonSearchPick } from '../../../client/src/search/LessonSearchPick';
import type { SearchItem } from '../../../client/src/search/searchPickItems';
import { waitFor } from './waitFor';

/** Runs Search Lessons by Problem from the command palette's id and returns its open quick pick. */
export async function openSearchPick(api: LearnOnceTestApi): Promise<LessonSearchPick> {
  await vscode.commands.executeCommand('learnOnce.searchLessons');
  return waitFor(() => api.searchPick(), 'the Search Lessons by Problem quick pick to open');
}

/**
 * Types `text` into the pick as a person would and waits until the answer for exactly that
 * text is on screen; returns the pick's rows then. `answered` collects every query whose
 * answer was shown meanwhile.
 */
export async function typeAndWait(pick: LessonSearchPick, text: string, answered: string[] = []): Promise<readonly SearchItem[]> {
  const shown = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(
        new Error(`Timed out after 30 s waiting for the results of '${text}'; the pick shows: ${JSON.stringify(pick.pick.items.map((item) => item.label))}`),
      );
    }, 30_000);
    const listener = pick.onDidShowAnswer((query) => {
      answered.push(query);
      if (query !== text.trim()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
  pick.type(text);
  await shown;
  return pick.pick.items;
}

/** Closes whatever quick input is open. */
export async function closeQuickInput(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
}
