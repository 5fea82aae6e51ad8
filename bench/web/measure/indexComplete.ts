import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { hasOwnProblem, pause } from './learnOnceDiagnostics';

export const LEARN_ONCE_ID = 'learn-once.learn-once';

/** How often the index's state is looked at: the figures are this coarse at worst (plus timer lateness). */
const POLL_MS = 10;

export interface IndexFigures {
  learnOnceActiveAt?: number;
  problemsCompleteAt?: number;
  brokenSeen: number;
  viewCompleteAt?: number;
  viewLessons?: number;
}

/**
 * Watches, from this extension's start, for the moments that together make the index complete,
 * each taken with Date.now():
 *
 * - Learn Once active (VS Code activates it when the workspace holds lessons);
 * - every lesson generated with a problem showing a Learn Once problem here: the server publishes
 *   every lesson's problems in one pass at the end of its scan (cross-file problems are held back
 *   until it is complete), the moment the Node benchmark's cold index ends at;
 * - the Lessons view holding the complete list of a finished scan (the test API's isIndexed()).
 *
 * Polled, not taken from languages.onDidChangeDiagnostics, which VS Code delays by up to 50 ms.
 */
export async function watchIndexComplete(brokenLessons: vscode.Uri[], capMs: number): Promise<IndexFigures> {
  const started = Date.now();
  const figures: IndexFigures = { brokenSeen: 0 };
  const pending = new Set(brokenLessons.map((uri) => uri.toString()));
  const uriOf = new Map(brokenLessons.map((uri) => [uri.toString(), uri]));
  let api: LearnOnceTestApi | undefined;
  while (Date.now() - started < capMs) {
    const now = Date.now();
    const learnOnce = vscode.extensions.getExtension<LearnOnceTestApi>(LEARN_ONCE_ID);
    if (figures.learnOnceActiveAt === undefined && learnOnce?.isActive) {
      figures.learnOnceActiveAt = now;
      api = learnOnce.exports;
    }
    for (const key of [...pending]) {
      if (hasOwnProblem(uriOf.get(key)!)) pending.delete(key);
    }
    figures.brokenSeen = brokenLessons.length - pending.size;
    if (figures.problemsCompleteAt === undefined && pending.size === 0) figures.problemsCompleteAt = now;
    if (figures.viewCompleteAt === undefined && api?.isIndexed()) {
      figures.viewCompleteAt = now;
      figures.viewLessons = countLessons(api.getTreeSnapshot());
    }
    if (figures.problemsCompleteAt !== undefined && figures.viewCompleteAt !== undefined) break;
    // Faster while Learn Once is not active yet: its activation is one of the figures.
    await pause(figures.learnOnceActiveAt === undefined ? 5 : POLL_MS);
  }
  return figures;
}

type SnapshotNode = ReturnType<LearnOnceTestApi['getTreeSnapshot']>[number];

function countLessons(nodes: readonly SnapshotNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.kind === 'lesson' ? 1 : countLessons(node.children ?? [])), 0);
}
