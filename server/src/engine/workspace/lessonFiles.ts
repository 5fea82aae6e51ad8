/** Folders never scanned, whatever the user's excludes say. */
export const ALWAYS_SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/**
 * Default learnOnce.maxFileSize: lessons are a few kilobytes; past this a file is not parsed.
 * Parsing runs off the editor's event loop (worker threads at scan time), so even a dense
 * hostile file at the limit costs a second or two of background CPU, not a frozen editor.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
