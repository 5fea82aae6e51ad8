import * as assert from 'node:assert/strict';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ResponseError, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { AdvanceStageRequest, LessonsRequest, NewLessonLocalitiesRequest, NewLessonRequest } from '../../shared/protocol';
import { answerOrResponseError, paramsFor, POSITION_REQUESTS, resolvedCodeActions } from '../fuzz/lspRequests';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { lessonText } from './support/tempWorkspace';

const EXAMPLES = path.resolve(__dirname, '../../examples');

interface FileState {
  kind: 'file' | 'folder' | 'link';
  size: number;
  mtimeMs: number;
  bytes?: Buffer;
}

/** Every entry under a folder with its bytes and modification time. */
function snapshot(root: string): Map<string, FileState> {
  const states = new Map<string, FileState>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const stat = lstatSync(full);
      const relative = path.relative(root, full);
      if (entry.isDirectory()) {
        states.set(relative, { kind: 'folder', size: 0, mtimeMs: stat.mtimeMs });
        walk(full);
      } else {
        states.set(relative, {
          kind: entry.isSymbolicLink() ? 'link' : 'file',
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          bytes: entry.isFile() ? readFileSync(full) : undefined,
        });
      }
    }
  };
  walk(root);
  return states;
}

/** Positions worth asking about in a lesson: each line's start, and inside each key and value. */
function positionsIn(text: string): { line: number; character: number }[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      [0, 2, line.indexOf(':') + 2, line.length]
        .filter((character) => character >= 0 && character <= line.length)
        .map((character) => ({ line: index, character })),
    );
}

describe('protocol: the server never writes to the workspace', function () {
  this.timeout(120_000);
  let client: LspTestClient | undefined;
  let root: string | undefined;
  let storage: string | undefined;

  after(async () => {
    await client?.stop();
    for (const folder of [root, storage]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('opens, edits, fixes, renames, advances and creates lessons across the examples, and every file stays byte for byte', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-safety-'));
    storage = mkdtempSync(path.join(tmpdir(), 'learn-once-storage-'));
    cpSync(EXAMPLES, root, { recursive: true });
    // Files that tempt a careless server to "repair" them.
    cpSync(path.join(EXAMPLES, 'dorset/DC-0001.lesson.yaml'), path.join(root, 'dorset/broken.lesson.yaml'));
    const before = snapshot(root);
    const applyEditRequests: WorkspaceEdit[] = [];

    client = await LspTestClient.start({ folders: [root], initializationOptions: { storagePath: storage } });
    client.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      applyEditRequests.push(params.edit);
      return { applied: false };
    });
    await client.waitForIndex();
    const { connection } = client;

    const lessons = [...before.keys()].filter((relative) => relative.endsWith('.lesson.yaml')).sort();
    let edits = 0;
    let actions = 0;
    for (const relative of lessons) {
      const uri = fileUri(path.join(root, relative));
      const text = readFileSync(path.join(root, relative), 'utf8');
      await client.open(uri, text);
      // A writer's unsaved change: a comment, a typo in the stage and a removed answer.
      const changed = text.replace(/^stage: (\w+)/m, 'stage: $1x  # checking').replace(/^improvements:.*$/m, 'improvments: |');
      await client.change(uri, changed);
      const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, (list) => list.length > 0, 'the changed lesson to be checked');
      for (const position of positionsIn(changed).filter((_, index) => index % 3 === 0)) {
        for (const method of POSITION_REQUESTS) await answerOrResponseError(connection, method, paramsFor(method, uri, position, diagnostics));
      }
      for (const action of await resolvedCodeActions(connection, uri, diagnostics)) {
        actions++;
        if (action.edit) edits++;
      }
      const renamed = await answerOrResponseError<WorkspaceEdit | null>(connection, 'textDocument/rename', {
        textDocument: { uri },
        position: { line: 0, character: 5 },
        newName: 'ZZ-9999',
      });
      if (!(renamed instanceof ResponseError) && renamed) edits++;
      const advanced = await answerOrResponseError<{ advanced: boolean }>(connection, AdvanceStageRequest.method, { uri });
      if (!(advanced instanceof ResponseError) && advanced.advanced) edits++;
      await client.change(uri, 'id: [broken\n');
      await client.close(uri);
    }
    const folderUri = fileUri(root);
    await answerOrResponseError(connection, NewLessonLocalitiesRequest.method, { folderUri });
    const created = await answerOrResponseError<{ uri: string }>(connection, NewLessonRequest.method, {
      folderUri,
      locality: 'Leeds Care Record',
      title: 'Overnight extracts missed daytime changes',
    });
    assert.ok(!(created instanceof ResponseError), 'New Lesson answers with a place and a template');
    await answerOrResponseError(connection, LessonsRequest.method, {});
    await answerOrResponseError(connection, 'workspace/symbol', { query: 'consent' });
    await answerOrResponseError(connection, 'workspace/executeCommand', {
      command: 'learnOnce.server.showLesson',
      arguments: [fileUri(path.join(root, lessons[0]))],
    });
    // The config edited in the editor, then the same events a file watcher sends.
    const config = fileUri(path.join(root, 'learn-once.yaml'));
    await client.open(config, `${readFileSync(path.join(root, 'learn-once.yaml'), 'utf8')}\nbroken: [\n`);
    await client.close(config);
    await client.filesChanged(lessons.slice(0, 5).map((relative) => ({ uri: fileUri(path.join(root!, relative)), type: 2 as const })));
    await client.changeSettings({ maxFileSize: 2000 });
    await client.waitForIndex(2);
    await client.open(fileUri(path.join(root, 'new.lesson.yaml')), lessonText({ id: 'LD-0099' }));

    // Stop the server, so nothing it might still do can be missed.
    await client.stop();
    client = undefined;
    assert.ok(edits > lessons.length, `the run exercised edits (${edits} WorkspaceEdits from ${actions} code actions, renames and stage moves)`);
    assert.deepEqual(applyEditRequests, [], 'the server never asks the editor to apply an edit on its own');
    const afterRun = snapshot(root);
    assert.deepEqual([...afterRun.keys()].sort(), [...before.keys()].sort(), 'no file or folder was created or removed');
    for (const [relative, state] of before) {
      const now = afterRun.get(relative)!;
      assert.equal(now.mtimeMs, state.mtimeMs, `${relative} was not touched`);
      assert.equal(now.size, state.size, `${relative} kept its size`);
      if (state.bytes) assert.ok(now.bytes?.equals(state.bytes), `${relative} kept its bytes`);
    }
  });
});
