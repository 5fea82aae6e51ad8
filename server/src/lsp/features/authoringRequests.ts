import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { advanceStage } from '../../engine/authoring/advanceStage';
import { lessonFileName, newLessonText, nextFreeId } from '../../engine/authoring/newLesson';
import { findLocality, type Locality, type WorkspaceConfig } from '../../engine/config/workspaceConfig';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import type { Review } from '../../engine/review/reviewEdits';
import {
  AdvanceStageRequest,
  NewLessonLocalitiesRequest,
  NewLessonRequest,
  type AdvanceStageParams,
  type AdvanceStageResult,
  type NewLessonLocalitiesParams,
  type NewLessonLocalitiesResult,
  type NewLessonParams,
  type NewLessonResult,
} from '../../../../shared/protocol';
import type { ServerContext } from '../serverContext';

/** Longest title accepted for a new lesson; a title is one line a colleague would search for. */
const MAX_TITLE_LENGTH = 300;

/**
 * Requests behind the client's authoring commands: the localities and next free ids for
 * New Lesson, the new lesson's place and template, and the edit for Advance Stage. The
 * server answers them because it holds the index (every id in use) and the configs.
 */
export function registerAuthoringRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(NewLessonLocalitiesRequest, async (params: NewLessonLocalitiesParams): Promise<NewLessonLocalitiesResult> => {
    const { folder, config } = folderConfig(ctx, params?.folderUri);
    const ids = ctx.workspace.index.ids();
    const localities = [];
    for (const locality of config.localities)
      localities.push({ name: locality.name, prefix: locality.prefix, folder: locality.folder, nextId: await freeId(folder, locality, ids) });
    return { localities };
  });

  ctx.connection.onRequest(NewLessonRequest, async (params: NewLessonParams): Promise<NewLessonResult> => {
    const { folder, config } = folderConfig(ctx, params?.folderUri);
    const title = typeof params?.title === 'string' ? params.title.trim() : '';
    if (!title) throw invalid('A new lesson needs a title.');
    if (/[\r\n]/.test(title)) throw invalid('A title is one line.');
    if (title.length > MAX_TITLE_LENGTH) throw invalid(`A title is at most ${MAX_TITLE_LENGTH} characters.`);
    const locality = typeof params?.locality === 'string' ? findLocality(config, params.locality) : undefined;
    if (!locality) throw invalid(`'${String(params?.locality)}' is not a locality of this workspace folder.`);
    const id = await freeId(folder, locality, ctx.workspace.index.ids());
    const input = { id, title, locality, date: todayIso(), topics: config.topics };
    return {
      uri: URI.file(path.join(folder, locality.folder, lessonFileName(id))).toString(),
      id,
      snippet: newLessonText(input, { snippet: true }),
      text: newLessonText(input),
    };
  });

  ctx.connection.onRequest(AdvanceStageRequest, async (params: AdvanceStageParams): Promise<AdvanceStageResult> => {
    if (typeof params?.uri !== 'string') throw invalid('advanceStage needs the uri of a lesson.');
    const analysed = await ctx.analysed(params.uri);
    if (!analysed) return { advanced: false, reason: 'This lesson could not be read.' };
    const review = reviewParams(params);
    const config = ctx.workspace.configFor(URI.parse(params.uri).fsPath);
    const result = advanceStage(analysed.analysis.parsed, { config, review });
    if (result.kind === 'refused') return { advanced: false, reason: result.reason };
    if (result.kind === 'reviewNeeded') return { advanced: false, reason: result.reason, reviewNeeded: { to: result.to, curators: result.curators } };
    const edits: TextEdit[] = result.edits.map((edit) => ({ range: edit.range, newText: edit.newText }));
    const versioned = ctx.capabilities().workspace?.workspaceEdit?.documentChanges === true;
    const edit: WorkspaceEdit = versioned
      ? { documentChanges: [{ textDocument: { uri: params.uri, version: analysed.version ?? null }, edits }] }
      : { changes: { [params.uri]: edits } };
    return {
      advanced: true,
      from: result.from,
      to: result.to,
      edit,
      inserted: result.inserted,
      cursor: result.cursor,
      note: result.note,
      review: result.review,
    };
  });
}

/** The review an Advance Stage request brings, if any: a reviewer's name and a date, today unless given. */
function reviewParams(params: AdvanceStageParams): Review | undefined {
  if (params.reviewedBy === undefined) return undefined;
  if (typeof params.reviewedBy !== 'string' || !params.reviewedBy.trim()) throw invalid('reviewedBy must be the name of a curator.');
  const reviewedOn = params.reviewedOn ?? todayIso();
  if (typeof reviewedOn !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(reviewedOn)) throw invalid('reviewedOn must be a date written YYYY-MM-DD.');
  return { reviewedBy: params.reviewedBy, reviewedOn };
}

function folderConfig(ctx: ServerContext, folderUri: unknown): { folder: string; config: WorkspaceConfig } {
  if (typeof folderUri !== 'string') throw invalid('The request needs a workspace folder uri.');
  const folder = path.resolve(URI.parse(folderUri).fsPath);
  if (!ctx.workspace.workspaceFolders.includes(folder)) throw invalid(`${folderUri} is not a workspace folder.`);
  if (!ctx.indexReady()) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Lessons are still being indexed; try again in a moment.');
  return { folder, config: ctx.workspace.configFor(path.join(folder, lessonFileName('X-1'))) };
}

/**
 * The next id no lesson has whose file does not exist yet either: a free id can still be
 * a file's name (a lesson whose id was changed or broken), and a new lesson never overwrites one.
 */
async function freeId(folder: string, locality: Locality, ids: readonly string[]): Promise<string> {
  const taken = [...ids];
  let id = nextFreeId(locality.prefix, taken);
  while (await fileExists(path.join(folder, locality.folder, lessonFileName(id)))) {
    taken.push(id);
    id = nextFreeId(locality.prefix, taken);
  }
  return id;
}

function fileExists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
