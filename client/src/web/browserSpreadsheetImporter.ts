import * as vscode from 'vscode';
import type { ImportLessonsResult } from '../../../shared/protocol';
import { encodeBase64 } from '../../../shared/base64';
import type { SpreadsheetImporter } from '../commands/importLessons';
import { workspaceFileExists } from '../workspaceFileExists';

/**
 * Import Lessons… in the browser. The web server has no file system: the client reads the
 * picked file with workspace.fs and sends its bytes, the server plans and checks the import
 * as on the desktop and writes nothing, and the client writes the planned lessons with
 * workspace.fs (so on github.dev they are changes to commit), all or none.
 */
export const BROWSER_SPREADSHEET_IMPORTER: SpreadsheetImporter = {
  // Excel workbooks stay pickable so the server can say how to save them as CSV.
  filters: { 'CSV (comma-separated values)': ['csv'], 'Excel workbook (save as CSV to import here)': ['xlsx'] },
  async spreadsheetParams(file) {
    const bytes = await vscode.workspace.fs.readFile(file);
    return { content: { name: file.path.slice(file.path.lastIndexOf('/') + 1), base64: encodeBase64(bytes) }, writeBy: 'client' };
  },
  writeLessons: writePlannedLessons,
};

/** Writes the lessons the server planned when it refused no row; on a failed write, removes what it wrote and says why. */
async function writePlannedLessons(planned: ImportLessonsResult): Promise<ImportLessonsResult> {
  if (planned.refused.length > 0 || planned.writeError !== undefined) return planned;
  const files = planned.lessons.map((lesson) => ({ uri: vscode.Uri.parse(lesson.uri), text: lesson.text }));
  const first = files[0];
  // No lesson planned: nothing to write.
  if (first === undefined) return planned;
  const written: vscode.Uri[] = [];
  const madeFolders: vscode.Uri[] = [];
  let current = first.uri;
  try {
    // The server checked the names were free in its mirror; looked at again here, just before
    // writing, because workspace.fs.writeFile overwrites.
    for (const file of files) {
      current = file.uri;
      if (await workspaceFileExists(file.uri)) throw new Error('a file of that name already exists');
    }
    for (const file of files) {
      current = file.uri;
      const folder = vscode.Uri.joinPath(file.uri, '..');
      if (!(await workspaceFileExists(folder))) {
        await vscode.workspace.fs.createDirectory(folder);
        madeFolders.push(folder);
      }
      // Listed before writing: a write that fails half way may still leave a file to remove.
      written.push(file.uri);
      await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode(file.text));
    }
  } catch (error) {
    await removeWritten(written, madeFolders);
    const reason = error instanceof Error ? error.message : String(error);
    return { ...planned, written: [], writeError: `could not write ${vscode.workspace.asRelativePath(current)}: ${reason}` };
  }
  return { ...planned, written: files.map((file) => file.uri.toString()) };
}

async function removeWritten(written: readonly vscode.Uri[], madeFolders: readonly vscode.Uri[]): Promise<void> {
  for (const uri of written) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  // Deepest first, and only when empty (not recursive): another file may be there by now.
  for (const folder of [...madeFolders].reverse())
    await vscode.workspace.fs.delete(folder, { recursive: false, useTrash: false }).then(undefined, () => undefined);
}
