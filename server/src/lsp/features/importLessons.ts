import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { lessonFileName } from '../../engine/authoring/newLesson';
import { ImportInputError } from '../../engine/import/importInputError';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { importLessons, type ImportResult } from '../../import/importLessons';
import { LearnOnceRequests, type ImportLessonsParams, type ImportLessonsResult } from '../protocol';
import type { ServerContext } from '../serverContext';
import { toLspDiagnostic } from './toLspDiagnostic';

/**
 * `learnOnce/importLessons`: the editor's Import Lessons… runs the same import as
 * `learn-once import`. The server answers it because it holds every id in use and the
 * folder's localities; it writes only the files asked for, all or none, and never over an
 * existing file. The new files reach the index through the editor's watched-file events.
 */
export function registerImportLessons(ctx: ServerContext): void {
  ctx.connection.onRequest(LearnOnceRequests.importLessons, async (params: ImportLessonsParams): Promise<ImportLessonsResult> => {
    const file = absolutePath(params?.path, 'path', 'the spreadsheet');
    const mappingFile = params?.mappingPath === undefined ? undefined : absolutePath(params.mappingPath, 'mappingPath', 'the mapping file');
    const folder = targetFolder(ctx, params?.folderUri);
    if (!ctx.indexReady()) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Lessons are still being indexed; try again in a moment.');
    const dryRun = params.dryRun === true;
    let result: ImportResult;
    try {
      result = await importLessons({
        file,
        mappingFile,
        folder,
        config: ctx.workspace.configFor(path.join(folder, lessonFileName('X-1'))),
        index: ctx.workspace.index,
        today: todayIso(),
        dryRun,
      });
    } catch (error) {
      if (error instanceof ImportInputError) throw invalid(error.message);
      throw error;
    }
    return {
      written: result.written ? result.lessons.map((lesson) => lesson.uri) : [],
      lessons: result.lessons.map((lesson) => ({ uri: lesson.uri, id: lesson.id, row: lesson.row, text: lesson.text })),
      refused: result.refused,
      problems: result.lessons.map((lesson) => ({ uri: lesson.uri, diagnostics: lesson.problems.map((problem) => toLspDiagnostic(problem, true)) })),
      ignoredColumns: result.ignoredColumns,
      dryRun,
      writeError: result.writeError,
    };
  });
}

function absolutePath(value: unknown, name: string, what: string): string {
  if (typeof value !== 'string' || !path.isAbsolute(value)) throw invalid(`importLessons needs ${name}: the absolute path of ${what}.`);
  return path.resolve(value);
}

/** The folder asked for, or the only one open. */
function targetFolder(ctx: ServerContext, folderUri: unknown): string {
  const folders = ctx.workspace.workspaceFolders;
  if (folderUri === undefined) {
    if (folders.length === 1) return folders[0];
    throw invalid(folders.length === 0 ? 'Open a folder first: imported lessons are saved in the workspace.' : 'Several workspace folders are open; say which to import into (folderUri).');
  }
  if (typeof folderUri !== 'string') throw invalid('folderUri must be a workspace folder uri.');
  const folder = path.resolve(URI.parse(folderUri).fsPath);
  if (!folders.includes(folder)) throw invalid(`${folderUri} is not a workspace folder.`);
  return folder;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
