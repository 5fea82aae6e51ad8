import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from './support/LspTestClient';
import { lessonText, tempWorkspace } from './support/tempWorkspace';
import { StatsRequest } from '../../shared/protocol';

async function codeCacheState(client: LspTestClient): Promise<string | undefined> {
  return (await client.connection.sendRequest(StatsRequest, {})).codeCache;
}

/** Published problems by uri; similar-lesson hints are left out, as they follow the scan by a moment that varies. */
const problems = (client: LspTestClient): Map<string, Diagnostic[]> => client.diagnosticsWhere((diagnostic) => diagnostic.code !== 'similar-lesson');

describe('protocol: the launcher and the code cache', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  let storage: string;

  beforeEach(() => {
    storage = mkdtempSync(path.join(tmpdir(), 'learn-once-code-cache-'));
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'gm/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', stage: 'curatd' }),
    });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    workspace?.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  async function start(serverArgs: string[]): Promise<LspTestClient> {
    client = await LspTestClient.start({ folders: [workspace!.root], serverArgs });
    await client.waitForIndex();
    return client;
  }

  it('writes the code cache when the server exits, and the next start uses it and serves the same', async () => {
    const first = await start([`--code-cache=${storage}`]);
    assert.equal(await codeCacheState(first), 'missing');
    const firstProblems = problems(first);
    assert.equal(firstProblems.size, 1);
    await first.stop();
    client = undefined;
    const saved = readdirSync(storage);
    assert.equal(saved.length, 1);
    assert.match(saved[0]!, /^serverMain-.*\.codecache$/);

    const second = await start([`--code-cache=${storage}`]);
    assert.equal(await codeCacheState(second), 'used');
    assert.deepEqual(problems(second), firstProblems);
  });

  it('runs without a code cache when no folder is named, and writes nothing', async () => {
    const only = await start([]);
    assert.equal(await codeCacheState(only), 'off');
    assert.equal(problems(only).size, 1);
    await only.stop();
    client = undefined;
    assert.deepEqual(readdirSync(storage), []);
  });
});
