import * as path from 'node:path';
import { isInsideFolder } from '../../engine/workspace/isInsideFolder';

/**
 * How a workspace path in `artefacts` becomes a link in a report: only when the report is
 * written to a file inside the workspace, as the path from the report's folder, so it opens
 * wherever the workspace is checked out or browsed (GitHub too). A report on stdout or
 * outside the workspace cannot know where it will be read from: there each path is shown
 * as text. A path that leads out of the workspace is never a link.
 */
export type ArtefactPathLink = (workspacePath: string) => string | undefined;

export function artefactPathLinks(workspaceRoot: string, reportFile: string | undefined): ArtefactPathLink {
  if (reportFile === undefined || !isInsideFolder(workspaceRoot, reportFile)) return () => undefined;
  const reportFolder = path.dirname(reportFile);
  return (workspacePath) => {
    const target = path.resolve(workspaceRoot, workspacePath.trim());
    if (!isInsideFolder(workspaceRoot, target)) return undefined;
    return path.relative(reportFolder, target).split(path.sep).map(encodeURIComponent).join('/');
  };
}
