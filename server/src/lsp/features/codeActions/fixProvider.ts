import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { PlainTextEdit } from '../../../engine/edits/plainTextEdit';
import type { AnalysedDocument, ServerContext } from '../../serverContext';
import { toWorkspaceEdit } from './workspaceEdits';

/** What a fix provider is asked: the open lesson at its current version and Learn Once's diagnostics in the range. */
export interface FixRequest {
  ctx: ServerContext;
  document: AnalysedDocument;
  /** The client's Learn Once diagnostics that touch the range, with their `data`. */
  diagnostics: Diagnostic[];
  range: Range;
}

/**
 * One source of code actions, e.g. the fixes for the engine's rules or for similar-lesson
 * hints. Providers are independent: each looks at the diagnostics it knows and ignores the rest.
 */
export type FixProvider = (request: FixRequest) => CodeAction[] | Promise<CodeAction[]>;

/** A quick fix that edits the lesson at the version it was computed on. */
export function quickFix(request: FixRequest, title: string, edits: PlainTextEdit[], diagnostics: Diagnostic[], preferred = false): CodeAction {
  return documentQuickFix(request.ctx, request.document, title, edits, diagnostics, preferred);
}

/** A quick fix that edits one document (a lesson or a theme) at the version it was computed on. */
export function documentQuickFix(
  ctx: ServerContext,
  document: { uri: string; version: number | undefined },
  title: string,
  edits: PlainTextEdit[],
  diagnostics: Diagnostic[],
  preferred = false,
): CodeAction {
  const action: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: toWorkspaceEdit(ctx, [{ uri: document.uri, version: document.version, edits }]),
  };
  if (preferred) action.isPreferred = true;
  return action;
}
