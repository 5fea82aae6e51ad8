import * as vscode from 'vscode';
import { AdvanceStageRequest, type AdvanceStageParams, type AdvanceStageResult } from '../../../shared/protocol';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';
import { applyVersionedEdit } from './applyVersionedEdit';
import { curatorPickText, reviewedAdvanceParams } from './reviewRequest';

/**
 * Advance Stage: the server computes the edit (the next stage, and a summary block when
 * the new stage needs one) for the document version it has; the edit is applied only to
 * that version, so nothing typed meanwhile is lost. A lesson that was saved is saved again.
 * When the server says the move needs a curator's review, the curator is picked from the
 * workspace's curators and the request is sent again with them and today's date; cancelling
 * the pick cancels the move.
 */
export function registerAdvanceStage(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.advanceStage, async (argument?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    if (!ctx.client.isRunning()) {
      void vscode.window.showWarningMessage('The Learn Once server is not running, so the stage cannot be moved.');
      return;
    }
    // Opening the document first means the server computes against exactly what the editor holds.
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    let result = await requestAdvance(ctx, { uri: uri.toString() });
    if (result && !result.advanced && result.reviewNeeded) {
      const curator = await vscode.window.showQuickPick(result.reviewNeeded.curators, { ...curatorPickText(result.reviewNeeded.to), ignoreFocusOut: true });
      if (curator === undefined) return;
      result = await requestAdvance(ctx, reviewedAdvanceParams(uri.toString(), curator, new Date()));
    }
    if (!result) return;
    if (!result.advanced) {
      void vscode.window.showInformationMessage(result.reason);
      return;
    }
    const applied = await applyVersionedEdit(ctx.client, result.edit);
    if (!applied) {
      void vscode.window.showWarningMessage('The lesson changed while its next stage was being worked out; nothing was changed. Try again.');
      return;
    }
    if (!wasDirty) await document.save();
    if (result.cursor || result.inserted.length > 0) {
      const editor = await vscode.window.showTextDocument(document);
      if (result.cursor) {
        const at = new vscode.Position(result.cursor.line, result.cursor.character);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
    const added = result.inserted.length > 0 ? ` Added ${result.inserted.join(', ')}: write it now.` : '';
    const reviewed = result.review ? ` Reviewed by ${result.review.reviewedBy} on ${result.review.reviewedOn}.` : '';
    const message = `Moved from ${result.from} to ${result.to}.${reviewed}${added}${result.note ? ` ${result.note}` : ''}`;
    if (result.note) void vscode.window.showInformationMessage(message);
    else vscode.window.setStatusBarMessage(`$(check) ${message}`, 5000);
  });
}

/** The server's answer, or undefined (with the error shown) when the request failed. */
async function requestAdvance(ctx: CommandContext, params: AdvanceStageParams): Promise<AdvanceStageResult | undefined> {
  try {
    return await ctx.client.sendRequest(AdvanceStageRequest, params);
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not move the lesson to its next stage: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
