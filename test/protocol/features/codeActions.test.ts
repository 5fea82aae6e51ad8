import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { todayIso } from '../../../server/src/engine/lesson/analyzeLesson';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: quick fixes for the rules', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  let opened = 0;

  before(async () => {
    workspace = tempWorkspace({ 'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    workspace?.dispose();
  });

  /** Opens the text as a new lesson and waits for the problem with the code to be published. */
  async function openWith(text: string, code: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = fileUri(workspace!.path(`gm/new-${++opened}.lesson.yaml`));
    await client!.open(uri, text);
    const diagnostics = await client!.waitForDiagnostics(uri, (d) => d.some((x) => x.code === code), code);
    return { uri, diagnostics: diagnostics.filter((x) => x.code === code) };
  }

  async function actionsFor(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return client!.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
  }

  /** The text after the action's edit, checking the edit is for the version it was computed on. */
  function apply(action: CodeAction, uri: string, text: string, version = 1): string {
    const changes = action.edit?.documentChanges as TextDocumentEdit[];
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].textDocument, { uri, version });
    return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', version, text), changes[0].edits);
  }

  async function fix(text: string, code: string, title: string): Promise<string> {
    const { uri, diagnostics } = await openWith(text, code);
    const actions = await actionsFor(uri, diagnostics);
    const action = actions.find((candidate) => candidate.title === title);
    assert.ok(action, `an action '${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, 'quickfix');
    assert.deepEqual(
      action.diagnostics?.map((d) => d.code),
      diagnostics.map((d) => d.code),
    );
    return apply(action, uri, text);
  }

  it('replaces a wrong stage with the suggestion, keeping the comment', async () => {
    const text = lessonText({ stage: 'curatd  # where it is in the pipeline' });
    assert.equal(await fix(text, 'invalid-value', "Change to 'curated'"), text.replace('curatd', 'curated').replace('stage: curated', 'stage: curated'));
    const adoption = lessonText({ adoption: '\n  action: replicat  # as it was\n  lesson: GM-0001' });
    assert.equal(await fix(adoption, 'invalid-value', "Change to 'replicate'"), adoption.replace('replicat ', 'replicate '));
  });

  it('renames an unknown key to the known one', async () => {
    const text = lessonText({ title: undefined, tittle: 'Data sharing took nine months  # short' });
    assert.equal(await fix(text, 'unknown-field', "Rename to 'title'"), text.replace('tittle:', 'title:'));
  });

  it('replaces an unknown locality with the nearest known one', async () => {
    const text = lessonText({ locality: 'Greater Manchestr Care Record  # typo' });
    assert.equal(await fix(text, 'unknown-locality', "Change to 'Greater Manchester Care Record'"), text.replace('Manchestr', 'Manchester'));
  });

  it('shows a pasted NHS number as an error on the number and replaces it with [NHS number removed]', async () => {
    const text = lessonText({ not_so_good: '|\n  Test pt 943 476 5919 did not show in the portal.' });
    const { diagnostics } = await openWith(text, 'nhs-number');
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.range.end.character, d.source]),
      [[1, 9, 10, 22, 'learn-once']],
    );
    assert.equal(await fix(text, 'nhs-number', 'Replace with [NHS number removed]'), text.replace('943 476 5919', '[NHS number removed]'));
  });

  it('replaces a date of birth next to "DOB" with [date of birth removed]', async () => {
    const text = lessonText({ good: '|\n  The resident (DOB 03/07/1948) was readmitted.' });
    assert.equal(await fix(text, 'personal-data', 'Replace with [date of birth removed]'), text.replace('03/07/1948', '[date of birth removed]'));
  });

  it("fixes an id's prefix to the locality's", async () => {
    const text = lessonText({ id: 'YH-0042' });
    assert.equal(await fix(text, 'id-prefix-mismatch', "Change id to 'GM-0042'"), text.replace('YH-0042', 'GM-0042'));
  });

  it('inserts a missing field in schema order, after the comment-free end of the field before it', async () => {
    const text = lessonText({ date: undefined, stage: 'captured  # still local\n# topics come from learn-once.yaml' });
    const before = todayIso();
    const result = await fix(text, 'missing-field', "Add 'date'");
    const after = todayIso();
    const expected = (today: string): string => text.replace('# still local\n', `# still local\ndate: ${today}\n`);
    assert.ok([expected(before), expected(after)].includes(result), result);
  });

  it('inserts a missing answer as a block holding its question, between the answers around it', async () => {
    const text = lessonText({ not_so_good: undefined });
    assert.equal(
      await fix(text, 'missing-field', "Add 'not_so_good'"),
      text.replace('improvements:', 'not_so_good: |\n  What was not so good?\nimprovements:'),
    );
  });

  it('inserts a missing adoption.lesson inside the adoption mapping, at its indentation', async () => {
    const text = lessonText({ adoption: '\n    action: replicate  # like for like\n# optional from here', contact: 'someone@nhs.net' });
    assert.equal(await fix(text, 'missing-field', "Add 'lesson'"), text.replace('# like for like\n', '# like for like\n    lesson: YH-0007\n'));
  });

  it('adds a summary stub after the answers when a lesson is curated, never inside the last answer', async () => {
    const text = lessonText({ stage: 'curated', improvements: '|\n  Agree one route.\n\n  Then draft.\n\n# contact below\ncontact: someone@nhs.net' }).replace(
      'contact: someone',
      'contact: someone',
    );
    assert.equal(
      await fix(text, 'summary-required', 'Add a summary'),
      text.replace('  Then draft.\n', '  Then draft.\nsummary: |\n  One paragraph for readers elsewhere: the problem, what worked and what to do next time.\n'),
    );
  });

  it('adds every missing field at once in schema order', async () => {
    const text = lessonText({ title: undefined, good: undefined });
    const { uri, diagnostics } = await openWith(text, 'missing-field');
    assert.equal(diagnostics.length, 2);
    const action = (await actionsFor(uri, diagnostics)).find((candidate) => candidate.title === 'Add the 2 missing fields');
    assert.ok(action);
    assert.equal(
      apply(action, uri, text),
      text
        .replace('id: GM-0042\n', 'id: GM-0042\ntitle: Data sharing agreement sign-off took nine months across three trusts\n')
        .replace('not_so_good:', 'good: |\n  What was good about the project?\nnot_so_good:'),
    );
  });

  it('changes an id no lesson has to the nearest one a lesson has, in a lesson and in a theme', async () => {
    const text = lessonText({ id: 'GM-0050', related: '[GM-0010, WX-9999]' });
    const { uri, diagnostics } = await openWith(text, 'unknown-reference');
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        [12, 10, 17],
        [12, 19, 26],
      ],
    );
    assert.deepEqual(
      (await actionsFor(uri, [diagnostics[1]])).map((action) => action.title),
      [],
      'no id is near WX-9999',
    );
    const [lessonAction] = await actionsFor(uri, [diagnostics[0]]);
    assert.deepEqual([lessonAction?.title, lessonAction?.kind, lessonAction?.isPreferred], ["Change to 'GM-0001'", 'quickfix', true]);
    assert.equal(apply(lessonAction, uri, text), text.replace('GM-0010', 'GM-0001'));

    const themeUri = fileUri(workspace!.path('themes/TH-0001.theme.yaml'));
    // GM-0001 one edit away; GM-0050, the lesson above, two.
    const theme = 'id: TH-0001\ntitle: Sign-off\nlessons: [GM-0001, "GM-001"]\n';
    await client!.open(themeUri, theme);
    const themeDiagnostics = (await client!.waitForDiagnostics(themeUri, (d) => d.some((x) => x.code === 'unknown-reference'))).filter(
      (d) => d.code === 'unknown-reference',
    );
    const [action] = await actionsFor(themeUri, themeDiagnostics);
    assert.deepEqual([action?.title, action?.kind, action?.isPreferred], ["Change to 'GM-0001'", 'quickfix', true]);
    assert.equal(apply(action, themeUri, theme), theme.replace('"GM-001"', '"GM-0001"'));
  });

  it('offers no fix for a diagnostic the current text no longer has', async () => {
    const text = lessonText({ id: 'GM-0099', stage: 'curatd' });
    const { uri, diagnostics } = await openWith(text, 'invalid-value');
    await client!.change(uri, lessonText({ id: 'GM-0099', stage: 'curated', summary: 'A summary.' }));
    await client!.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'invalid-value'), 'the problem to clear');
    assert.deepEqual(await actionsFor(uri, diagnostics), []);
  });
});
