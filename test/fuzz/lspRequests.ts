import { ResponseError, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, Position } from 'vscode-languageserver-protocol';

/** The requests an editor makes on an open lesson, at a cursor position. */
export const POSITION_REQUESTS = [
  'textDocument/completion',
  'textDocument/hover',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/prepareRename',
  'textDocument/documentSymbol',
  'textDocument/codeAction',
  'learnOnce/similarLessons',
] as const;

export type PositionRequest = (typeof POSITION_REQUESTS)[number];

/** The parameters an editor sends for a request on a document at a position. */
export function paramsFor(method: PositionRequest, uri: string, position: Position, diagnostics: Diagnostic[] = []): object {
  switch (method) {
    case 'textDocument/references':
      return { textDocument: { uri }, position, context: { includeDeclaration: true } };
    case 'textDocument/documentSymbol':
      return { textDocument: { uri } };
    case 'textDocument/codeAction':
      return { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } };
    case 'learnOnce/similarLessons':
      return { uri };
    default:
      return { textDocument: { uri }, position };
  }
}

/**
 * Sends a request and settles with its answer, or with the ResponseError the server gave
 * (an unsupported method, invalid parameters, a document that is gone). Anything else,
 * such as the connection closing, is a real failure and rejects.
 */
export async function answerOrResponseError<T>(connection: ProtocolConnection, method: string, params: object): Promise<T | ResponseError<unknown>> {
  try {
    return await connection.sendRequest<T>(method, params);
  } catch (error) {
    if (error instanceof ResponseError) return error;
    throw error;
  }
}

/** Code actions with their edits: resolves the ones the server sends without an edit. */
export async function resolvedCodeActions(connection: ProtocolConnection, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const actions = await answerOrResponseError<(CodeAction | { command: string })[] | null>(connection, 'textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics },
  });
  if (actions instanceof ResponseError || !actions) return [];
  const resolved: CodeAction[] = [];
  for (const action of actions) {
    if (!('title' in action) || typeof action.title !== 'string') continue;
    const codeAction = action as CodeAction;
    if (codeAction.edit || codeAction.data === undefined) {
      resolved.push(codeAction);
      continue;
    }
    const answer = await answerOrResponseError<CodeAction>(connection, 'codeAction/resolve', codeAction);
    if (!(answer instanceof ResponseError)) resolved.push(answer);
  }
  return resolved;
}
