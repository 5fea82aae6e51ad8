import type { LearnOnceTestApi } from '../../../client/src/extension';
import type { TreeSnapshot } from '../../../client/src/tree/lessonTreeModel';
import { openLessonAndWaitForActivation } from './workspace';
import { waitFor } from './waitFor';

/** The extension's test API (what `activate` returns), once it is active. */
export async function testApi(): Promise<LearnOnceTestApi> {
  const extension = await openLessonAndWaitForActivation();
  return extension.exports as LearnOnceTestApi;
}

/**
 * The Lessons view as indented lines, e.g. "Dorset Care Record (4)", "  Captured (1): DC-0001":
 * groups with their counts, and under the innermost groups the ids of their lessons.
 */
export function treeOutline(snapshot: TreeSnapshot): string[] {
  const lines: string[] = [];
  const walk = (nodes: TreeSnapshot, depth: number): void => {
    for (const node of nodes) {
      if (node.kind === 'lesson') continue;
      const lessons = (node.children ?? []).filter((child) => child.kind === 'lesson').map((child) => child.description);
      lines.push(`${'  '.repeat(depth)}${node.label} (${node.description})${lessons.length > 0 ? `: ${lessons.join(', ')}` : ''}`);
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(snapshot, 0);
  return lines;
}

/** Waits until the tree, as an outline, satisfies `accept`; returns that outline. */
export async function waitForTree(api: LearnOnceTestApi, accept: (outline: string[]) => boolean, what: string, timeoutMs = 60_000): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(
      () => {
        if (!api.isIndexed()) return undefined;
        last = treeOutline(api.getTreeSnapshot());
        return accept(last) && last;
      },
      what,
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\nThe tree was:\n${last.join('\n')}`);
  }
}
