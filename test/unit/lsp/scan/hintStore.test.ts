import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SavedHint } from '../../../../server/src/engine/persist/savedHints';
import { HintStore, type HintBasisSource } from '../../../../server/src/lsp/scan/hintStore';
import { emptyScanStats } from '../../../../server/src/lsp/scan/scanStats';

const RANGE = { start: { line: 1, character: 7 }, end: { line: 1, character: 20 } };

function hint(uri: string, matchUri: string): SavedHint {
  return {
    uri,
    hint: {
      code: 'similar-lesson',
      severity: 'information',
      message: 'Similar lesson exists',
      range: RANGE,
      data: { kind: 'similarLessons', matches: [{ uri: matchUri, score: 0.9, adoptable: false }] },
    },
  };
}

/**
 * A scan that loaded the saved index written at `loaded` (if any), saved one at `saved`, found
 * `changed` lessons not as that index held them, and now holds `edited` otherwise than it saved them.
 */
function scan(loaded: number | undefined, saved: number | undefined, changed: string[] = [], edited: string[] = []): HintBasisSource {
  return {
    hintBasis: () => (loaded === undefined ? undefined : { indexWrittenAt: loaded, changed: new Set(changed) }),
    isAsLoaded: (uri) => !changed.includes(uri),
    savedIndex: () => saved,
    lessonsNotAsSaved: async () => edited,
  };
}

describe('HintStore', () => {
  let folder: string;
  let file: string;
  const hints = new Map(
    [hint('file:///a', 'file:///b'), hint('file:///b', 'file:///a'), hint('file:///c', 'file:///a')].map(({ uri, hint: problem }) => [uri, problem]),
  );

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'learn-once-hint-store-'));
    file = path.join(folder, 'similar-hints.ndjson');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('restores the hints saved over the index the scan loaded, leaving out the changed lessons to be ranked again', async () => {
    const stats = emptyScanStats();
    await new HintStore(file, 'engine-1', scan(undefined, 100), stats).save('settings', hints);
    assert.equal(stats.hints?.saved, 3);

    const warmStats = emptyScanStats();
    const restored = await new HintStore(file, 'engine-1', scan(100, 100, ['file:///c', 'file:///gone']), warmStats).load('settings');
    assert.deepEqual(
      restored?.hints.map((saved) => saved.uri),
      ['file:///a', 'file:///b'],
    );
    assert.deepEqual([...(restored?.changed ?? [])], ['file:///c', 'file:///gone']);
    assert.deepEqual(warmStats.hints, { cache: 'loaded', restored: 2, toRank: 2 });
  });

  it('ranks again the lessons that were edited in the editor when the hints were saved', async () => {
    await new HintStore(file, 'engine-1', scan(undefined, 100, [], ['file:///b']), emptyScanStats()).save('settings', hints);
    const warmStats = emptyScanStats();
    const restored = await new HintStore(file, 'engine-1', scan(100, 100, ['file:///c']), warmStats).load('settings');
    assert.deepEqual(
      restored?.hints.map((saved) => saved.uri),
      ['file:///a'],
    );
    assert.deepEqual([...(restored?.changed ?? [])].sort(), ['file:///b', 'file:///c']);
    assert.deepEqual(warmStats.hints, { cache: 'loaded', restored: 1, toRank: 2 });
  });

  it('gives them only once: what the scan found changed holds only until the first pass after it', async () => {
    await new HintStore(file, 'engine-1', scan(undefined, 100), emptyScanStats()).save('settings', hints);
    const store = new HintStore(file, 'engine-1', scan(100, 100), emptyScanStats());
    assert.ok(await store.load('settings'));
    assert.equal(await store.load('settings'), undefined);
  });

  it('refuses hints ranked over another saved index, by another build or under other settings', async () => {
    await new HintStore(file, 'engine-1', scan(undefined, 100), emptyScanStats()).save('settings', hints);
    const cases: [HintStore, string, string][] = [];
    const stats = [emptyScanStats(), emptyScanStats(), emptyScanStats()];
    cases.push([new HintStore(file, 'engine-1', scan(200, 200), stats[0]!), 'settings', 'they were ranked over another saved index']);
    cases.push([new HintStore(file, 'engine-2', scan(100, 100), stats[1]!), 'settings', 'they were ranked by another version (engine-1)']);
    cases.push([new HintStore(file, 'engine-1', scan(100, 100), stats[2]!), 'other settings', 'the similar-lesson settings changed']);
    for (const [index, [store, settings, reason]] of cases.entries()) {
      assert.equal(await store.load(settings), undefined, reason);
      assert.deepEqual(stats[index]!.hints, { cache: 'discarded', reason });
    }
  });

  it('has nothing to restore when the scan loaded no saved index, and says so', async () => {
    const stats = emptyScanStats();
    assert.equal(await new HintStore(file, 'engine-1', scan(undefined, 100), stats).load('settings'), undefined);
    assert.deepEqual(stats.hints, { cache: 'none' });
    const missing = emptyScanStats();
    assert.equal(await new HintStore(file, 'engine-1', scan(100, 100), missing).load('settings'), undefined);
    assert.deepEqual(missing.hints, { cache: 'missing' });
  });

  it('saves nothing when the index the hints go with was never saved', async () => {
    const stats = emptyScanStats();
    await new HintStore(file, 'engine-1', scan(undefined, undefined), stats).save('settings', hints);
    assert.equal(existsSync(file), false);
    assert.equal(stats.hints, undefined);
  });

  it('survives a folder it cannot write to, and logs why', async () => {
    const logged: string[] = [];
    const blocked = path.join(folder, 'a-file');
    writeFileSync(blocked, 'in the way');
    await new HintStore(path.join(blocked, 'hints.ndjson'), 'engine-1', scan(undefined, 100), emptyScanStats(), (message) => logged.push(message)).save(
      'settings',
      hints,
    );
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /Could not save the similar-lesson hints/);
  });
});
