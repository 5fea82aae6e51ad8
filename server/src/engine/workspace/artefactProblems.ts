import * as path from 'node:path';
import type { Artefact } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { isInsideFolder } from './isInsideFolder';

/** Whether anything (a file or a folder) is at an absolute path. The caller decides how to look. */
export type PathExists = (absolutePath: string) => boolean;

/** A link other readers can open: only http and https, whatever the case of the scheme. */
const LINK = /^https?:\/\//i;

/** Whether an `artefacts` entry is a link (http or https) rather than a path in the workspace. */
export function isArtefactLink(target: string): boolean {
  return LINK.test(target.trim());
}

/**
 * The `artefacts` entries that point nowhere: a path (anything but an http or https link)
 * is read from the workspace folder's root, must stay inside it, and must name something
 * that exists. Each problem is a warning on its entry. The file system is only reached
 * through `exists`, so the command line and the editor run this same check with their
 * own way of looking, and tests with a fake one. No folder (a lesson opened outside every
 * workspace folder): no path can be checked, so none is.
 */
export function artefactProblems(artefacts: readonly Artefact[], folder: string | undefined, exists: PathExists): Problem[] {
  if (folder === undefined) return [];
  const problems: Problem[] = [];
  for (const artefact of artefacts) {
    const target = artefact.target.trim();
    if (isArtefactLink(target)) continue;
    const resolved = path.resolve(folder, target);
    if (!isInsideFolder(folder, resolved)) {
      problems.push({
        code: 'missing-artefact',
        severity: 'warning',
        message: `'${target}' is outside the workspace folder. An artefact is a link (http:// or https://) or a path inside the workspace, e.g. artefacts/dsa-template.md.`,
        range: artefact.range,
      });
    } else if (!exists(resolved)) {
      problems.push({
        code: 'missing-artefact',
        severity: 'warning',
        message: `Nothing at '${target}' in the workspace (paths are read from the workspace folder). Check the path, add the document, or give a link (http:// or https://) instead.`,
        range: artefact.range,
      });
    }
  }
  return problems;
}
