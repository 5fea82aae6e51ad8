import * as assert from 'node:assert/strict';
import { renameSync, rmSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: diagnostics', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  it('publishes problems for every lesson in the workspace after the scan, with progress', async () => {
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'curatd' }),
      'gm/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
      'node_modules/x/GM-0003.lesson.yaml': lessonText({ id: 'bad' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const diagnostics = client.diagnostics.get(fileUri(workspace.path('gm/GM-0001.lesson.yaml')));
    assert.ok(diagnostics, 'diagnostics were published for a file that was never opened');
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['invalid-value', 'learn-once', 3, 7, 13]],
    );
    assert.match(diagnostics[0].message, /did you mean 'curated'\?/);
    assert.equal(client.diagnostics.get(fileUri(workspace.path('gm/GM-0002.lesson.yaml'))), undefined, 'a clean file needs no publication');
    assert.equal(client.diagnostics.get(fileUri(workspace.path('node_modules/x/GM-0003.lesson.yaml'))), undefined, 'node_modules is skipped');
    assert.equal(client.progress[0].value.kind, 'begin');
    assert.equal(client.progress.at(-1)!.value.kind, 'end');
  });

  it('publishes the adoption rules and missing artefacts, and rechecks artefacts when the lesson changes', async () => {
    const adopter = lessonText({
      id: 'GM-0002',
      date: '2025-01-10',
      adoption: '\n  - action: replicate\n    lesson: GM-0001\n  - action: enhance\n    lesson: YH-0001',
      artefacts: '[docs/dsa.md, "https://example.nhs.uk/dpia"]',
    });
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', date: '2024-06-01' }),
      'gm/GM-0002.lesson.yaml': adopter,
      'yh/YH-0001.lesson.yaml': lessonText({ id: 'YH-0001', locality: 'Yorkshire & Humber Care Record', date: '2025-02-01' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('gm/GM-0002.lesson.yaml'));
    // Lessons written from one template read alike: their similar-lesson hints are not what this test is about.
    const ruled = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code !== 'similar-lesson');
    const shown = (diagnostics: Diagnostic[]) =>
      ruled(diagnostics).map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
    const published = await client.waitForDiagnostics(uri, (d) => ruled(d).length === 3);
    assert.deepEqual(shown(published), [
      [
        'own-locality-adoption',
        2,
        14,
        12,
        14,
        19,
        "GM-0001 is from this lesson's own locality (Greater Manchester Care Record): adoption records reusing another locality's solution. List GM-0001 under related instead.",
      ],
      [
        'adoption-not-older',
        2,
        16,
        12,
        16,
        19,
        'YH-0001 is dated 2025-02-01, not before this lesson (2025-01-10): a lesson can only adopt a solution learnt before it. Check both dates, or list YH-0001 under related instead.',
      ],
      [
        'missing-artefact',
        2,
        17,
        12,
        17,
        23,
        "Nothing at 'docs/dsa.md' in the workspace (paths are read from the workspace folder). Check the path, add the document, or give a link (http:// or https://) instead.",
      ],
    ]);
    // The document added, the lesson's next change finds it.
    workspace.write('docs/dsa.md', '# DSA\n');
    await client.open(uri, adopter.replace('date: 2025-01-10', 'date: 2025-03-10'));
    const after = await client.waitForDiagnostics(uri, (d) => ruled(d).length === 1);
    assert.deepEqual(
      ruled(after).map((d) => d.code),
      ['own-locality-adoption'],
    );
  });

  it('open unsaved text wins over the disk and didChange republishes at once', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.open(uri, lessonText({ id: 'GM-0001', date: '2025-02-30' }));
    const opened = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'invalid-date'));
    assert.deepEqual(opened[0].range, { start: { line: 4, character: 6 }, end: { line: 4, character: 16 } });
    await client.change(uri, lessonText({ id: 'GM-0001' }));
    await client.waitForDiagnostics(uri, (d) => d.length === 0, 'the problems to clear');
    await client.change(uri, lessonText({ id: 'GM-0001', stage: 'curated' }));
    const curated = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      curated.map((d) => d.code),
      ['summary-required'],
    );
  });

  it('duplicate ids are reported in both files with related information, and cleared when one changes', async () => {
    workspace = tempWorkspace({
      'a/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'b/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', title: 'Another lesson' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const a = fileUri(workspace.path('a/GM-0001.lesson.yaml'));
    const b = fileUri(workspace.path('b/GM-0001.lesson.yaml'));
    for (const [uri, other] of [
      [a, b],
      [b, a],
    ]) {
      const diagnostics: Diagnostic[] = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'duplicate-id'));
      const duplicate: Diagnostic = diagnostics.find((d) => d.code === 'duplicate-id')!;
      assert.equal(duplicate.relatedInformation?.[0].location.uri, other);
      assert.deepEqual(duplicate.relatedInformation?.[0].location.range.start, { line: 0, character: 4 });
    }
    await client.open(b, lessonText({ id: 'GM-0002', title: 'Another lesson' }));
    await client.waitForDiagnostics(a, (d) => d.length === 0, 'the duplicate in the other file to clear');
  });

  it('follows created, changed, deleted and renamed files through watched-file events', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', related: '[GM-0002]' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const first = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.waitForDiagnostics(first, (d) => d.some((x) => x.code === 'unknown-reference'));
    const created = workspace.write('GM-0002.lesson.yaml', lessonText({ id: 'GM-0002' }));
    await client.filesChanged([{ uri: fileUri(created), type: 1 }]);
    await client.waitForDiagnostics(first, (d) => d.length === 0, 'the reference to resolve once the file exists');
    const renamed = workspace.path('GM-0002-renamed.lesson.yaml');
    renameSync(created, renamed);
    await client.filesChanged([
      { uri: fileUri(created), type: 3 },
      { uri: fileUri(renamed), type: 1 },
    ]);
    workspace.write('GM-0002-renamed.lesson.yaml', lessonText({ id: 'GM-0002', stage: 'sent' }));
    await client.filesChanged([{ uri: fileUri(renamed), type: 2 }]);
    await client.waitForDiagnostics(fileUri(renamed), (d) => d.some((x) => x.code === 'invalid-value'));
    rmSync(renamed);
    await client.filesChanged([{ uri: fileUri(renamed), type: 3 }]);
    await client.waitForDiagnostics(first, (d) => d.some((x) => x.code === 'unknown-reference'), 'the reference to break again');
    await client.waitForDiagnostics(fileUri(renamed), (d) => d.length === 0, 'the deleted file to be cleared');
  });

  it('drops a deleted lesson even while an editor still holds it, and takes it back when it is saved again', async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', related: '[GM-0002]' }),
      'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const first = fileUri(workspace.path('GM-0001.lesson.yaml'));
    const second = workspace.path('GM-0002.lesson.yaml');
    await client.open(fileUri(second), lessonText({ id: 'GM-0002' }));
    rmSync(second);
    await client.filesChanged([{ uri: fileUri(second), type: 3 }]);
    await client.waitForDiagnostics(first, (d) => d.some((x) => x.code === 'unknown-reference'), 'the reference to the deleted lesson to break');
    workspace.write('GM-0002.lesson.yaml', lessonText({ id: 'GM-0002' }));
    await client.filesChanged([{ uri: fileUri(second), type: 1 }]);
    await client.waitForDiagnostics(first, (d) => d.length === 0, 'the reference to resolve once the open lesson is saved again');
  });

  it('applies a settings change without a reload: scope open clears unopened files', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'nope' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.waitForDiagnostics(uri, (d) => d.length === 1);
    await client.changeSettings({ diagnostics: { scope: 'open' } });
    await client.waitForDiagnostics(uri, (d) => d.length === 0, 'the unopened file to be cleared');
    await client.open(uri, lessonText({ id: 'GM-0001', stage: 'nope' }));
    await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the opened file to be checked');
  });

  it('a file over learnOnce.maxFileSize gets one problem saying so and is not parsed', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', good: `|\n  ${'x'.repeat(4000)}`, stage: 'nope' }) });
    client = await LspTestClient.start({ folders: [workspace.root], settings: { maxFileSize: 2_000 } });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['file-too-large'],
    );
    assert.match(diagnostics[0].message, /over the 2 KB limit \(learnOnce.maxFileSize\)/);
  });

  it('survives bad input: binary, empty, invalid YAML, alias bombs and deep nesting, and keeps answering', async () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    workspace = tempWorkspace({
      'binary.lesson.yaml': Buffer.from([0x00, 0xff, 0x10, 0x00]),
      'latin1.lesson.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
      'empty.lesson.yaml': '',
      'broken.lesson.yaml': 'id: [GM-0001\ntitle: x\n',
      'bomb.lesson.yaml': bomb,
      'deep.lesson.yaml': '['.repeat(50000),
      'folder.lesson.yaml/inner.txt': 'x',
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'nope' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const codes = (name: string): string[] => (client!.diagnostics.get(fileUri(workspace!.path(name))) ?? []).map((d) => String(d.code));
    assert.deepEqual(codes('binary.lesson.yaml'), ['not-text']);
    assert.deepEqual(codes('latin1.lesson.yaml'), ['not-text']);
    assert.deepEqual(codes('empty.lesson.yaml'), ['empty-value']);
    assert.ok(codes('broken.lesson.yaml').includes('yaml-syntax'));
    assert.deepEqual(codes('bomb.lesson.yaml'), ['alias-limit']);
    assert.ok(codes('deep.lesson.yaml').includes('too-deeply-nested'));
    assert.deepEqual(codes('folder.lesson.yaml'), ['file-unreadable']);
    assert.deepEqual(codes('GM-0001.lesson.yaml'), ['invalid-value'], 'the server still checks good files after bad ones');
  });

  it("an open document whose text holds NULs gets the binary file's one problem, at the first NUL", async () => {
    const text = `${lessonText({ id: 'GM-0001' })}notes: \u0000\u0001\u0000 [\n`;
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': Buffer.from(text, 'utf8') });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
    const shown = (diagnostics: Diagnostic[]) =>
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
    const message = 'This file is binary, not text; a lesson is a UTF-8 YAML text file.';
    assert.deepEqual(shown(await client.waitForDiagnostics(uri, (d) => d.length > 0)), [['not-text', 1, 0, 0, 0, 0, message]]);
    await client.open(uri, text);
    assert.deepEqual(shown(await client.waitForDiagnostics(uri, (d) => d.length > 0 && d[0].range.start.line > 0)), [['not-text', 1, 12, 7, 12, 8, message]]);
    await client.change(uri, lessonText({ id: 'GM-0001' }));
    await client.waitForDiagnostics(uri, (d) => d.length === 0, 'the problem to clear once the NULs are gone');
  });
});
