import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson, todayIso } from '../../../server/src/engine/lesson/analyzeLesson';
import { type SimilarLessonsResult, SimilarLessonsRequest } from '../../../shared/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const DSA_GM = lessonText({
  id: 'GM-0001',
  title: 'Data sharing agreement sign-off took nine months across three trusts',
  topics: '[information governance, data sharing]',
  good: '|\n  Every trust named one information governance lead early, so the agreement text was settled once.',
  not_so_good: '|\n  Each trust board approved the data sharing agreement separately and sign-off took nine months.',
  improvements: '|\n  Agree a single sign-off route with all partners before drafting the agreement.',
});
const DSA_YH = lessonText({
  id: 'YH-0007',
  title: 'Getting every partner to sign the DSA took most of a year',
  locality: 'Yorkshire & Humber Care Record',
  // Older than GM-0001, so GM-0001 may adopt it.
  date: '2024-02-01',
  stage: 'curated',
  summary: 'One approval route for the DSA, agreed up front, would have saved months.',
  topics: '[IG, data sharing]',
  good: '|\n  IG leads from every provider agreed the wording of the DSA quickly.',
  not_so_good: '|\n  Approval went to each provider board in turn, so signing the DSA dragged on for most of a year.',
  improvements: '|\n  Agree one approval route for the DSA with all partners before the drafting starts.',
});
const UNRELATED = lessonText({
  id: 'WX-0003',
  title: 'Clinicians stopped using the viewer when login took three clicks',
  locality: 'Wessex Care Records',
  topics: '[adoption, training]',
  good: '|\n  Single sign-on from the GP system made the viewer one click away.',
  not_so_good: '|\n  Before single sign-on, clinicians gave up after the second password prompt.',
  improvements: '|\n  Launch the viewer in context from the clinical system from day one.',
});

describe('protocol: similar lessons', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  // The hint's mechanics are tested at a low threshold; its quality is measured by bench:similarity.
  const start = async (files: Record<string, string>, settings: Record<string, unknown> = { similarLessons: { threshold: 0.15 } }): Promise<void> => {
    workspace = tempWorkspace(files);
    client = await LspTestClient.start({ folders: [workspace.root], settings });
    await client.waitForIndex();
  };
  const hintOf = (diagnostics: Diagnostic[]): Diagnostic | undefined => diagnostics.find((d) => d.code === 'similar-lesson');

  it("hints on the title of each of two paraphrased lessons, linking the other lesson's title", async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM, 'yh/YH-0007.lesson.yaml': DSA_YH, 'wx/WX-0003.lesson.yaml': UNRELATED });
    const gm = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    const yh = fileUri(workspace!.path('yh/YH-0007.lesson.yaml'));
    const diagnostics = await client!.waitForDiagnostics(gm, (d) => hintOf(d) !== undefined, 'the similar-lesson hint');
    const hint = hintOf(diagnostics)!;
    assert.equal(hint.severity, 3, 'Information by default');
    assert.equal(hint.source, 'learn-once');
    assert.deepEqual(hint.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 75 } });
    assert.match(
      hint.message,
      /^Similar lesson exists: YH-0007 'Getting every partner to sign the DSA took most of a year' \(Yorkshire & Humber Care Record, curated, \d+% similar\)/,
    );
    assert.equal(hint.relatedInformation?.length, 1);
    assert.equal(hint.relatedInformation?.[0].location.uri, yh);
    assert.deepEqual(hint.relatedInformation?.[0].location.range.start, { line: 1, character: 7 });
    await client!.waitForDiagnostics(yh, (d) => hintOf(d)?.message.includes('GM-0001') === true, 'the hint on the other side');
    assert.equal(hintOf(client!.diagnostics.get(fileUri(workspace!.path('wx/WX-0003.lesson.yaml'))) ?? []), undefined, 'an unrelated lesson gets no hint');
  });

  it('leaves lessons already linked through related or adoption out of the hint, in both directions', async () => {
    // OL-0009 is a third, unlinked paraphrase: the hints must name it and never the linked lesson.
    const linked = DSA_GM.replace('topics:', 'related: [YH-0007]\ntopics:');
    const third = DSA_YH.replace('YH-0007', 'OL-0009').replace('Yorkshire & Humber Care Record', 'One London');
    await start({ 'gm/GM-0001.lesson.yaml': linked, 'yh/YH-0007.lesson.yaml': DSA_YH, 'ol/OL-0009.lesson.yaml': third });
    const gm = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    const yh = fileUri(workspace!.path('yh/YH-0007.lesson.yaml'));
    // Right after the scan the engine may still be filling (answers then say they are partial).
    const result = await client!.requestUntil<SimilarLessonsResult>(
      SimilarLessonsRequest.method,
      { uri: gm },
      (answer) => !answer.partial,
      'a complete answer',
    );
    assert.ok(
      result.matches.some((m) => m.id === 'YH-0007' && m.aboveThreshold),
      'the ranking itself still finds the linked lesson',
    );
    const gmHint = hintOf(await client!.waitForDiagnostics(gm, (d) => hintOf(d) !== undefined))!;
    assert.match(gmHint.message, /^Similar lesson exists: OL-0009/);
    assert.doesNotMatch(gmHint.message, /YH-0007/);
    assert.deepEqual(
      gmHint.relatedInformation?.map((r) => r.location.uri),
      [fileUri(workspace!.path('ol/OL-0009.lesson.yaml'))],
    );
    const yhHint = hintOf(await client!.waitForDiagnostics(yh, (d) => hintOf(d) !== undefined))!;
    assert.doesNotMatch(yhHint.message, /GM-0001/, 'the lesson named by related gets no hint for the lesson naming it');
  });

  it('re-evaluates as the author types, for the edited lesson and the lesson it stops resembling', async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM, 'yh/YH-0007.lesson.yaml': DSA_YH });
    const gm = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    const yh = fileUri(workspace!.path('yh/YH-0007.lesson.yaml'));
    await client!.waitForDiagnostics(yh, (d) => hintOf(d) !== undefined);
    await client!.open(gm, DSA_GM);
    await client!.change(gm, UNRELATED.replace('WX-0003', 'GM-0001').replace('Wessex Care Records', 'Greater Manchester Care Record'));
    await client!.waitForDiagnostics(gm, (d) => hintOf(d) === undefined, 'the edited lesson to lose its hint');
    await client!.waitForDiagnostics(yh, (d) => hintOf(d) === undefined, 'the other lesson to lose its hint too');
  });

  it('applies learnOnce.similarLessons.severity live, including off', async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM, 'yh/YH-0007.lesson.yaml': DSA_YH });
    const gm = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    await client!.waitForDiagnostics(gm, (d) => hintOf(d) !== undefined);
    await client!.changeSettings({ similarLessons: { threshold: 0.15, severity: 'warning' } });
    await client!.waitForDiagnostics(gm, (d) => hintOf(d)?.severity === 2, 'the hint as a warning');
    await client!.changeSettings({ similarLessons: { threshold: 0.15, severity: 'off' } });
    await client!.waitForDiagnostics(gm, (d) => hintOf(d) === undefined, 'the hint to go');
  });

  it('applies the threshold setting live', async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM, 'yh/YH-0007.lesson.yaml': DSA_YH });
    const gm = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    await client!.waitForDiagnostics(gm, (d) => hintOf(d) !== undefined);
    await client!.changeSettings({ similarLessons: { threshold: 1 } });
    await client!.waitForDiagnostics(gm, (d) => hintOf(d) === undefined, 'no hint at threshold 1');
  });

  it('answers learnOnce/similarLessons for unsaved text, ranked, with scores in [0,1]', async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM, 'wx/WX-0003.lesson.yaml': UNRELATED });
    // Right after the scan the engine may still be filling (answers then say they are partial).
    const result = await client!.requestUntil<SimilarLessonsResult>(
      SimilarLessonsRequest.method,
      { text: DSA_YH, top: 5 },
      (answer) => !answer.partial,
      'a complete answer',
    );
    assert.deepEqual(
      result.matches.map((m) => m.id),
      ['GM-0001', 'WX-0003'].slice(0, result.matches.length),
    );
    assert.equal(result.matches[0].id, 'GM-0001');
    for (const match of result.matches) assert.ok(match.score >= 0 && match.score <= 1);
    assert.ok(result.matches[0].score > (result.matches[1]?.score ?? 0));
    assert.equal(result.matches[0].title, 'Data sharing agreement sign-off took nine months across three trusts');
    assert.equal(result.matches[0].locality, 'Greater Manchester Care Record');
    assert.equal(result.matches[0].uri, fileUri(workspace!.path('gm/GM-0001.lesson.yaml')));
  });

  it('rejects a request with neither uri nor text with a clear error', async () => {
    await start({ 'gm/GM-0001.lesson.yaml': DSA_GM });
    await assert.rejects(client!.connection.sendRequest(SimilarLessonsRequest, {}), /needs a uri or the text of a lesson/);
  });
});

describe('protocol: similar-lesson quick fixes', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  // A lesson with comments, a blank line and an existing related list, to show fixes keep them.
  const AUTHORED = DSA_GM.replace('topics:', '# Written up after the March board.\n\nrelated: [WX-0003]  # viewer adoption\ntopics:');

  async function fixesFor(text: string): Promise<{ uri: string; actions: CodeAction[] }> {
    workspace = tempWorkspace({ 'gm/GM-0001.lesson.yaml': text, 'yh/YH-0007.lesson.yaml': DSA_YH, 'wx/WX-0003.lesson.yaml': UNRELATED });
    client = await LspTestClient.start({ folders: [workspace.root], settings: { similarLessons: { threshold: 0.15 } } });
    await client.waitForIndex();
    const uri = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'similar-lesson'));
    const hint = diagnostics.find((d) => d.code === 'similar-lesson')!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: hint.range,
      context: { diagnostics: [hint] },
    });
    return { uri, actions };
  }

  function applied(text: string, action: CodeAction, uri: string): string {
    const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(change, `${action.title} carries a versioned document edit`);
    assert.equal(change.textDocument.uri, uri);
    assert.equal(change.textDocument.version, 1, "computed for the open document's version");
    return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits);
  }

  it('offers Replicate, Customise, Enhance, Mark as related and Open for the similar lesson', async () => {
    const { actions } = await fixesFor(AUTHORED);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Replicate YH-0007', 'Customise YH-0007', 'Enhance YH-0007', 'Mark YH-0007 as related', 'Open YH-0007'],
    );
    for (const action of actions) assert.equal(action.kind, 'quickfix');
  });

  it('offers only Mark as related and Open when the similar lesson is not older than this one', async () => {
    const { actions } = await fixesFor(AUTHORED.replace(/^date: .*$/m, 'date: 2024-01-15'));
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Mark YH-0007 as related', 'Open YH-0007'],
    );
  });

  it('Replicate writes the adoption block and keeps comments, blank lines and key order', async () => {
    const { uri, actions } = await fixesFor(AUTHORED);
    const result = applied(
      AUTHORED,
      actions.find((a) => a.title === 'Replicate YH-0007')!,
      uri,
    );
    assert.match(result, /\nadoption:\n {2}action: replicate\n {2}lesson: YH-0007\n/);
    assert.ok(result.includes('# Written up after the March board.\n\nrelated: [WX-0003]  # viewer adoption\n'), result);
    const keys = result
      .split('\n')
      .filter((line) => /^[a-z_]+:/.test(line))
      .map((line) => line.slice(0, line.indexOf(':')));
    assert.deepEqual(keys, ['id', 'title', 'locality', 'stage', 'date', 'related', 'topics', 'good', 'not_so_good', 'improvements', 'adoption']);
    // The result is still a valid lesson: the fix only adds what the schema allows.
    assert.deepEqual(analyzeLesson(result, { config: DEFAULT_CONFIG, today: todayIso() }).problems, []);
  });

  it('Customise and Enhance write their action', async () => {
    const { uri, actions } = await fixesFor(AUTHORED);
    assert.match(
      applied(
        AUTHORED,
        actions.find((a) => a.title === 'Customise YH-0007')!,
        uri,
      ),
      /adoption:\n {2}action: customise\n {2}lesson: YH-0007/,
    );
    assert.match(
      applied(
        AUTHORED,
        actions.find((a) => a.title === 'Enhance YH-0007')!,
        uri,
      ),
      /adoption:\n {2}action: enhance\n {2}lesson: YH-0007/,
    );
  });

  it('Customise on a lesson that already adopts another adds a second adoption, turning the block into a list and keeping its comments', async () => {
    const adopting = `${AUTHORED}adoption:  # from Wessex\n  # agreed at the March board\n  action: replicate\n  lesson: WX-0003\n`;
    const { uri, actions } = await fixesFor(adopting);
    const result = applied(
      adopting,
      actions.find((a) => a.title === 'Customise YH-0007')!,
      uri,
    );
    assert.equal(
      result,
      `${AUTHORED}adoption:  # from Wessex\n  # agreed at the March board\n  - action: replicate\n    lesson: WX-0003\n  - action: customise\n    lesson: YH-0007\n`,
    );
    assert.deepEqual(analyzeLesson(result, { config: DEFAULT_CONFIG, today: todayIso() }).facts.adoptions, [
      { action: 'replicate', lesson: 'WX-0003' },
      { action: 'customise', lesson: 'YH-0007' },
    ]);
  });

  it('Mark as related appends to the existing list in its own style, keeping its comment', async () => {
    const { uri, actions } = await fixesFor(AUTHORED);
    const result = applied(
      AUTHORED,
      actions.find((a) => a.title === 'Mark YH-0007 as related')!,
      uri,
    );
    assert.ok(result.includes('related: [WX-0003, YH-0007]  # viewer adoption\n'), result);
  });

  it('Mark as related adds a related list when there is none', async () => {
    const { uri, actions } = await fixesFor(DSA_GM);
    const result = applied(
      DSA_GM,
      actions.find((a) => a.title === 'Mark YH-0007 as related')!,
      uri,
    );
    assert.match(result, /\nrelated: \[YH-0007\]\n/);
  });

  it('Open asks the editor to show the other lesson at its title', async () => {
    const { actions } = await fixesFor(DSA_GM);
    const open = actions.find((a) => a.title === 'Open YH-0007')!;
    assert.equal(open.command?.command, 'learnOnce.server.showLesson');
    await client!.connection.sendRequest('workspace/executeCommand', { command: open.command!.command, arguments: open.command!.arguments });
    const shown = await client!.waitFor(() => client!.shownDocuments[0], 'window/showDocument');
    assert.equal(shown.uri, fileUri(workspace!.path('yh/YH-0007.lesson.yaml')));
    assert.deepEqual((shown.selection as { start: unknown }).start, { line: 1, character: 7 });
  });
});
