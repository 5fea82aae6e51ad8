import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, RenameFile, ResponseError, type PrepareRenameResult, type ServerCapabilities, type WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { lessonFileMove } from '../../engine/edits/lessonFileMove';
import { isLessonId, renameIdEdits } from '../../engine/edits/renameIdEdits';
import { idSiteAt, type IdSite } from '../../engine/language/idSites';
import type { Position } from '../../engine/problem';
import { renameLessonInThemeEdits } from '../../engine/themes/themeEdits';
import { isLessonFileName } from '../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';
import type { ServerContext } from '../serverContext';
import { toWorkspaceEdit, type DocumentEdits } from './codeActions/workspaceEdits';
import { analysedTheme } from './themes/themeDocument';

/**
 * Rename a lesson id: the lesson's own `id` and every `adoption.lesson`, `related` and
 * theme's `lessons` item that names it, across the workspace, in one edit. A new id that is not an id, or that
 * another lesson already has, is refused with the reason. A lesson file named after its old id
 * is renamed after the new one too, when the editor can rename files in an edit.
 */
export const registerRename: FeatureRegistration = (ctx) => {
  ctx.connection.onPrepareRename(async (params): Promise<PrepareRenameResult | null> => {
    const site = await siteAt(ctx, params.textDocument.uri, params.position);
    return { range: site.range, placeholder: site.id };
  });

  ctx.connection.onRenameRequest(async (params): Promise<WorkspaceEdit | null> => {
    const site = await siteAt(ctx, params.textDocument.uri, params.position);
    const oldId = site.id;
    const newId = params.newName.trim();
    if (newId === oldId) return { documentChanges: [] };
    if (!isLessonId(newId)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `'${newId}' is not a lesson id: write the locality's prefix, a dash and a number, e.g. GM-0042.`);
    }
    const index = ctx.workspace.index;
    const [taken] = index.lessonsWithId(newId);
    if (taken) {
      const named = taken.facts.title ? `'${taken.facts.title}'` : path.basename(URI.parse(taken.uri).fsPath);
      throw new ResponseError(ErrorCodes.InvalidParams, `${newId} is already the id of ${named}; choose an id no lesson has.`);
    }
    const holders = index.lessonsWithId(oldId);
    if (holders.length > 1) {
      throw new ResponseError(
        ErrorCodes.InvalidRequest,
        `${holders.length} lessons have the id ${oldId}, so a rename cannot tell which one the references mean. Give each its own id first.`,
      );
    }
    const uris = new Set<string>([
      params.textDocument.uri,
      ...holders.map((holder) => holder.uri),
      ...index.referencesTo(oldId).map((reference) => reference.uri),
    ]);
    const documents: DocumentEdits[] = [];
    for (const uri of [...uris].sort()) {
      const document = await ctx.analysed(uri);
      if (!document) continue;
      documents.push({ uri, version: document.version, edits: renameIdEdits(document.analysis.parsed, oldId, newId) });
    }
    for (const uri of new Set(ctx.workspace.themes.sitesNaming(oldId).map((site) => site.uri))) {
      const theme = await analysedTheme(ctx, uri);
      if (theme) documents.push({ uri, version: theme.version, edits: renameLessonInThemeEdits(theme.analysis.facts, oldId, newId) });
    }
    const holder = holders[0];
    const move = holder && renamesFiles(ctx) ? lessonFileMove(URI.parse(holder.uri).fsPath, oldId, newId, (file) => fileTaken(ctx, file)) : undefined;
    if (!holder || !move) return toWorkspaceEdit(ctx, documents);
    // The file is renamed first and its text edits then address it by its new name: VS Code
    // drops text edits made to a file before it is renamed in the same edit when the file is
    // open (microsoft/vscode#77735), and LSP applies documentChanges in order either way.
    // The renamed document has no version under its new name, so its edits are unversioned.
    const newUri = URI.file(move.to).toString();
    const renamed = documents.map((document) => (document.uri === holder.uri ? { ...document, uri: newUri, version: undefined } : document));
    const edit = toWorkspaceEdit(ctx, renamed);
    // No ignoreIfExists: should a file take the new name before the edit is applied, the rename
    // fails and with it the whole edit, rather than the lesson's edits landing in that file.
    return { documentChanges: [RenameFile.create(holder.uri, newUri, { overwrite: false }), ...(edit.documentChanges ?? [])] };
  });

  const capabilities: ServerCapabilities = { renameProvider: { prepareProvider: true } };
  return capabilities;
};

/** Whether the editor applies a file rename inside a WorkspaceEdit's documentChanges. */
function renamesFiles(ctx: ServerContext): boolean {
  const workspaceEdit = ctx.capabilities().workspace?.workspaceEdit;
  return workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations?.includes('rename') ?? false);
}

/** A file on disk, or a document open in the editor and not yet saved, has the name. */
function fileTaken(ctx: ServerContext, file: string): boolean {
  return existsSync(file) || ctx.documents.get(URI.file(file).toString()) !== undefined;
}

async function siteAt(ctx: ServerContext, uri: string, position: Position): Promise<IdSite> {
  const document = isLessonFileName(uri) ? (ctx.analysedOpen(uri) ?? (await ctx.analysed(uri))) : undefined;
  const site = document ? idSiteAt(document.analysis.parsed, position) : undefined;
  if (!site)
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      "Only a lesson id can be renamed: put the cursor on an id (the lesson's own, or one in adoption.lesson or related).",
    );
  return site;
}
