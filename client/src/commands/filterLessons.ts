import * as vscode from 'vscode';
import type { LessonFilter } from '../tree/lessonFilter';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';

type FilterItem = vscode.QuickPickItem & { filter: LessonFilter };

/** Filter: narrows the Lessons view to words typed or one topic; Clear Filter shows everything again. */
export function registerFilterLessons(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.filter, async () => {
      const filter = await pickFilter(ctx);
      if (filter) ctx.view.setFilter(filter);
    }),
    vscode.commands.registerCommand(COMMANDS.clearFilter, () => ctx.view.setFilter(undefined)),
  ];
}

function pickFilter(ctx: CommandContext): Promise<LessonFilter | undefined> {
  const topicItems: FilterItem[] = ctx.catalogue.topics().map(({ topic, count }) => ({
    label: `$(tag) ${topic}`,
    description: `${count} lesson${count === 1 ? '' : 's'}`,
    filter: { kind: 'topic', topic },
  }));
  const pick = vscode.window.createQuickPick<FilterItem>();
  pick.title = 'Filter lessons';
  pick.placeholder = 'Type words to look for in lessons, or pick a topic';
  const current = ctx.view.filter;
  if (current?.kind === 'text') pick.value = current.text;
  const textItem = (text: string): FilterItem => ({
    label: `$(search) Lessons containing '${text}'`,
    description: 'in the id, title, topics or answers',
    filter: { kind: 'text', text },
    alwaysShow: true,
  });
  const update = (): void => {
    const text = pick.value.trim();
    pick.items = text ? [textItem(text), ...topicItems] : topicItems;
  };
  update();
  return new Promise((resolve) => {
    let result: LessonFilter | undefined;
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      result = pick.selectedItems[0]?.filter ?? (pick.value.trim() ? { kind: 'text', text: pick.value.trim() } : undefined);
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}
