import * as vscode from 'vscode';

/** The settings the client itself reads; the server reads the rest (section `learnOnce`) through workspace/configuration. */
export interface ClientSettings {
  /** Select the current editor's lesson in the Lessons view. */
  revealActiveLesson: boolean;
  /** Show the lesson's stage and similar-lesson count in the status bar. */
  statusBarEnabled: boolean;
}

export const SETTINGS_SECTION = 'learnOnce';

export function readClientSettings(): ClientSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    revealActiveLesson: config.get<boolean>('tree.revealActiveLesson', true) !== false,
    statusBarEnabled: config.get<boolean>('statusBar.enabled', true) !== false,
  };
}

/** Runs the listener with fresh settings whenever one of the client's settings changes. */
export function onClientSettingsChanged(listener: (settings: ClientSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${SETTINGS_SECTION}.tree`) || event.affectsConfiguration(`${SETTINGS_SECTION}.statusBar`)) listener(readClientSettings());
  });
}
