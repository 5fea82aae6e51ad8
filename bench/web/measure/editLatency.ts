import * as vscode from 'vscode';
import { BROKEN_STAGE } from '../../lib/lessonEdits';
import type { EditLatencies } from '../webBenchFigures';
import { diagnosticsQuiet, hasBrokenStage } from './learnOnceDiagnostics';

/** Longest an edit's diagnostics may take before the edit counts as a timeout (as the Node benchmark's 20 s). */
const EDIT_DEADLINE_MS = 20_000;

/**
 * Opens `uri` (a lesson with no problem) and makes `edits` edits with WorkspaceEdit, alternately
 * misspelling its stage and putting it right. For each, from just before the edit is applied:
 * the time until this extension host's diagnostics show the new state (looked at about every
 * millisecond), and until `languages.onDidChangeDiagnostics` says so. The document is
 * reverted and closed after.
 */
export async function measureEditLatency(uri: vscode.Uri, edits: number): Promise<EditLatencies> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  // Its didOpen publication first, so it is not taken for an edit's.
  await diagnosticsQuiet(500, 5_000, uri);
  if (hasBrokenStage(uri)) throw new Error(`${uri.path} shows a misspelt stage before any edit`);
  const stageLine = Array.from({ length: document.lineCount }, (_, line) => document.lineAt(line)).find((line) => line.text.startsWith('stage: '));
  if (!stageLine) throw new Error(`${uri.path} has no stage line`);
  const rightStage = stageLine.text;
  const latencies: EditLatencies = { collectionMs: [], eventMs: [], timeouts: 0 };
  try {
    for (let i = 0; i < edits; i++) {
      const breaking = i % 2 === 0;
      const shown = (): boolean => hasBrokenStage(uri) === breaking;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, document.lineAt(stageLine.lineNumber).range, breaking ? `stage: ${BROKEN_STAGE}` : rightStage);
      const event = nextDiagnosticsEvent(uri, shown, EDIT_DEADLINE_MS);
      const started = performance.now();
      const applied = vscode.workspace.applyEdit(edit);
      const seenAt = await firstTurnWhere(shown, started + EDIT_DEADLINE_MS);
      if (!(await applied)) throw new Error(`edit ${i + 1} was not applied`);
      const eventAt = await event;
      if (seenAt === undefined || eventAt === undefined) {
        latencies.timeouts++;
        continue;
      }
      latencies.collectionMs.push(seenAt - started);
      latencies.eventMs.push(eventAt - started);
    }
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  return latencies;
}

/** performance.now() when `languages.onDidChangeDiagnostics` first names `uri` with `shown()` true, or undefined at the deadline. */
function nextDiagnosticsEvent(uri: vscode.Uri, shown: () => boolean, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && shown()) finish(performance.now());
    });
    function finish(at: number | undefined): void {
      clearTimeout(timer);
      listener.dispose();
      resolve(at);
    }
  });
}

/**
 * performance.now() at the first look where `holds()` is true, or undefined past `deadline`.
 * Looks about every millisecond without keeping a core busy (the machine has two, shared with the
 * workbench and the server's worker): each wait is a 1 ms timer set from a MessageChannel message,
 * because browsers hold a timer set from a timer's own callback back to 4 ms after a few rounds.
 * Messages from the language server and the workbench are handled between looks.
 */
async function firstTurnWhere(holds: () => boolean, deadline: number): Promise<number | undefined> {
  // The browser's MessageChannel (this project's types describe Node's, which has no onmessage).
  const channel = new MessageChannel() as unknown as { port1: BrowserMessagePort; port2: BrowserMessagePort };
  const nextLook = (): Promise<void> =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => setTimeout(resolve, 1);
      channel.port2.postMessage(undefined);
    });
  try {
    while (performance.now() < deadline) {
      if (holds()) return performance.now();
      await nextLook();
    }
    return undefined;
  } finally {
    channel.port1.close();
    channel.port2.close();
  }
}

interface BrowserMessagePort {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
