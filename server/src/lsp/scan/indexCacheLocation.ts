import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contentHash } from '../../engine/persist/contentHash';

/** The persisted index of a set of workspace folders, inside the editor's storage folder. */
export function indexCacheFile(storagePath: string | undefined, folders: readonly string[]): string | undefined {
  return savedFile(storagePath, folders, 'lesson-index');
}

/** The saved similar-lesson hints of a set of workspace folders, beside their index. */
export function hintsCacheFile(storagePath: string | undefined, folders: readonly string[]): string | undefined {
  return savedFile(storagePath, folders, 'similar-hints');
}

function savedFile(storagePath: string | undefined, folders: readonly string[], kind: string): string | undefined {
  if (!storagePath || !path.isAbsolute(storagePath)) return undefined;
  return path.join(storagePath, `${kind}-${contentHash(JSON.stringify(folders)).slice(0, 12)}.ndjson`);
}

let buildHash: string | undefined;

/**
 * The version plus a hash of the running code, so a cache written by any other build
 * (another release, or a local rebuild with changed rules) is never reused.
 */
export function engineFingerprint(version: string): string {
  if (buildHash === undefined) {
    try {
      buildHash = contentHash(readFileSync(__filename)).slice(0, 16);
    } catch {
      buildHash = 'unknown';
    }
  }
  return `${version}+${buildHash}`;
}
