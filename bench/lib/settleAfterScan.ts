import { performance } from 'node:perf_hooks';
import type { BenchLspClient } from './benchLspClient';
import { pause } from './waitUntil';
import { SimilarLessonsRequest } from '../../shared/protocol';

export interface SettleFigures {
  /** How long after the call the server went quiet (nothing published for a second), or undefined past the cap. */
  settledAfterMs?: number;
  /**
   * Process start → every diagnostic published, similar-lesson hints included: the later of
   * the last publication and the first `learnOnce/similarLessons` answer that is no longer
   * partial (the pass over every lesson's hint is over). Undefined when the pass had not
   * ended by the time the server went quiet, or by the cap.
   */
  allDiagnosticsMs?: number;
}

/** How often the hint pass is asked whether it is over: the figure is this coarse at worst. */
const POLL_MS = 100;
/** Nothing published for this long: the background work after the scan is done. */
const QUIET_MS = 1000;

/**
 * After the cold scan's progress end: waits until nothing has been published for a second
 * (the background hint work done), up to a cap, asking meanwhile whether every hint is known.
 */
export async function settleAfterScan(client: BenchLspClient, probeUri: string, capMs: number): Promise<SettleFigures> {
  const started = performance.now();
  let hintsKnownAt: number | undefined;
  for (;;) {
    const now = performance.now();
    if (now - Math.max(lastPublicationAt(client), started) > QUIET_MS) {
      const allDiagnosticsMs = hintsKnownAt === undefined ? undefined : Math.max(hintsKnownAt, lastPublicationAt(client)) - client.spawnedAt;
      return { settledAfterMs: now - started, allDiagnosticsMs };
    }
    if (now - started > capMs) return {};
    if (hintsKnownAt === undefined) {
      const answer = await client.timedRequest<{ partial?: boolean }>(SimilarLessonsRequest.method, { uri: probeUri });
      if (answer.result?.partial === false) hintsKnownAt = performance.now();
    }
    await pause(POLL_MS);
  }
}

/** When the last publication arrived (a loop: at 100,000 lessons there are too many to spread into Math.max). */
function lastPublicationAt(client: BenchLspClient): number {
  let last = 0;
  for (const publication of client.published.values()) if (publication.at > last) last = publication.at;
  return last;
}
