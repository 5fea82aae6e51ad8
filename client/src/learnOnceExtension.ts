import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IndexChangedNotification, LessonsRequest, type IndexChangedParams, type LessonsParams } from '../../shared/protocol';
import { LessonCatalogue } from './catalogue/LessonCatalogue';
import { registerAdvanceStage } from './commands/advanceStage';
import type { CommandContext } from './commands/commandContext';
import { registerCopyLessonId } from './commands/copyLessonId';
import { registerFilterLessons } from './commands/filterLessons';
import { registerFindSimilarLessons } from './commands/findSimilarLessons';
import { registerGroupBy } from './commands/groupBy';
import { registerNewLesson } from './commands/newLesson';
import { registerOpenLesson } from './commands/openLesson';
import { registerRefreshLessons } from './commands/refreshLessons';
import { registerRevealInTree } from './commands/revealInTree';
import { SearchLessonsCommand } from './commands/searchLessons';
import { registerStatusMenu } from './commands/statusMenu';
import { RelatedLessonsView, type RelatedLessonsSnapshot } from './related/RelatedLessonsView';
import { KeptSearchResults } from './search/KeptSearchResults';
import type { LessonSearchPick } from './search/LessonSearchPick';
import { searchLessons } from './search/searchRequest';
import { onClientSettingsChanged, readClientSettings } from './settings';
import { LessonStatusBar } from './status/statusBar';
import { registerLessonDecorations } from './tree/lessonDecorations';
import type { TreeSnapshot } from './tree/lessonTreeModel';
import { LessonsView, type SearchFilterHits, type SearchResultsSnapshot } from './tree/LessonsView';

export type LanguageClientState = 'starting' | 'running' | 'stopped';

/**
 * What `activate` returns, for the extension-host tests (and nothing else):
 *
 * - `getTreeSnapshot()`: the Lessons view as it is now: each node's kind, label and
 *   description (counts on groups, ids on lessons), nested as shown.
 * - `onTreeChanged`: fires after every rebuild of the tree (catalogue change, grouping,
 *   filter, workspace folders).
 * - `isIndexed()`: true once the catalogue holds a complete list from a finished scan.
 * - `statusBarText()`: the status-bar item's text, or undefined while it is hidden.
 * - `statusBarCommand()`: the command a click on the item runs, or undefined while it is hidden.
 * - `languageClientState()`: 'starting', 'running' or 'stopped'.
 * - `restartServer()`: restarts the language server; the tree reloads when it is back.
 * - `searchPick()`: the Search Lessons by Problem quick pick while it is open: its QuickPick
 *   as VS Code shows it, `type(text)` to type into it and `onDidShowAnswer`, `keepShown()`
 *   for its pin button.
 * - `searchResultsSnapshot()`: the Search Results node at the top of the Lessons view and its
 *   lessons (label, description and click command as shown), or undefined when none is kept.
 * - `setTreeFilter(text)`: what Filter Lessons… does with the words typed.
 * - `relatedLessons()` / `onRelatedLessonsChanged`: the Related Lessons view's rows.
 */
export interface LearnOnceTestApi {
  getTreeSnapshot(): TreeSnapshot;
  onTreeChanged: vscode.Event<void>;
  isIndexed(): boolean;
  statusBarText(): string | undefined;
  statusBarCommand(): string | undefined;
  languageClientState(): LanguageClientState;
  restartServer(): Promise<void>;
  searchPick(): LessonSearchPick | undefined;
  searchResultsSnapshot(): SearchResultsSnapshot | undefined;
  setTreeFilter(text: string | undefined): void;
  relatedLessons(): RelatedLessonsSnapshot;
  onRelatedLessonsChanged: vscode.Event<void>;
}

/**
 * What differs between the extension in VS Code desktop (Node) and in a browser: how the
 * language server starts, what the client does for it besides (the web server reads files
 * through the client), and Import Lessons…, which only the Node server can do.
 */
export interface ClientPlatform {
  createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient;
  /** Anything the client serves the server with, registered before the server starts. */
  serveServer?(languageClient: LanguageClient): vscode.Disposable;
  registerImportLessons(ctx: CommandContext): vscode.Disposable;
}

let client: LanguageClient | undefined;

/**
 * Registers the view, commands and status bar and starts the language server without
 * waiting for it: the tree fills in when the server's first answer arrives.
 */
export function activateLearnOnce(context: vscode.ExtensionContext, platform: ClientPlatform): LearnOnceTestApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Learn Once');
  const languageClient = platform.createLanguageClient(context, output);
  client = languageClient;
  const settings = readClientSettings();

  const catalogue = new LessonCatalogue((params: LessonsParams) => languageClient.sendRequest(LessonsRequest, params));
  const keptSearch = new KeptSearchResults();
  const view = new LessonsView(context, catalogue, settings, keptSearch, filterSearch(languageClient));
  const related = new RelatedLessonsView(languageClient, catalogue);
  const statusBar = new LessonStatusBar(languageClient, catalogue, settings);
  const commandContext: CommandContext = { client: languageClient, catalogue, view, output, keptSearch };
  const searchCommand = new SearchLessonsCommand(commandContext);

  context.subscriptions.push(
    output,
    keptSearch,
    view,
    related,
    statusBar,
    searchCommand,
    { dispose: () => catalogue.dispose() },
    registerLessonDecorations(),
    registerNewLesson(commandContext),
    platform.registerImportLessons(commandContext),
    registerFindSimilarLessons(commandContext),
    registerAdvanceStage(commandContext),
    registerOpenLesson(),
    registerCopyLessonId(commandContext),
    registerRefreshLessons(commandContext),
    ...registerGroupBy(commandContext),
    ...registerFilterLessons(commandContext),
    registerRevealInTree(commandContext),
    registerStatusMenu(() => statusBar.menuState()),
    onClientSettingsChanged((changed) => {
      view.applySettings(changed);
      statusBar.applySettings(changed);
    }),
    catalogue.onDidFail((error) => output.appendLine(`Could not read the lesson list: ${error instanceof Error ? error.message : String(error)}`)),
  );

  // Handlers registered before start stay registered across restarts.
  if (platform.serveServer) context.subscriptions.push(platform.serveServer(languageClient));
  context.subscriptions.push(languageClient.onNotification(IndexChangedNotification, (params: IndexChangedParams) => void catalogue.indexChanged(params)));
  context.subscriptions.push(
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Running) void catalogue.reloadAll();
      else if (event.newState === State.Stopped) catalogue.clear();
    }),
  );
  languageClient.start().catch((error: unknown) => {
    output.appendLine(`The Learn Once server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('The Learn Once language server did not start; see the Learn Once output for details.');
  });

  output.appendLine(`Learn Once activated in ${(performance.now() - started).toFixed(1)} ms (the server starts in the background).`);
  return {
    getTreeSnapshot: () => view.snapshot(),
    onTreeChanged: view.onDidChangeTree,
    isIndexed: () => catalogue.isLoaded && !catalogue.partial,
    statusBarText: () => statusBar.text,
    statusBarCommand: () => statusBar.command,
    languageClientState: () => clientState(languageClient),
    restartServer: () => restartLanguageClient(languageClient),
    searchPick: () => searchCommand.openPick,
    searchResultsSnapshot: () => view.searchResultsSnapshot(),
    setTreeFilter: (text) => view.setFilter(text === undefined ? undefined : { kind: 'text', text }),
    relatedLessons: () => related.snapshot(),
    onRelatedLessonsChanged: related.onDidUpdate,
  };
}

/** Node's client restarts itself; the browser's has no restart, so it is stopped and started. */
async function restartLanguageClient(languageClient: LanguageClient): Promise<void> {
  const restartable = languageClient as LanguageClient & { restart?: () => Promise<void> };
  if (restartable.restart) return restartable.restart();
  await languageClient.stop();
  await languageClient.start();
}

/** Most lessons the server's search adds to a text filter. */
const MOST_FILTER_HITS = 200;

/** The tree filter's words searched as the search command does, for the lessons whose whole answers match. */
function filterSearch(languageClient: LanguageClient): SearchFilterHits {
  return async (text, token) => {
    const found = await searchLessons(languageClient, { query: text, top: MOST_FILTER_HITS }, token);
    return found.ok ? new Set(found.hits.map((hit) => hit.uri)) : undefined;
  };
}

export async function deactivateLearnOnce(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.needsStop()) await running.stop();
}

function clientState(languageClient: LanguageClient): LanguageClientState {
  switch (languageClient.state) {
    case State.Running:
      return 'running';
    case State.Starting:
      return 'starting';
    default:
      return 'stopped';
  }
}
