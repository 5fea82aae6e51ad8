import * as vscode from 'vscode';
import type { SearchLessonHit, SearchLessonsParams } from '../../../shared/protocol';
import type { KeptSearch } from './KeptSearchResults';
import { searchPickItems, type SearchItem } from './searchPickItems';
import type { SearchLookup } from './searchRequest';

/** Wait this long after the last keystroke before searching. */
export const SEARCH_DELAY_MS = 250;
/** Most lessons listed for one query. */
const MOST_LISTED = 30;

export const SEARCH_TITLE = 'Search Lessons by Problem';
export const SEARCH_PLACEHOLDER = 'Describe the problem in your own words, e.g. GPs worried about their legal duty when sharing records';
export const KEEP_BUTTON_TOOLTIP = 'Keep results in the Lessons view';

export interface LessonSearchPickDeps {
  search(params: SearchLessonsParams, token: vscode.CancellationToken): Promise<SearchLookup>;
  /** Keeps the results in the Lessons view and shows them there. */
  keep(search: KeptSearch): Promise<void>;
  open(hit: SearchLessonHit): Promise<void>;
}

/**
 * The search quick pick: results follow what is typed, a moment after the last keystroke.
 * Each keystroke cancels the search under way, and an answer to an older query is never
 * shown over a newer one. Enter opens the lesson at its matched passage; the pin button
 * keeps the results in the Lessons view.
 */
export class LessonSearchPick implements vscode.Disposable {
  readonly pick = vscode.window.createQuickPick<SearchItem>();
  private readonly keepButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('pin'), tooltip: KEEP_BUTTON_TOOLTIP };
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  /** The query last searched for (or about to be): typing the same words again does not search again. */
  private query = '';
  /** The answer on screen and the query it is for. */
  private shown: { query: string; lookup: SearchLookup } | undefined;
  private readonly answered = new vscode.EventEmitter<string>();
  /** Fires with the query once its answer is on screen (for the test API). */
  readonly onDidShowAnswer = this.answered.event;
  private readonly hidden = new vscode.EventEmitter<void>();
  readonly onDidHide = this.hidden.event;
  private disposed = false;

  constructor(private readonly deps: LessonSearchPickDeps) {
    const { pick } = this;
    pick.title = SEARCH_TITLE;
    pick.placeholder = SEARCH_PLACEHOLDER;
    pick.buttons = [this.keepButton];
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    this.disposables.push(
      pick.onDidChangeValue((value) => this.setQuery(value)),
      pick.onDidAccept(() => void this.accept()),
      pick.onDidTriggerButton((button) => button === this.keepButton && void this.keepShown()),
      pick.onDidHide(() => this.dispose()),
    );
  }

  show(): void {
    this.pick.show();
  }

  /** Types `value` as a person would (for the test API): the pick's text and its search follow. */
  type(value: string): void {
    this.pick.value = value;
    this.setQuery(value);
  }

  /** Searches for what is typed after the delay, cancelling the search for what was typed before. */
  setQuery(value: string): void {
    const query = value.trim();
    if (query === this.query) return;
    this.query = query;
    this.cancelPending();
    if (!query) {
      // Nothing typed: the placeholder says what to do.
      this.shown = undefined;
      this.pick.items = [];
      this.pick.busy = false;
      this.pick.title = SEARCH_TITLE;
      return;
    }
    this.pick.busy = true;
    this.timer = setTimeout(() => void this.search(query), SEARCH_DELAY_MS);
  }

  /** The results on screen, when there are lessons among them. */
  get shownResults(): KeptSearch | undefined {
    const shown = this.shown;
    if (!shown?.lookup.ok || shown.lookup.hits.length === 0) return undefined;
    return { query: shown.query, hits: shown.lookup.hits, partial: shown.lookup.partial };
  }

  /** Keeps the results on screen in the Lessons view (the pin button). */
  async keepShown(): Promise<void> {
    const results = this.shownResults;
    if (!results) {
      void vscode.window.showInformationMessage('There are no results to keep yet: describe the problem and wait for lessons to be listed.');
      return;
    }
    this.pick.hide();
    await this.deps.keep(results);
  }

  private async search(query: string): Promise<void> {
    this.timer = undefined;
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    const lookup = await this.deps.search({ query, top: MOST_LISTED }, source.token);
    const stale = source.token.isCancellationRequested || query !== this.query;
    if (this.running === source) this.running = undefined;
    source.dispose();
    if (stale || this.disposed) return;
    this.shown = { query, lookup };
    this.pick.items = searchPickItems(query, lookup);
    this.pick.title = lookup.ok && lookup.partial ? `${SEARCH_TITLE} (still indexing)` : SEARCH_TITLE;
    this.pick.busy = false;
    this.answered.fire(query);
  }

  private async accept(): Promise<void> {
    const hit = (this.pick.selectedItems[0] ?? this.pick.activeItems[0])?.hit;
    // A notice or a message is not a lesson: Enter on it leaves the pick open.
    if (!hit) return;
    this.pick.hide();
    await this.deps.open(hit);
  }

  private cancelPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.running?.cancel();
    this.running = undefined;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cancelPending();
    this.hidden.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.answered.dispose();
    this.hidden.dispose();
    this.pick.dispose();
  }
}
