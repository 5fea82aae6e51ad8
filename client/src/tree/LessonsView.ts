import * as vscode from 'vscode';
import { isLessonFileName } from '../../../shared/lessonFiles';
import type { LessonCatalogue } from '../catalogue/LessonCatalogue';
import { CONTEXT_KEYS, LESSONS_VIEW_ID } from '../commands/commandIds';
import type { KeptSearchResults } from '../search/KeptSearchResults';
import type { ClientSettings } from '../settings';
import { normaliseFilter, sameFilter, type LessonFilter } from './lessonFilter';
import { LessonTreeProvider, type ViewNode } from './LessonTreeProvider';
import type { GroupBy, LessonNode, LessonTree, TreeSnapshot } from './lessonTreeModel';
import { plural, viewMessage } from './viewMessage';

/** Where the grouping is remembered, per workspace. */
const GROUP_BY_KEY = 'learnOnce.tree.groupBy';
/** After the catalogue changes, wait this long before searching the filter's words again. */
const FILTER_SEARCH_DELAY_MS = 300;

/** The Search Results node and its lessons as shown, for the test API. */
export interface SearchResultsSnapshot {
  label: string;
  description: string;
  children: { label: string; description: string; command?: vscode.Command }[];
}

/**
 * The uris of the lessons the server's search finds for a text filter's words, or undefined
 * when it cannot say (server not running, request failed or cancelled).
 */
export type SearchFilterHits = (text: string, token: vscode.CancellationToken) => Promise<ReadonlySet<string> | undefined>;

/**
 * The Lessons view: the tree of the catalogue, its grouping (remembered per workspace) and
 * filter, the kept search results above it, the message and counts around it, the context
 * keys its menus and welcome read, and revealing the current editor's lesson.
 */
export class LessonsView implements vscode.Disposable {
  readonly provider: LessonTreeProvider;
  readonly treeView: vscode.TreeView<ViewNode>;
  private groupByValue: GroupBy;
  private filterValue: LessonFilter | undefined;
  private readonly treeChanged = new vscode.EventEmitter<void>();
  /** Fires after every rebuild, once the view has been told (for the test API). */
  readonly onDidChangeTree = this.treeChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The lesson last revealed for the active editor, so a rebuild does not steal the selection again. */
  private revealedUri: string | undefined;
  /** The server search for the text filter's words under way, and the timer of the next one. */
  private filterSearch: vscode.CancellationTokenSource | undefined;
  private filterSearchTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly catalogue: LessonCatalogue,
    private settings: ClientSettings,
    private readonly keptSearch: KeptSearchResults,
    private readonly searchFilterHits: SearchFilterHits,
  ) {
    const stored = context.workspaceState.get<string>(GROUP_BY_KEY);
    this.groupByValue = stored === 'stage' || stored === 'theme' || stored === 'topic' ? stored : 'locality';
    this.provider = new LessonTreeProvider(
      () => catalogue.all(),
      () => ({ groupBy: this.groupByValue, folders: currentFolders(), filter: this.filterValue }),
      () => keptSearch.current,
    );
    this.treeView = vscode.window.createTreeView(LESSONS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.disposables.push(
      this.provider,
      this.treeView,
      this.treeChanged,
      catalogue.onDidChange(() => {
        this.refresh();
        // A lesson edited, added or removed may now answer the filter's words, or no longer.
        this.scheduleFilterSearch(FILTER_SEARCH_DELAY_MS);
      }),
      keptSearch.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.revealActive(false)),
      this.treeView.onDidChangeVisibility((event) => event.visible && this.revealActive(true)),
    );
    this.refresh();
  }

  get groupBy(): GroupBy {
    return this.groupByValue;
  }

  get filter(): LessonFilter | undefined {
    return this.filterValue;
  }

  get tree(): LessonTree {
    return this.provider.current;
  }

  snapshot(): TreeSnapshot {
    return this.provider.current.snapshot();
  }

  async setGroupBy(groupBy: GroupBy): Promise<void> {
    this.groupByValue = groupBy;
    await this.context.workspaceState.update(GROUP_BY_KEY, groupBy);
    this.revealedUri = undefined;
    this.refresh();
  }

  /**
   * Narrows the view at once by the substrings the client can match, then widens a text
   * filter by what the server's search finds for the same words when it answers.
   */
  setFilter(filter: LessonFilter | undefined): void {
    this.filterValue = normaliseFilter(filter);
    this.revealedUri = undefined;
    this.refresh();
    this.scheduleFilterSearch(0);
  }

  /**
   * The Search Results node as the view shows it, when a search is kept and the node is the
   * first of the view (for the test API): its text, and each lesson's text and click command.
   */
  searchResultsSnapshot(): SearchResultsSnapshot | undefined {
    const first = this.provider.getChildren()[0];
    if (first?.kind !== 'searchResults') return undefined;
    const shown = (node: ViewNode): { label: string; description: string; command?: vscode.Command } => {
      const item = this.provider.getTreeItem(node);
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : '',
        ...(item.command ? { command: item.command } : {}),
      };
    };
    return { ...shown(first), children: this.provider.getChildren(first).map(shown) };
  }

  /** Shows the view with the kept search results open. */
  async revealSearchResults(): Promise<void> {
    const node = this.provider.searchResults;
    if (node) await this.treeView.reveal(node, { select: true, focus: true, expand: true });
  }

  applySettings(settings: ClientSettings): void {
    const turnedOn = settings.revealActiveLesson && !this.settings.revealActiveLesson;
    this.settings = settings;
    if (turnedOn) this.revealActive(true);
  }

  /** Shows the view and selects the lesson's node. Returns false when it is not in the tree (e.g. filtered out). */
  async reveal(uri: string, focus: boolean): Promise<boolean> {
    const node = this.provider.current.lessonNode(uri);
    if (!node) return false;
    await this.treeView.reveal(node, { select: true, focus, expand: true });
    this.revealedUri = uri;
    return true;
  }

  /** Rebuilds the tree from the catalogue and updates everything around it. */
  refresh(): void {
    const tree = this.provider.rebuild();
    const indexing = this.catalogue.partial;
    this.treeView.message = viewMessage({ indexing, filter: this.filterValue, shown: tree.shownCount, total: tree.totalCount });
    this.treeView.description = this.filterValue
      ? `${tree.shownCount} of ${tree.totalCount}`
      : tree.totalCount > 0
        ? plural(tree.totalCount, 'lesson')
        : undefined;
    void setContext(CONTEXT_KEYS.groupBy, this.groupByValue);
    void setContext(CONTEXT_KEYS.filterActive, this.filterValue !== undefined);
    void setContext(CONTEXT_KEYS.lessonCount, tree.totalCount);
    void setContext(CONTEXT_KEYS.indexed, this.catalogue.isLoaded && !indexing);
    this.treeChanged.fire();
    this.revealActive(false);
  }

  /** Selects the active editor's lesson, if the setting allows and the view is showing. */
  private revealActive(force: boolean): void {
    if (!this.settings.revealActiveLesson || !this.treeView.visible) return;
    const uri = activeLessonUri();
    if (!uri || (!force && uri === this.revealedUri)) return;
    const node: LessonNode | undefined = this.provider.current.lessonNode(uri);
    if (!node) return;
    this.revealedUri = uri;
    // Reveal can fail while the view is being laid out; the next change tries again.
    this.treeView.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => {
      this.revealedUri = undefined;
    });
  }

  /** Asks the server which lessons answer the text filter's words (after `delayMs`); a newer ask cancels an older one. */
  private scheduleFilterSearch(delayMs: number): void {
    if (this.filterSearchTimer) clearTimeout(this.filterSearchTimer);
    this.filterSearchTimer = undefined;
    this.filterSearch?.cancel();
    this.filterSearch = undefined;
    if (this.filterValue?.kind !== 'text') return;
    this.filterSearchTimer = setTimeout(() => void this.searchFilter(), delayMs);
  }

  private async searchFilter(): Promise<void> {
    this.filterSearchTimer = undefined;
    const filter = this.filterValue;
    if (filter?.kind !== 'text') return;
    const source = new vscode.CancellationTokenSource();
    this.filterSearch = source;
    const hits = await this.searchFilterHits(filter.text, source.token);
    const cancelled = source.token.isCancellationRequested;
    source.dispose();
    if (this.filterSearch === source) this.filterSearch = undefined;
    // A newer filter, or a newer search for this one, wins over this answer.
    if (!hits || cancelled || !sameFilter(this.filterValue, filter)) return;
    this.filterValue = { kind: 'text', text: filter.text, searchHits: hits };
    this.refresh();
  }

  dispose(): void {
    if (this.filterSearchTimer) clearTimeout(this.filterSearchTimer);
    this.filterSearch?.cancel();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function currentFolders(): { uri: string; name: string }[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ uri: folder.uri.toString(), name: folder.name }));
}

/** The active editor's document uri, when it is a lesson file. */
export function activeLessonUri(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isLessonFileName(document.uri.path) ? document.uri.toString() : undefined;
}

function setContext(key: string, value: unknown): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}
