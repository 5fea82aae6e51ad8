import * as assert from 'node:assert/strict';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, treeOutline, waitForTree } from '../support/lessonsTree';
import { languageServerPids } from '../support/serverProcess';
import { waitFor } from '../support/waitFor';

describe('extension: language server crash', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
  });

  it('restarts the killed language server and fills the tree again', async () => {
    const before = await waitForTree(api, (lines) => lines.length > 0, 'the tree before the crash');
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
    const after = await waitForTree(api, (lines) => lines.length === before.length, 'the tree to be filled by the new server');
    assert.deepEqual(after, before);
    assert.deepEqual(treeOutline(api.getTreeSnapshot()), before);
  });
});
