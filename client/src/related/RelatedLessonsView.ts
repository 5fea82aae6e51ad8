import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { SimilarLessonMatch, SimilarLessonsParams } from '../../../shared/protocol';
import type { LessonCatalogue } from '../catalogue/LessonCatalogue';
import { COMMANDS, CONTEXT_KEYS, RELATED_VIEW_ID } from '../commands/commandIds';
import { withoutIcons } from '../search/passageText';
import { lookUpSimilarLessons } from '../similarLessons';
import { activeLessonUri } from '../tree/LessonsView';
import { stageIcon, stageLabel } from '../tree/stageIcons';
import { linkedLessonIds } from './linkedLessonIds';
import { scoreBar } from './scoreBar';

/** How many related lessons are listed. */
const MOST_LISTED = 5;
/** Wait this long after a keystroke before ranking again: the server re-indexes the edit first. */
const TYPING_DELAY_MS = 400;
/** Switching editors or a change elsewhere in the catalogue waits less. */
const SWITCH_DELAY_MS = 100;

/** One related lesson as the view shows it. */
export interface RelatedLesson {
  match: SimilarLessonMatch;
  /** The active lesson already names it in `related` or `adoption`. */
  linked: boolean;
}

/** What the view shows, for the test API: the lesson it follows and each row's text. */
export interface RelatedLessonsSnapshot {
  lessonUri?: string;
  message?: string;
  items: { label: string; description: string; linked: boolean; uri: string }[];
}

interface Shown {
  uri: string;
  lessons: RelatedLesson[];
  partial: boolean;
  reason?: string;
}

/**
 * The Related Lessons view: the five lessons most like the one in the active editor, each
 * with a score bar, the ones it already links to marked. It follows the active editor and
 * what is typed into it (debounced), and only asks the server while the view is showing.
 */
export class RelatedLessonsView implements vscode.TreeDataProvider<RelatedLesson>, vscode.Disposable {
  readonly treeView: vscode.TreeView<RelatedLesson>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after the view shows a new answer (for the test API). */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [];
  private shown: Shown | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When the pending update runs (Date.now() time). */
  private due = 0;
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly catalogue: LessonCatalogue,
  ) {
    this.treeView = vscode.window.createTreeView(RELATED_VIEW_ID, { treeDataProvider: this });
    this.disposables.push(
      this.treeView,
      this.changed,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(SWITCH_DELAY_MS)),
      vscode.workspace.onDidChangeTextDocument(
        (event) => event.document.uri.toString() === activeLessonUri() && event.contentChanges.length > 0 && this.schedule(TYPING_DELAY_MS),
      ),
      // Another lesson edited, added or removed may change the ranking.
      catalogue.onDidChange(() => this.schedule(SWITCH_DELAY_MS)),
      this.treeView.onDidChangeVisibility((event) => event.visible && this.schedule(0)),
    );
    this.schedule(0);
  }

  getChildren(element?: RelatedLesson): RelatedLesson[] {
    if (element) return [];
    const uri = activeLessonUri();
    return uri && this.shown?.uri === uri ? this.shown.lessons : [];
  }

  getTreeItem(related: RelatedLesson): vscode.TreeItem {
    const { match, linked } = related;
    const item = new vscode.TreeItem(withoutIcons(match.title?.trim() || match.id || match.uri), vscode.TreeItemCollapsibleState.None);
    item.id = match.uri;
    item.description = [scoreBar(match.score), match.id, linked ? 'linked' : undefined].filter((part): part is string => !!part).join(' · ');
    item.iconPath = new vscode.ThemeIcon(linked ? 'link' : stageIcon(match.stage));
    item.contextValue = 'relatedLesson';
    item.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [match.uri, match.range] };
    const facts = [match.id, match.locality, stageLabel(match.stage)].filter((part): part is string => !!part).join(' · ');
    const why = linked
      ? 'This lesson already names it in related or adoption.'
      : match.aboveThreshold
        ? 'Similar enough to be hinted: it may be the same lesson. Consider adopting it or marking it as related.'
        : 'Related by its words; not similar enough to be hinted.';
    item.tooltip = `${match.title ?? match.uri}\n${facts}\n${Math.round(match.score * 100)}% similar. ${why}`;
    item.accessibilityInformation = {
      label: `${match.title ?? match.id ?? 'lesson'}, ${Math.round(match.score * 100)} percent similar${linked ? ', linked' : ''}`,
    };
    return item;
  }

  snapshot(): RelatedLessonsSnapshot {
    const uri = activeLessonUri();
    const message = typeof this.treeView.message === 'string' ? this.treeView.message : undefined;
    const items = this.getChildren().map((related) => {
      const item = this.getTreeItem(related);
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : '',
        linked: related.linked,
        uri: related.match.uri,
      };
    });
    return { ...(uri ? { lessonUri: uri } : {}), ...(message ? { message } : {}), items };
  }

  /**
   * Updates after `delayMs`, or later if an update is already due later: the catalogue's change
   * that follows each keystroke must not cut short the wait for the typing to pause.
   */
  private schedule(delayMs: number): void {
    const due = Math.max(Date.now() + delayMs, this.timer ? this.due : 0);
    if (this.timer) clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => void this.update(), due - Date.now());
  }

  private async update(): Promise<void> {
    this.timer = undefined;
    const uri = activeLessonUri();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.lessonActive, uri !== undefined);
    const generation = ++this.generation;
    if (!uri) {
      this.show(undefined);
      return;
    }
    // Hidden: nothing is asked until the view is shown again.
    if (!this.treeView.visible) return;
    const document = vscode.window.activeTextEditor?.document;
    // The server holds open documents' unsaved text, so a saved file's uri is enough; a lesson
    // that is not a file (not in its index) is sent as text.
    const params: SimilarLessonsParams =
      document && document.uri.scheme !== 'file' ? { text: document.getText(), top: MOST_LISTED } : { uri, top: MOST_LISTED };
    const [found, linked] = await Promise.all([lookUpSimilarLessons(this.client, params), linkedLessonIds(vscode.Uri.parse(uri))]);
    // A newer update, or another editor, wins over this answer.
    if (generation !== this.generation || activeLessonUri() !== uri) return;
    this.show(
      found.ok
        ? {
            uri,
            partial: found.partial,
            lessons: found.matches.slice(0, MOST_LISTED).map((match) => ({ match, linked: !!match.id && linked.has(match.id.toUpperCase()) })),
          }
        : { uri, partial: false, lessons: [], reason: found.reason },
    );
  }

  private show(shown: Shown | undefined): void {
    this.shown = shown;
    this.treeView.message = shown ? viewMessage(shown) : undefined;
    // Which lesson the list is for, by its id.
    this.treeView.description = shown ? this.catalogue.get(shown.uri)?.id : undefined;
    this.changed.fire();
    this.updated.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function viewMessage(shown: Shown): string | undefined {
  if (shown.reason) return `Related lessons could not be looked up: ${shown.reason}`;
  if (shown.lessons.length === 0) return shown.partial ? 'No related lessons yet; lessons are still being indexed.' : 'No other lesson is related to this one.';
  return shown.partial ? 'Lessons are still being indexed: more may be related.' : undefined;
}
