import { ErrorCodes, ResponseError, type Position, type Range, type ServerCapabilities } from 'vscode-languageserver';
import { isObject } from '../../../../shared/isObject';
import type { FeatureRegistration } from '../lessonServer';
import { SHOW_LESSON_COMMAND } from './codeActions/similarLessonFixes';

/**
 * `workspace/executeCommand` for the server's own commands. "Open <id>" asks the editor,
 * through `window/showDocument`, to show the other lesson at its title, so it works in any
 * editor that supports showDocument. A range given after the uri is selected instead (a new
 * theme's title placeholder, before the index has read the file).
 */
export const registerServerCommands: FeatureRegistration = (ctx) => {
  ctx.connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_LESSON_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
    const [uri, range] = params.arguments ?? [];
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${SHOW_LESSON_COMMAND} needs the uri of a lesson.`);
    const facts = ctx.workspace.index.get(uri)?.facts ?? ctx.workspace.themes.get(uri)?.facts;
    const selection = isRange(range) ? range : (facts?.titleRange ?? facts?.headRange);
    if (!ctx.capabilities().window?.showDocument?.support) {
      throw new ResponseError(ErrorCodes.InvalidRequest, `This editor cannot be asked to open a document; open ${uri} yourself.`);
    }
    await ctx.connection.window.showDocument({ uri, takeFocus: true, selection });
    return null;
  });
  const capabilities: ServerCapabilities = { executeCommandProvider: { commands: [SHOW_LESSON_COMMAND] } };
  return capabilities;
};

function isRange(value: unknown): value is Range {
  const isPosition = (position: unknown): position is Position => isObject(position) && Number.isInteger(position.line) && Number.isInteger(position.character);
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}
