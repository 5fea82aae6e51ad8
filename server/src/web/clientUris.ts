import { isObject } from '../../../shared/isObject';

/**
 * The server names files by `file:` uris and their paths; in a browser the client's files have
 * other schemes (`vscode-vfs://github/…` on github.dev, `vscode-remote://…` in code-server).
 * This maps between the two at the edge of the web server, on every message, so that nothing
 * inside (engine or features) sees a difference: the client's `scheme://authority` in front of
 * a path becomes `file://`, and back on the way out.
 *
 * One scheme and authority per window: the first workspace folder's. Folders of other file
 * systems in the same window are not mapped (docs/web.md).
 */
export class ClientUris {
  /** e.g. `vscode-vfs://github`; undefined while the client's files are `file:` uris (nothing to map). */
  private clientRoot: string | undefined;

  /** Learns the client's scheme and authority from the initialize request's folders. */
  learnFrom(folderUris: readonly string[]): void {
    if (this.clientRoot !== undefined) return;
    for (const uri of folderUris) {
      const root = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)\//i.exec(uri)?.[1];
      if (root && !root.toLowerCase().startsWith('file:')) {
        this.clientRoot = root;
        return;
      }
    }
  }

  /** A value from the client, with its uris as the server names them: only whole strings that are uris. */
  inbound<T>(value: T): T {
    const root = this.clientRoot;
    if (root === undefined) return value;
    return mapStrings(value, (text) => (text.startsWith(`${root}/`) ? `file://${text.slice(root.length)}` : text));
  }

  /** A value for the client, with the server's `file:` uris as the client names them, also inside markdown links. */
  outbound<T>(value: T): T {
    const root = this.clientRoot;
    if (root === undefined) return value;
    return mapStrings(value, (text) => (text.includes('file:///') ? text.split('file:///').join(`${root}/`) : text));
  }
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (!isObject(value)) return value;
  const mapped: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) mapped[key] = mapStrings(item, map);
  return mapped as T;
}
