import * as assert from 'node:assert/strict';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, treeOutline, waitForTree } from '../support/lessonsTree';
import { languageServerPids } from '../support/serverProcess';
import { waitFor } from '../support/waitFor';

/** Kills the one language server of this window and waits for its successor to be running; returns the new process id. */
async function killServer(api: LearnOnceTestApi): Promise<number> {
  const [pid, ...others] = await waitFor(() => {
    const pids = languageServerPids();
    return pids.length > 0 && pids;
  }, 'the language server process');
  assert.deepEqual(others, [], 'one language server per window');
  process.kill(pid, 'SIGKILL');
  const [restarted] = await waitFor(() => {
    const pids = languageServerPids().filter((candidate) => candidate !== pid);
    return pids.length > 0 && api.languageClientState() === 'running' && pids;
  }, 'a new language server process after the old one was killed');
  assert.notEqual(restarted, pid);
  return restarted;
}

describe('extension: language server crash', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
  });

  it('restarts the killed language server and fills the tree again', async () => {
    const first = await waitForTree(api, (lines) => lines.length > 0, 'the tree before the crash');
    // A started server sees what the editor still holds, a lesson whose file an earlier suite
    // deleted among it (the editor keeps closed documents a while), where the server that saw
    // the deletion had dropped it: so the tree to fill again is the one a started server fills.
    await killServer(api);
    const before = await waitForTree(api, (lines) => api.isIndexed() && lines.length >= first.length, 'the tree of the first restarted server');
    await killServer(api);
    const after = await waitForTree(api, (lines) => lines.length === before.length, 'the tree to be filled by the next server');
    assert.deepEqual(after, before);
    assert.deepEqual(treeOutline(api.getTreeSnapshot()), before);
  });
});
