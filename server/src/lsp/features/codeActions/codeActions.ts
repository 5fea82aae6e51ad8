import { CodeActionKind, type CodeAction, type ServerCapabilities } from 'vscode-languageserver';
import { isLessonFileName } from '../../../engine/workspace/lessonFiles';
import type { FeatureRegistration } from '../../lessonServer';
import { DIAGNOSTIC_SOURCE } from '../toLspDiagnostic';
import { FIX_PROVIDERS } from './fixProviders';

/** True when an action's kind is the asked-for kind or falls under it (`quickfix` under `quickfix`, `refactor.x` under `refactor`). */
function isOfKind(kind: string | undefined, asked: string): boolean {
  if (asked === CodeActionKind.Empty) return true;
  return kind !== undefined && (kind === asked || kind.startsWith(`${asked}.`));
}

/** Code actions for open lessons, gathered from every fix provider. */
export const registerCodeActions: FeatureRegistration = (ctx) => {
  ctx.connection.onCodeAction(async (params): Promise<CodeAction[] | null> => {
    const { uri } = params.textDocument;
    if (!isLessonFileName(uri)) return null;
    // Fixes edit the text the user sees, so they are only offered for open documents.
    const document = ctx.analysedOpen(uri);
    if (!document) return null;
    const diagnostics = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    const request = { ctx, document, diagnostics, range: params.range };
    const actions: CodeAction[] = [];
    for (const provider of FIX_PROVIDERS) {
      try {
        actions.push(...(await provider(request)));
      } catch (error) {
        ctx.connection.console.error(`A quick fix provider failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    const only = params.context.only;
    return only ? actions.filter((action) => only.some((kind) => isOfKind(action.kind, kind))) : actions;
  });
  const capabilities: ServerCapabilities = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };
  return capabilities;
};
