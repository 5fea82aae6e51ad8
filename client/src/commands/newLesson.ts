import * as vscode from 'vscode';
import { NewLessonLocalitiesRequest, NewLessonRequest, type NewLessonLocality } from '../../../shared/protocol';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { isTreeNode } from './lessonTarget';
import { pickWorkspaceFolder } from './pickWorkspaceFolder';
import { workspaceFileExists } from '../workspaceFileExists';
import { isObject } from '../../../shared/isObject';

/** Longest title accepted; the server checks the same. */
const MAX_TITLE_LENGTH = 300;

/**
 * New Lesson: pick the locality (already known when run on a locality in the tree), type
 * the title, and the lesson is created as `<locality folder>/<next free id>.lesson.yaml`
 * from the template, opened with the cursor on the first placeholder and tab stops through
 * the rest.
 */
export function registerNewLesson(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.newLesson, async (argument?: unknown) => {
    try {
      await newLesson(ctx, argument);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not create the lesson: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * Arguments that answer New Lesson's questions up front, for keybindings, tasks and tests:
 * `{ "locality": "Dorset Care Record", "title": "…" }`, optionally with `folderUri`.
 */
export interface NewLessonArguments {
  locality: string;
  title: string;
  folderUri?: string;
}

function isNewLessonArguments(value: unknown): value is NewLessonArguments {
  return isObject(value) && typeof value.locality === 'string' && typeof value.title === 'string';
}

async function newLesson(ctx: CommandContext, argument: unknown): Promise<void> {
  if (!ctx.client.isRunning()) {
    void vscode.window.showWarningMessage('The Learn Once server is not running yet; try again in a moment.');
    return;
  }
  const given = isNewLessonArguments(argument) ? argument : undefined;
  const fromTree = isTreeNode(argument) && argument.kind !== 'lesson' ? argument : undefined;
  const folder = await pickWorkspaceFolder(given?.folderUri ?? fromTree?.folderUri, {
    whyAFolder: 'new lessons are saved in the workspace',
    placeHolder: 'Which workspace folder is the lesson for?',
  });
  if (!folder) return;

  const { localities } = await ctx.client.sendRequest(NewLessonLocalitiesRequest, { folderUri: folder.uri.toString() });
  const presetName = given?.locality ?? (fromTree && fromTree.kind !== 'folder' ? fromTree.locality : undefined);
  const preset = presetName === undefined ? undefined : localities.find((candidate) => candidate.name.toLowerCase() === presetName.toLowerCase());
  if (given && !preset)
    throw new Error(`'${given.locality}' is not a locality of ${folder.name}; use one of: ${localities.map((candidate) => candidate.name).join(', ')}.`);
  const locality = preset ?? (await pickLocality(localities));
  if (!locality) return;

  if (given) {
    const problem = validateTitle(given.title);
    if (problem) throw new Error(problem);
  }
  const title = given
    ? given.title.trim()
    : await vscode.window.showInputBox({
        title: `New lesson for ${locality.name} (${locality.nextId})`,
        prompt: 'One line that says what was learnt, in words a colleague elsewhere would search for.',
        placeHolder: 'e.g. Data sharing agreement sign-off took nine months across three trusts',
        ignoreFocusOut: true,
        validateInput: validateTitle,
      });
  if (title === undefined) return;

  const created = await ctx.client.sendRequest(NewLessonRequest, { folderUri: folder.uri.toString(), locality: locality.name, title });
  const uri = vscode.Uri.parse(created.uri);
  if (await workspaceFileExists(uri)) throw new Error(`${vscode.workspace.asRelativePath(uri)} already exists.`);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  // The snippet leaves the cursor on the first placeholder with tab stops through the rest.
  const inserted = await editor.insertSnippet(new vscode.SnippetString(created.snippet), new vscode.Position(0, 0));
  if (!inserted) await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), created.text));
  // The Lessons view selects it by itself once the server has indexed it (learnOnce.tree.revealActiveLesson).
  if (!(await editor.document.save())) {
    void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} is open but not saved yet; save it to add it to the catalogue.`);
  }
}

async function pickLocality(localities: NewLessonLocality[]): Promise<NewLessonLocality | undefined> {
  const items = localities.map((locality) => ({
    label: locality.name,
    description: `${locality.prefix} · next id ${locality.nextId}`,
    detail: `Saved in ${locality.folder}/`,
    locality,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New lesson: which locality learnt it?',
    placeHolder: 'Pick the local shared care record',
    matchOnDescription: true,
  });
  return picked?.locality;
}

export function validateTitle(value: string): string | undefined {
  const title = value.trim();
  if (!title) return 'A lesson needs a title.';
  if (title.length > MAX_TITLE_LENGTH) return `Keep the title under ${MAX_TITLE_LENGTH} characters; the answers hold the detail.`;
  return undefined;
}
