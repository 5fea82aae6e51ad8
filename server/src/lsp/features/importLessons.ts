import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { lessonFileName } from '../../engine/authoring/newLesson';
import { ImportInputError } from '../../engine/import/importInputError';
import { isObject } from '../../../../shared/isObject';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import type { ImportRequest, ImportResult } from '../../import/importLessons';
import { decodeBase64 } from '../../../../shared/base64';
import type { FeatureRegistration } from '../lessonServer';
import { ImportLessonsRequest, type ImportLessonsParams, type ImportLessonsResult } from '../../../../shared/protocol';
import type { ServerContext } from '../serverContext';
import { toLspDiagnostic } from './toLspDiagnostic';

/** Largest spreadsheet content taken in a request, as from disk (MAX_SPREADSHEET_BYTES; not imported, to keep the Node import out of the web bundle). */
const MAX_CONTENT_BYTES = 50 * 1024 * 1024;

/** Reads, plans, checks and (unless a dry run) writes an import: `importLessons` in Node, `importFromContent` in the browser. */
export type RunImport = (request: ImportRequest) => Promise<ImportResult>;

/**
 * `learnOnce/importLessons`: the editor's Import Lessons… runs the same import as
 * `learn-once import`. The server answers it because it holds every id in use and the
 * folder's localities. The spreadsheet is read from `path`, or from the `content` the editor
 * sent. With `writeBy: 'client'` (the browser) the server plans and checks but writes nothing,
 * and the client writes the lessons' texts; otherwise it writes only the files asked for, all
 * or none, never over an existing file. The new files reach the index through the editor's
 * watched-file events.
 */
export function importLessonsFeature(runImport: RunImport): FeatureRegistration {
  return (ctx) => registerImportLessons(ctx, runImport);
}

function registerImportLessons(ctx: ServerContext, runImport: RunImport): void {
  ctx.connection.onRequest(ImportLessonsRequest, async (params: ImportLessonsParams): Promise<ImportLessonsResult> => {
    const source = spreadsheetSource(params);
    const mappingFile = params?.mappingPath === undefined ? undefined : absolutePath(params.mappingPath, 'mappingPath', 'the mapping file');
    const folder = targetFolder(ctx, params?.folderUri);
    if (!ctx.indexReady()) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Lessons are still being indexed; try again in a moment.');
    const dryRun = params.dryRun === true;
    let result: ImportResult;
    try {
      result = await runImport({
        ...source,
        mappingFile,
        folder,
        config: ctx.workspace.configFor(path.join(folder, lessonFileName('X-1'))),
        index: ctx.workspace.index,
        today: todayIso(),
        // The client writes: the server only plans.
        dryRun: dryRun || params.writeBy === 'client',
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

/** The spreadsheet's path, or its name and the bytes the editor sent. */
function spreadsheetSource(params: ImportLessonsParams | undefined): Pick<ImportRequest, 'file' | 'content'> {
  const content = params?.content;
  if (content === undefined) return { file: absolutePath(params?.path, 'path', 'the spreadsheet') };
  if (!isObject(content) || typeof content.name !== 'string' || typeof content.base64 !== 'string') {
    throw invalid('importLessons content needs the file name and its bytes in base64.');
  }
  // Three bytes in every four characters of base64.
  if (content.base64.length * 0.75 > MAX_CONTENT_BYTES)
    throw invalid(`${content.name} is over ${MAX_CONTENT_BYTES / 1024 / 1024} MB; a spreadsheet of at most that is read.`);
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(content.base64);
  } catch {
    throw invalid(`importLessons content of ${content.name} is not base64.`);
  }
  return { file: path.basename(content.name), content: bytes };
}

function absolutePath(value: unknown, name: string, what: string): string {
  if (typeof value !== 'string' || !path.isAbsolute(value)) throw invalid(`importLessons needs ${name}: the absolute path of ${what}.`);
  return path.resolve(value);
}

/** The folder asked for, or the only one open. */
function targetFolder(ctx: ServerContext, folderUri: unknown): string {
  const folders = ctx.workspace.workspaceFolders;
  if (folderUri === undefined) {
    const only = folders.length === 1 ? folders[0] : undefined;
    if (only !== undefined) return only;
    throw invalid(
      folders.length === 0
        ? 'Open a folder first: imported lessons are saved in the workspace.'
        : 'Several workspace folders are open; say which to import into (folderUri).',
    );
  }
  if (typeof folderUri !== 'string') throw invalid('folderUri must be a workspace folder uri.');
  const folder = path.resolve(URI.parse(folderUri).fsPath);
  if (!folders.includes(folder)) throw invalid(`${folderUri} is not a workspace folder.`);
  return folder;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
