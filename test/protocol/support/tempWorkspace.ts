import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A throwaway workspace folder with the given files (relative path → content). */
export function tempWorkspace(files: Record<string, string | Buffer>): {
  root: string;
  path(relative: string): string;
  write(relative: string, content: string | Buffer): string;
  dispose(): void;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'learn-once-'));
  const write = (relative: string, content: string | Buffer): string => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  for (const [relative, content] of Object.entries(files)) write(relative, content);
  return { root, path: (relative) => path.join(root, relative), write, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export { lessonText } from '../../support/lessonText';
