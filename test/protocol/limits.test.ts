import * as assert from 'node:assert/strict';
import { ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { answerOrResponseError, paramsFor, POSITION_REQUESTS } from '../fuzz/lspRequests';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { lessonText, tempWorkspace } from './support/tempWorkspace';

describe('protocol: limits that keep the server responsive', function () {
  this.timeout(60_000);
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  /** Five lessons, each with one problem of its own, so it shows which ones were indexed. */
  function fiveLessons(): ReturnType<typeof tempWorkspace> {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 5; n++) files[`gm/GM-000${n}.lesson.yaml`] = lessonText({ id: `GM-000${n}`, stage: 'nope' });
    return tempWorkspace(files);
  }

  it('learnOnce.maxLessons: past the cap a warning says how many were skipped, the first skipped file says so, and raising it indexes the rest', async () => {
    workspace = fiveLessons();
    client = await LspTestClient.start({ folders: [workspace.root], settings: { maxLessons: 3, similarLessons: { severity: 'off' } } });
    await client.waitForIndex();
    const uris = [1, 2, 3, 4, 5].map((n) => fileUri(workspace!.path(`gm/GM-000${n}.lesson.yaml`)));
    const warning = await client.waitFor(() => client!.messages.find((message) => message.type === 2), 'the limit warning');
    assert.equal(
      warning.message,
      'Learn Once checks at most 3 lessons (learnOnce.maxLessons), so 2 lesson files were skipped. Raise learnOnce.maxLessons, or leave folders out with files.exclude.',
    );
    const codes = (): string[][] => uris.map((uri) => (client!.diagnostics.get(uri) ?? []).map((diagnostic) => String(diagnostic.code)));
    await client.waitFor(
      () => codes().filter((list) => list.includes('invalid-value')).length === 3 && codes().some((list) => list.includes('index-limit')),
      'three lessons checked and the notice',
    );
    const limited = codes()
      .flat()
      .filter((code) => code === 'index-limit');
    assert.equal(limited.length, 1, 'one file carries the notice');
    const notice = [...client.diagnostics.values()].flat().find((diagnostic) => diagnostic.code === 'index-limit')!;
    assert.equal(notice.severity, 2);
    assert.match(notice.message, /^This lesson is not checked: Learn Once checks at most 3 lessons \(learnOnce\.maxLessons\)/);
    assert.equal(codes().filter((list) => list.length === 0).length, 1, 'the other skipped file shows nothing');

    await client.changeSettings({ maxLessons: 10, similarLessons: { severity: 'off' } });
    await client.waitForIndex(2);
    await client.waitFor(() => codes().every((list) => list.length === 1 && list[0] === 'invalid-value'), 'all five lessons checked and the notice gone');
    assert.equal(client.messages.filter((message) => message.type === 2).length, 1, 'no second warning once under the cap');
  });

  it('a cap of zero or nonsense falls back to the default and indexes everything', async () => {
    workspace = fiveLessons();
    client = await LspTestClient.start({ folders: [workspace.root], settings: { maxLessons: 0, similarLessons: { severity: 'off' } } });
    await client.waitForIndex();
    const uris = [1, 2, 3, 4, 5].map((n) => fileUri(workspace!.path(`gm/GM-000${n}.lesson.yaml`)));
    await client.waitFor(() => uris.every((uri) => client!.diagnostics.get(uri)?.[0]?.code === 'invalid-value'), 'every lesson checked');
    assert.deepEqual(
      client.messages.filter((message) => message.type === 2),
      [],
    );
  });

  it('an open document over learnOnce.maxFileSize is not parsed, and every request on it still answers', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root], settings: { maxFileSize: 2_000 } });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('huge.lesson.yaml'));
    const huge = lessonText({ id: 'GM-0002', good: `|\n${'  line of text\n'.repeat(200_000)}` });
    await client.open(uri, huge);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['file-too-large'],
    );
    assert.equal(
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }),
      null,
      'no hover from a file that is not parsed',
    );
    const small = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.open(small, lessonText({ id: 'GM-0001' }));
    assert.ok(
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } }),
      'hover on a lesson under the limit',
    );
    for (const method of POSITION_REQUESTS) {
      const answer = await answerOrResponseError(client.connection, method, paramsFor(method, uri, { line: 0, character: 5 }, diagnostics));
      assert.ok(answer === null || answer instanceof ResponseError || typeof answer === 'object', method);
    }
  });

  it('an alias bomb and thousands of nested brackets in an open document get one problem each, and the server keeps answering', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const bomb = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 12; level++)
      bomb.push(
        `l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    const cases: [string, string][] = [
      ['bomb.lesson.yaml', bomb.join('\n')],
      ['deep.lesson.yaml', `good: ${'{a: '.repeat(100_000)}`],
    ];
    for (const [name, text] of cases) {
      const uri = fileUri(workspace.path(name));
      await client.open(uri, text);
      const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, (list) => list.length > 0);
      assert.deepEqual(
        diagnostics.map((diagnostic) => diagnostic.code),
        [name.startsWith('bomb') ? 'alias-limit' : 'too-deeply-nested'],
      );
      for (const method of POSITION_REQUESTS)
        await answerOrResponseError(client.connection, method, paramsFor(method, uri, { line: 1, character: 4 }, diagnostics));
    }
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: fileUri(workspace.path('GM-0001.lesson.yaml')) },
    });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'a good lesson is still answered');
  });
});
