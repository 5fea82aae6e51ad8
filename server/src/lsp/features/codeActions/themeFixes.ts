import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { NEW_THEME_TITLE_RANGE, newThemePath, newThemeText, nextFreeThemeId } from '../../../engine/themes/newTheme';
import { addLessonsToThemeEdits } from '../../../engine/themes/themeEdits';
import type { ThemeEntry } from '../../../engine/themes/ThemeIndex';
import type { ServerContext } from '../../serverContext';
import { analysedTheme } from '../themes/themeDocument';
import type { FixProvider } from './fixProvider';
import { hintMatches, SHOW_LESSON_COMMAND } from './similarLessonFixes';
import { toWorkspaceEdit } from './workspaceEdits';

/**
 * "Add both to a theme…" on a similar-lesson hint: collating the two lessons is the other
 * answer to a near-duplicate, besides reusing one or linking them. One action per existing
 * theme that does not name both yet (appending what it lacks to its `lessons`), and one
 * that creates a new theme with the next free id beside the workspace's other themes.
 */
export const themeFixes: FixProvider = async (request) => {
  const { ctx, document } = request;
  const ownId = document.analysis.facts.id;
  if (!ownId) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of request.diagnostics) {
    if (diagnostic.code !== 'similar-lesson') continue;
    const matches = hintMatches(diagnostic).filter((match): match is typeof match & { id: string } => typeof match.id === 'string' && match.id !== ownId);
    for (const match of matches) {
      // With several lessons in the hint, "both" needs saying which other one.
      const both = matches.length === 1 ? 'both' : `both (with ${match.id})`;
      const ids = [ownId, match.id];
      for (const theme of themesByTitle(ctx)) {
        const action = await addToThemeAction(ctx, theme, ids, `Add ${both} to theme ${themeName(theme)}`, diagnostic);
        if (action) actions.push(action);
      }
      const created = newThemeAction(ctx, document.uri, ids, `Add ${both} to a new theme`, diagnostic);
      if (created) actions.push(created);
    }
  }
  return actions;
};

function themesByTitle(ctx: ServerContext): ThemeEntry[] {
  return [...ctx.workspace.themes.all()].sort((a, b) => themeName(a).localeCompare(themeName(b)) || (a.uri < b.uri ? -1 : 1));
}

function themeName(theme: ThemeEntry): string {
  return theme.facts.title?.trim() || theme.facts.id || path.basename(URI.parse(theme.uri).fsPath);
}

/** Appends the ids the theme lacks, computed on the theme as the editor has it; none when it names both already. */
async function addToThemeAction(
  ctx: ServerContext,
  theme: ThemeEntry,
  ids: readonly string[],
  title: string,
  diagnostic: Diagnostic,
): Promise<CodeAction | undefined> {
  if (ids.every((id) => theme.facts.lessons.some((reference) => reference.id === id))) return undefined;
  const current = await analysedTheme(ctx, theme.uri);
  if (!current) return undefined;
  const edits = addLessonsToThemeEdits(current.analysis.parsed, ids);
  if (edits.length === 0) return undefined;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(ctx, [{ uri: theme.uri, version: current.version, edits }]) };
}

/**
 * Creates `<themes folder>/<next id>.theme.yaml` naming both lessons, then opens it at its
 * placeholders. Needs an editor that can create files in an edit, and a workspace folder to put it in.
 */
function newThemeAction(ctx: ServerContext, lessonUri: string, ids: readonly string[], title: string, diagnostic: Diagnostic): CodeAction | undefined {
  const workspaceEdit = ctx.capabilities().workspace?.workspaceEdit;
  if (!workspaceEdit?.documentChanges || !workspaceEdit.resourceOperations?.includes('create')) return undefined;
  const folder = ctx.workspace.folderOf(URI.parse(lessonUri).fsPath);
  if (!folder) return undefined;
  const id = nextFreeThemeId(ctx.workspace.themes.ids());
  const existing = ctx.workspace.themes.uris().map((uri) => URI.parse(uri).fsPath);
  const file = newThemePath(folder, existing, id);
  // A file by that name the index does not hold (an excluded folder, say) is never overwritten.
  if (existsSync(file)) return undefined;
  const uri = URI.file(file).toString();
  const text = newThemeText({ id, lessons: ids });
  const start = { line: 0, character: 0 };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      documentChanges: [
        CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }),
        TextDocumentEdit.create({ uri, version: null }, [{ range: { start, end: start }, newText: text }]),
      ],
    },
    // Shown once created, so the title and summary get written.
    command: { title: 'Open the new theme', command: SHOW_LESSON_COMMAND, arguments: [uri, NEW_THEME_TITLE_RANGE] },
  };
}
