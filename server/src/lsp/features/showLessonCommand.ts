import { ErrorCodes, ResponseError, type ServerCapabilities } from 'vscode-languageserver';
import type { FeatureRegistration } from '../lessonServer';
import { SHOW_LESSON_COMMAND } from './codeActions/similarLessonFixes';

/**
 * `workspace/executeCommand` for the server's own commands. "Open <id>" asks the editor,
 * through `window/showDocument`, to show the other lesson at its title, so it works in any
 * editor that supports showDocument.
 */
export const registerServerCommands: FeatureRegistration = (ctx) => {
  ctx.connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_LESSON_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
    const [uri] = params.arguments ?? [];
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${SHOW_LESSON_COMMAND} needs the uri of a lesson.`);
    const facts = ctx.workspace.index.get(uri)?.facts;
    const selection = facts?.titleRange ?? facts?.headRange;
    if (!ctx.capabilities().window?.showDocument?.support) {
      throw new ResponseError(ErrorCodes.InvalidRequest, `This editor cannot be asked to open a document; open ${uri} yourself.`);
    }
    await ctx.connection.window.showDocument({ uri, takeFocus: true, selection });
    return null;
  });
  const capabilities: ServerCapabilities = { executeCommandProvider: { commands: [SHOW_LESSON_COMMAND] } };
  return capabilities;
};
