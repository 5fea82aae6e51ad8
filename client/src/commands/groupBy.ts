import * as vscode from 'vscode';
import type { GroupBy } from '../tree/lessonTreeModel';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';

/**
 * Group By: locality → stage, stage → locality, theme → lesson or topic → lesson. The view
 * title shows the one toggle that switches between locality and stage, and Group By Theme and
 * Group By Topic in its menu; the palette command asks.
 */
export function registerGroupBy(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.groupByStage, () => ctx.view.setGroupBy('stage')),
    vscode.commands.registerCommand(COMMANDS.groupByLocality, () => ctx.view.setGroupBy('locality')),
    vscode.commands.registerCommand(COMMANDS.groupByTheme, () => ctx.view.setGroupBy('theme')),
    vscode.commands.registerCommand(COMMANDS.groupByTopic, () => ctx.view.setGroupBy('topic')),
    vscode.commands.registerCommand(COMMANDS.groupBy, async () => {
      const choices: (vscode.QuickPickItem & { value: GroupBy })[] = [
        { label: '$(location) Locality, then stage', description: 'what each locality has learnt, by lifecycle stage', value: 'locality' },
        { label: '$(list-tree) Stage, then locality', description: 'what is captured, curated… across localities', value: 'stage' },
        { label: '$(tag) Theme', description: 'the lessons each theme (*.theme.yaml) collates, then those in none', value: 'theme' },
        { label: '$(symbol-keyword) Topic', description: 'the lessons on each topic, a lesson under each of its topics', value: 'topic' },
      ];
      const current = choices.find((choice) => choice.value === ctx.view.groupBy);
      if (current) current.detail = 'Current grouping';
      const picked = await vscode.window.showQuickPick(choices, { title: 'Group the Lessons view by' });
      if (picked) await ctx.view.setGroupBy(picked.value);
    }),
  ];
}
