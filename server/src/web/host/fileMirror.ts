/**
 * The web server's copy of the workspace files it reads: lesson, theme and config files,
 * fetched from the client (which reads them with `vscode.workspace.fs`) before a scan and
 * again when the client's file watcher reports a change. The browser gives a web worker no
 * file system, so the `node:fs` the engine imports is, in the web build, a view of this copy
 * (see ../shims/fs.ts): the engine reads files the same way in both builds.
 */
export interface MirroredFile {
  bytes: Uint8Array;
  mtimeMs: number;
}

export class FileMirror {
  private readonly files = new Map<string, MirroredFile>();
  /** Every folder that holds a mirrored file, with the names directly in it. */
  private readonly folders = new Map<string, Set<string>>();

  get size(): number {
    return this.files.size;
  }

  file(path: string): MirroredFile | undefined {
    return this.files.get(path);
  }

  isFolder(path: string): boolean {
    return this.folders.has(trimSlash(path));
  }

  /** The names in a folder, each marked as a file or a folder. */
  entries(folder: string): { name: string; isFolder: boolean }[] | undefined {
    const names = this.folders.get(trimSlash(folder));
    if (!names) return undefined;
    const base = trimSlash(folder);
    return [...names].map((name) => ({ name, isFolder: this.folders.has(`${base}/${name}`) }));
  }

  set(path: string, file: MirroredFile): void {
    this.files.set(path, file);
    let child = path;
    for (let parent = parentOf(child); parent !== undefined; child = parent, parent = parentOf(parent)) {
      let names = this.folders.get(parent);
      if (!names) this.folders.set(parent, (names = new Set()));
      const name = child.slice(parent === '/' ? 1 : parent.length + 1);
      if (names.has(name)) break;
      names.add(name);
    }
  }

  delete(path: string): void {
    if (!this.files.delete(path)) return;
    // Empty folders are left in place: a walk finds nothing in them, as on disk.
    const parent = parentOf(path);
    if (parent !== undefined) this.folders.get(parent)?.delete(path.slice(parent === '/' ? 1 : parent.length + 1));
  }

  /** Forgets every file under a folder (before it is listed again). */
  clearUnder(folder: string): void {
    const prefix = `${trimSlash(folder)}/`;
    for (const path of [...this.files.keys()]) if (path.startsWith(prefix)) this.delete(path);
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function parentOf(path: string): string | undefined {
  if (path === '/' || path === '') return undefined;
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/** The one mirror of the web server (a web worker runs one server). */
export const fileMirror = new FileMirror();
