import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { lessonReferenceFix, themeReferenceFix } from '../../../engine/edits/referenceFixes';
import type { ServerContext } from '../../serverContext';
import { analysedTheme } from '../themes/themeDocument';
import { documentQuickFix, quickFix, type FixProvider } from './fixProvider';

/**
 * "Change to '<id>'" on an `unknown-reference` in a lesson: the id a lesson's
 * `adoption.lesson` or `related` names, when no lesson has it, to the nearest id one has.
 */
export const referenceFixes: FixProvider = (request) => {
  const { ctx, document } = request;
  const actions: CodeAction[] = [];
  let knownIds: readonly string[] | undefined;
  for (const diagnostic of request.diagnostics) {
    if (diagnostic.code !== 'unknown-reference') continue;
    knownIds ??= ctx.workspace.index.ids();
    const fix = lessonReferenceFix(document.analysis, diagnostic.range, knownIds);
    if (fix) actions.push(quickFix(request, fix.title, fix.edits, [diagnostic], fix.preferred));
  }
  return actions;
};

/** The same fix in an open theme's `lessons`, for its Learn Once diagnostics. */
export async function themeReferenceFixes(ctx: ServerContext, uri: string, diagnostics: readonly Diagnostic[]): Promise<CodeAction[]> {
  const wanted = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-reference');
  // Fixes edit the text the user sees, so they are only offered for an open theme.
  if (wanted.length === 0 || !ctx.documents.get(uri)) return [];
  const theme = await analysedTheme(ctx, uri);
  if (!theme) return [];
  const knownIds = ctx.workspace.index.ids();
  const actions: CodeAction[] = [];
  for (const diagnostic of wanted) {
    const fix = themeReferenceFix(theme.analysis, diagnostic.range, knownIds);
    if (fix) actions.push(documentQuickFix(ctx, theme, fix.title, fix.edits, [diagnostic], fix.preferred));
  }
  return actions;
}
