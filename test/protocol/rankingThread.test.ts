import * as assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { RANKING_THREAD_ENV, RANKING_THREAD_MIN_LESSONS } from '../../server/src/analysis/rankingAhead';
import { SimilarLessonsRequest, StatsRequest, type StatsResult } from '../../shared/protocol';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { lessonText, tempWorkspace } from './support/tempWorkspace';

const SUBJECTS = ['consent', 'sign-off', 'portal access', 'GP data feeds', 'pharmacy records', 'care home logins', 'audit trails', 'training'];
const PLACES = ['three trusts', 'two councils', 'the hospice', 'every practice', 'the ambulance service', 'community teams'];
const PROBLEMS = ['took nine months', 'stalled over budgets', 'needed a new contract', 'waited on a supplier', 'lost its sponsor', 'ran late'];
const FIXES = ['one agreed route', 'a named lead', 'a shared template', 'a pilot ward first', 'weekly check-ins', 'a single form'];

/**
 * Enough lessons for the ranking thread, on a few subjects told many ways, with every ninth
 * lesson a retelling of the one before it (every other one linked to it, which its hint must
 * leave out): a pass with plenty of hints, and plenty without.
 */
function catalogue(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    const seed = n % 9 === 8 ? n - 1 : n;
    const pick = <T>(list: readonly T[], salt: number): T => list[(seed * salt + Math.floor(seed / list.length)) % list.length]!;
    const subject = pick(SUBJECTS, 3);
    const place = pick(PLACES, 5);
    const id = `GM-${String(n).padStart(4, '0')}`;
    files[`gm/${id}.lesson.yaml`] = lessonText({
      id,
      title: `${subject} across ${place} ${pick(PROBLEMS, 7)}${n === seed ? '' : ' again'}`,
      good: `|\n  ${pick(FIXES, 11)} helped with ${subject}.`,
      not_so_good: `|\n  Work with ${place} ${pick(PROBLEMS, 13)} (${seed % 97}).`,
      improvements: `|\n  Start with ${pick(FIXES, 17)} next time.`,
      related: n % 18 === 8 ? `[GM-${String(seed).padStart(4, '0')}]` : undefined,
    });
  }
  return files;
}

/** The similar-lesson hints published, by uri, once the pass over every lesson has ended. */
async function hintsAfterPass(client: LspTestClient, anyLesson: string): Promise<{ hints: Map<string, Diagnostic[]>; stats: StatsResult }> {
  await client.waitForIndex();
  await client.requestUntil<{ partial: boolean }>(
    SimilarLessonsRequest.method,
    { uri: anyLesson },
    (answer) => !answer.partial,
    'the hint pass to end',
    60_000,
  );
  const stats = (await client.connection.sendRequest(StatsRequest, {})) as StatsResult;
  return { hints: client.diagnosticsWhere((diagnostic) => diagnostic.code === 'similar-lesson'), stats };
}

describe('protocol: the hint pass on two threads', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    delete process.env[RANKING_THREAD_ENV];
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  it('publishes after a cold scan exactly the hints the server ranks on its own thread alone', async function () {
    this.timeout(180_000);
    workspace = tempWorkspace(catalogue(RANKING_THREAD_MIN_LESSONS + 200));
    const anyLesson = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));

    client = await LspTestClient.start({ folders: [workspace.root] });
    const together = await hintsAfterPass(client, anyLesson);
    await client.stop();

    process.env[RANKING_THREAD_ENV] = '0';
    client = await LspTestClient.start({ folders: [workspace.root] });
    const alone = await hintsAfterPass(client, anyLesson);

    if (availableParallelism() >= 2) {
      const onThread = together.stats.scan?.rankedOnThread ?? 0;
      assert.ok(onThread > 100, `the ranking thread ranked a good share of the pass (${onThread})`);
    } else {
      assert.equal(together.stats.scan?.rankedOnThread, undefined, 'one core: no ranking thread');
    }
    assert.equal(alone.stats.scan?.rankedOnThread, undefined, 'turned off, no ranking thread');
    assert.ok(together.hints.size > 50, `the catalogue has hints (${together.hints.size})`);
    assert.deepEqual(together.hints, alone.hints);
  });
});
