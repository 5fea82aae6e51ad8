/**
 * `node:path` in the web build: POSIX paths only. The web server works on the paths of the
 * client's URIs (`/owner/repo/folder/GM-0001.lesson.yaml`), which are always POSIX, so the
 * engine's path arithmetic runs unchanged. No current directory exists here: `resolve`
 * starts from `/`.
 */
export const sep = '/';
export const delimiter = ':';

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Removes `.` and `..` segments and doubled slashes. */
export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = isAbsolute(path);
  const trailing = path.endsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
    } else {
      parts.push(part);
    }
  }
  const joined = parts.join('/');
  if (absolute) return `/${joined}${trailing && joined ? '/' : ''}`;
  return joined === '' ? '.' : `${joined}${trailing ? '/' : ''}`;
}

export function join(...paths: string[]): string {
  const present = paths.filter((path) => path !== '');
  return present.length === 0 ? '.' : normalize(present.join('/'));
}

export function resolve(...paths: string[]): string {
  let resolved = '';
  for (let i = paths.length - 1; i >= 0 && !isAbsolute(resolved); i--) {
    const segment = paths[i];
    if (!segment) continue;
    resolved = resolved === '' ? segment : `${segment}/${resolved}`;
  }
  const normal = normalize(`/${resolved}`);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

export function relative(from: string, to: string): string {
  const fromParts = resolve(from).split('/').filter(Boolean);
  const toParts = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

export function dirname(path: string): string {
  if (path === '') return '.';
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const cut = trimmed.lastIndexOf('/');
  if (cut === -1) return '.';
  return cut === 0 ? '/' : trimmed.slice(0, cut);
}

export function basename(path: string, extension?: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return extension && base.endsWith(extension) && base !== extension ? base.slice(0, -extension.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

export const posix = { sep, delimiter, isAbsolute, normalize, join, resolve, relative, dirname, basename, extname };
export default posix;
