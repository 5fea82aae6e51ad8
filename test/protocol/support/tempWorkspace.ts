import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A throwaway workspace folder with the given files (relative path → content). */
export function tempWorkspace(files: Record<string, string | Buffer>): { root: string; path(relative: string): string; write(relative: string, content: string | Buffer): string; dispose(): void } {
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

/** A valid lesson, with fields replaced or removed (undefined) as a test needs. */
export function lessonText(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'GM-0042',
    title: 'Data sharing agreement sign-off took nine months across three trusts',
    locality: 'Greater Manchester Care Record',
    stage: 'captured',
    date: '2025-03-14',
    topics: '[information governance, data sharing]',
    good: '|\n  Every trust named one IG lead early.',
    not_so_good: '|\n  Each board signed off separately, so it took nine months.',
    improvements: '|\n  Agree one sign-off route before drafting starts.',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');
}
