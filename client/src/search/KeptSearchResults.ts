import * as vscode from 'vscode';
import type { SearchLessonHit } from '../../../shared/protocol';
import { CONTEXT_KEYS } from '../commands/commandIds';

/** One search a person chose to keep: what they typed and the lessons it found, best first. */
export interface KeptSearch {
  query: string;
  hits: readonly SearchLessonHit[];
  /** The index was still being built: more lessons may match now. */
  partial: boolean;
}

/**
 * The search results kept at the top of the Lessons view (one search at a time; keeping
 * another replaces it), and the context key that shows Clear Search Results.
 */
export class KeptSearchResults implements vscode.Disposable {
  private keptValue: KeptSearch | undefined;
  private readonly changed = new vscode.EventEmitter<KeptSearch | undefined>();
  readonly onDidChange = this.changed.event;

  get current(): KeptSearch | undefined {
    return this.keptValue;
  }

  keep(search: KeptSearch): void {
    this.set({ query: search.query, hits: [...search.hits], partial: search.partial });
  }

  clear(): void {
    if (this.keptValue) this.set(undefined);
  }

  private set(value: KeptSearch | undefined): void {
    this.keptValue = value;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.searchResultsKept, value !== undefined);
    this.changed.fire(value);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
