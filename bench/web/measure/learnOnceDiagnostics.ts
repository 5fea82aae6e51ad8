import * as vscode from 'vscode';

/** Learn Once's diagnostics on a uri, as this extension host holds them now. */
export function learnOnceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'learn-once');
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** The misspelt stage the edits make: the schema's `invalid-value` on the stage. */
export function hasBrokenStage(uri: vscode.Uri): boolean {
  return learnOnceDiagnostics(uri).some((diagnostic) => diagnosticCode(diagnostic) === 'invalid-value');
}

/** A problem of the lesson itself, not the similar-lesson hint (which a clean lesson may get too). */
export function hasOwnProblem(uri: vscode.Uri): boolean {
  return learnOnceDiagnostics(uri).some((diagnostic) => diagnosticCode(diagnostic) !== 'similar-lesson');
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves when nothing has changed the diagnostics (of `uri`, or of any file) for `quietMs`,
 * with the Date.now() of the last change (or of the call, if none), or undefined past `capMs`.
 */
export async function diagnosticsQuiet(quietMs: number, capMs: number, uri?: vscode.Uri): Promise<number | undefined> {
  const started = Date.now();
  let lastChange = started;
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (!uri || event.uris.some((changed) => changed.toString() === uri.toString())) lastChange = Date.now();
  });
  try {
    while (Date.now() - started < capMs) {
      if (Date.now() - lastChange >= quietMs) return lastChange;
      await pause(50);
    }
    return undefined;
  } finally {
    listener.dispose();
  }
}
