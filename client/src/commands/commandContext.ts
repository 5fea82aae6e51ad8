import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LessonCatalogue } from '../catalogue/LessonCatalogue';
import type { LessonsView } from '../tree/LessonsView';

/** What every command can use. */
export interface CommandContext {
  client: LanguageClient;
  catalogue: LessonCatalogue;
  view: LessonsView;
  output: vscode.OutputChannel;
}
