import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Problem } from '../../../../server/src/engine/problem';
import { DiagnosticsPublisher } from '../../../../server/src/lsp/features/diagnostics';

const PROBLEM: Problem = {
  code: 'invalid-value',
  severity: 'error',
  message: 'stage is not a stage',
  range: { start: { line: 3, character: 7 }, end: { line: 3, character: 13 } },
};

/** A publisher over a stub connection that records what it sends; each file takes `costMs` to work out. */
function publisher(costMs: number): { publisher: DiagnosticsPublisher; sent: PublishDiagnosticsParams[] } {
  const sent: PublishDiagnosticsParams[] = [];
  const connection = { sendDiagnostics: async (params: PublishDiagnosticsParams) => void sent.push(params) } as unknown as Connection;
  const problemsOf = (): Problem[] => {
    const until = performance.now() + costMs;
    while (performance.now() < until) {
      // Stands in for the work of a large lesson's problems.
    }
    return [PROBLEM];
  };
  return {
    publisher: new DiagnosticsPublisher(
      connection,
      problemsOf,
      () => true,
      () => true,
    ),
    sent,
  };
}

describe('DiagnosticsPublisher', () => {
  it('publishes many files in slices, letting other work run between them', async () => {
    const { publisher: slices, sent } = publisher(0.05);
    const uris = Array.from({ length: 1000 }, (_, i) => `file:///ws/${i}.lesson.yaml`);
    let otherWorkRanAfter = -1;
    setImmediate(() => (otherWorkRanAfter = sent.length));
    await slices.publishInSlices(uris);
    assert.equal(sent.length, 1000);
    assert.ok(otherWorkRanAfter > 0 && otherWorkRanAfter < 1000, `other work ran after ${otherWorkRanAfter} of 1000 publications`);
  });

  it('sends a file again only when its diagnostics changed', () => {
    const { publisher: once, sent } = publisher(0);
    once.publish(['file:///ws/a.lesson.yaml']);
    once.publish(['file:///ws/a.lesson.yaml']);
    assert.equal(sent.length, 1);
  });
});
