import type * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { LessonCatalogue } from '../catalogue/LessonCatalogue';
import type { KeptSearchResults } from '../search/KeptSearchResults';
import type { LessonsView } from '../tree/LessonsView';

/** What every command can use. */
export interface CommandContext {
  client: LanguageClient;
  catalogue: LessonCatalogue;
  view: LessonsView;
  /** The search results kept at the top of the Lessons view. */
  keptSearch: KeptSearchResults;
  output: vscode.OutputChannel;
}
