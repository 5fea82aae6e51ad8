import { CodeActionKind, type CodeAction, type ServerCapabilities } from 'vscode-languageserver';
import { isLessonFileName, isThemeFileName } from '../../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../../lessonServer';
import { DIAGNOSTIC_SOURCE } from '../toLspDiagnostic';
import { FIX_PROVIDERS } from './fixProviders';
import { themeReferenceFixes } from './referenceFixes';

/** True when an action's kind is the asked-for kind or falls under it (`quickfix` under `quickfix`, `refactor.x` under `refactor`). */
function isOfKind(kind: string | undefined, asked: string): boolean {
  if (asked === CodeActionKind.Empty) return true;
  return kind !== undefined && (kind === asked || kind.startsWith(`${asked}.`));
}

/** Code actions for open lessons, gathered from every fix provider, and for open themes. */
export const registerCodeActions: FeatureRegistration = (ctx) => {
  ctx.connection.onCodeAction(async (params): Promise<CodeAction[] | null> => {
    const { uri } = params.textDocument;
    const diagnostics = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    const only = params.context.only;
    const ofKind = (actions: CodeAction[]): CodeAction[] => (only ? actions.filter((action) => only.some((kind) => isOfKind(action.kind, kind))) : actions);
    if (isThemeFileName(uri)) return ofKind(await themeReferenceFixes(ctx, uri, diagnostics));
    if (!isLessonFileName(uri)) return null;
    // Fixes edit the text the user sees, so they are only offered for open documents.
    const document = ctx.analysedOpen(uri);
    if (!document) return null;
    const request = { ctx, document, diagnostics, range: params.range };
    const actions: CodeAction[] = [];
    for (const provider of FIX_PROVIDERS) {
      try {
        actions.push(...(await provider(request)));
      } catch (error) {
        ctx.connection.console.error(`A quick fix provider failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    return ofKind(actions);
  });
  const capabilities: ServerCapabilities = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };
  return capabilities;
};
