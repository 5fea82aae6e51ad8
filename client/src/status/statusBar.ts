import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { STAGES } from '../../../shared/stages';
import type { LessonCatalogue } from '../catalogue/LessonCatalogue';
import { COMMANDS } from '../commands/commandIds';
import type { ClientSettings } from '../settings';
import { lookUpSimilarLessons } from '../similarLessons';
import { activeLessonUri } from '../tree/LessonsView';
import { stageIcon, stageLabel } from '../tree/stageIcons';
import type { StatusMenuState } from './statusMenuEntries';

/** Wait this long after the last change before asking for the similar-lesson count again. */
const SIMILAR_COUNT_DELAY_MS = 300;
/** Most matches counted; past it the item says "20+". */
const MOST_COUNTED = 20;

/**
 * While a lesson is the active editor: its stage and how many similar lessons exist, and
 * clicking opens the Learn Once menu (Find Similar Lessons first). While the server scans, it says so.
 */
export class LessonStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('learnOnce.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private similar: { uri: string; count?: number; reason?: string } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private visible = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly catalogue: LessonCatalogue,
    private settings: ClientSettings,
  ) {
    this.item.name = 'Learn Once';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.activeChanged()),
      catalogue.onDidChange((change) => {
        const uri = activeLessonUri();
        if (uri && (!change.uris || change.uris.includes(uri))) this.scheduleCount(uri);
        this.render();
      }),
    );
    this.activeChanged();
  }

  /** The item's text as shown, or undefined when hidden (for the test API). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The command the item runs when clicked, or undefined (for the test API). */
  get command(): string | undefined {
    const command = this.item.command;
    return this.visible ? (typeof command === 'string' ? command : command?.command) : undefined;
  }

  /** What the menu needs to know about the active lesson. */
  menuState(): StatusMenuState {
    const uri = activeLessonUri();
    const lesson = uri ? this.catalogue.get(uri) : undefined;
    const similar = this.similar?.uri === uri ? this.similar : undefined;
    return { lessonId: lesson?.id, similarCount: similar?.count, lastStage: lesson?.stage === STAGES[STAGES.length - 1] };
  }

  applySettings(settings: ClientSettings): void {
    this.settings = settings;
    this.activeChanged();
  }

  private activeChanged(): void {
    const uri = activeLessonUri();
    if (this.similar?.uri !== uri) this.similar = undefined;
    if (uri) this.scheduleCount(uri);
    this.render();
  }

  private scheduleCount(uri: string): void {
    if (!this.settings.statusBarEnabled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.count(uri), SIMILAR_COUNT_DELAY_MS);
  }

  private async count(uri: string): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const found = await lookUpSimilarLessons(this.client, { uri, top: MOST_COUNTED });
    // A newer lookup or another editor wins over this answer.
    if (generation !== this.generation || activeLessonUri() !== uri) return;
    this.similar = found.ok ? { uri, count: found.matches.filter((match) => match.aboveThreshold).length } : { uri, reason: found.reason };
    this.render();
  }

  private render(): void {
    const uri = activeLessonUri();
    if (!this.settings.statusBarEnabled || (!uri && !this.catalogue.partial)) {
      this.hide();
      return;
    }
    if (this.catalogue.partial && this.client.isRunning()) {
      this.item.text = '$(sync~spin) Indexing lessons';
      this.item.tooltip = `Learn Once is reading the workspace's lessons (${this.catalogue.size} so far).`;
      this.item.command = undefined;
      this.show();
      return;
    }
    if (!uri) {
      this.hide();
      return;
    }
    const lesson = this.catalogue.get(uri);
    if (!lesson) {
      // Not in the index (yet): a new file, a file outside the folders, or the server is down.
      this.item.text = '$(book) Lesson';
      this.item.tooltip = this.client.isRunning() ? 'Learn Once has not indexed this lesson yet.' : 'The Learn Once server is not running.';
      this.item.command = undefined;
      this.show();
      return;
    }
    const similar = this.similar?.uri === uri ? this.similar : undefined;
    const count = similar?.count;
    const countText = count === undefined ? '' : count === 0 ? ' · no similar' : ` · ${count >= MOST_COUNTED ? `${MOST_COUNTED}+` : count} similar`;
    this.item.text = `$(${stageIcon(lesson.stage)}) ${stageLabel(lesson.stage)}${countText}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Learn Once** · ${lesson.id ?? 'this lesson'}: ${lesson.stage ? `stage *${lesson.stage}*` : 'no valid stage'}.\n\n`);
    if (count !== undefined)
      tooltip.appendMarkdown(
        count === 0
          ? 'No similar lessons found in other files.'
          : `${count >= MOST_COUNTED ? `${MOST_COUNTED} or more` : count} similar lesson${count === 1 ? '' : 's'} elsewhere.`,
      );
    else if (similar?.reason) tooltip.appendText(`Similar lessons could not be looked up: ${similar.reason}`);
    tooltip.appendMarkdown('\n\nClick for Find Similar Lessons, Search Lessons by Problem and more.');
    this.item.tooltip = tooltip;
    this.item.command = { command: COMMANDS.statusMenu, title: 'Learn Once Menu' };
    this.show();
  }

  private show(): void {
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
