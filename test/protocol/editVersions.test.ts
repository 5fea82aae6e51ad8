import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { parseWorkspaceConfig } from '../../server/src/engine/config/workspaceConfig';
import { analyzeLesson, todayIso } from '../../server/src/engine/lesson/analyzeLesson';
import { resolvedCodeActions } from '../fuzz/lspRequests';
import { assertEditsKeptText, rootKeys } from '../fuzz/textEdits';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { AdvanceStageRequest, NewLessonLocalitiesRequest, NewLessonRequest } from '../../shared/protocol';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const CONFIG = parseWorkspaceConfig(readFileSync(path.join(EXAMPLES, 'learn-once.yaml'), 'utf8')).config;

/**
 * YH-0002 as a writer has it open: a comment at the top, a blank line and a comment
 * between fields, a typo in the stage, an unknown key, no date and a related list with a
 * comment. It is GM-0001's near duplicate, so it also gets the similar-lesson hint.
 */
function authored(original: string): string {
  return `# Drafted with the IG officers' network.\n${original}`
    .replace('stage: curated', 'stage: curatd   # check with the programme board')
    .replace(/^date: .*\n/m, '')
    .replace('contact:', '\n# Owner\ncontact:')
    .replace('not_so_good:', 'what_next: ask the SIROs\nnot_so_good:')
    .concat('related: [OL-0003]  # consent model\n');
}

/** The one document edit of a WorkspaceEdit for a uri, with the version it was computed for. */
function documentEdit(edit: WorkspaceEdit | undefined, uri: string): TextDocumentEdit {
  assert.ok(edit?.documentChanges, 'the edit uses documentChanges, so it carries versions');
  assert.equal(edit.changes, undefined, 'no unversioned changes alongside');
  const forUri = (edit.documentChanges as TextDocumentEdit[]).filter((change) => change.textDocument.uri === uri);
  assert.equal(forUri.length, 1, `one document edit for ${uri}`);
  return forUri[0];
}

function apply(text: string, change: TextDocumentEdit): string {
  return TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'yaml', change.textDocument.version ?? 0, text), change.edits);
}

describe("protocol: every edit is for the version it was computed on, and keeps the writer's text", function () {
  this.timeout(60_000);
  let client: LspTestClient | undefined;
  let root: string | undefined;
  let text = '';
  let uri = '';

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-versions-'));
    cpSync(EXAMPLES, root, { recursive: true });
    client = await LspTestClient.start({ folders: [root] });
    await client.waitForIndex();
    uri = fileUri(path.join(root, 'yorkshire-humber/YH-0002.lesson.yaml'));
    const original = readFileSync(path.join(root, 'yorkshire-humber/YH-0002.lesson.yaml'), 'utf8');
    // Opened and typed in three times: the server must answer for version 3, not 1.
    text = authored(original);
    await client.open(uri, original);
    await client.change(uri, original.replace('title:', 'title: Draft:'));
    await client.change(uri, text);
    assert.equal(client.versionOf(uri), 3);
  });

  afterEach(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
    client = undefined;
  });

  async function diagnosticsWith(codes: string[]): Promise<Diagnostic[]> {
    return client!.waitForDiagnostics(uri, (list) => codes.every((code) => list.some((diagnostic) => diagnostic.code === code)), codes.join(', '));
  }

  it('quick fixes for rules and for similar lessons: versioned, and comments, blank lines and key order survive', async () => {
    const diagnostics = await diagnosticsWith(['invalid-value', 'unknown-field', 'missing-field', 'similar-lesson']);
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) actions.push(...(await resolvedCodeActions(client!.connection, uri, [diagnostic])));
    const withEdits = actions.filter((action) => action.edit);
    const titles = withEdits.map((action) => action.title);
    for (const expected of ["Change to 'curated'", "Add 'date'", 'Mark GM-0001 as related'])
      assert.ok(titles.includes(expected), `${expected} among ${JSON.stringify(titles)}`);
    // YH-0002 predates GM-0001 (and here has no date at all): it cannot have reused it, so adopting is not offered.
    assert.ok(!titles.includes('Replicate GM-0001'), JSON.stringify(titles));
    for (const action of withEdits) {
      const change = documentEdit(action.edit, uri);
      assert.equal(change.textDocument.version, 3, `${action.title} is for version 3`);
      const after = apply(text, change);
      assertEditsKeptText(text, after, change.edits, { renamedKeys: action.title.startsWith('Rename to') ? ['what_next'] : [] });
      assert.ok(after.startsWith("# Drafted with the IG officers' network.\n"), `${action.title} keeps the first comment`);
      assert.ok(after.includes('\n\n# Owner\ncontact:'), `${action.title} keeps the blank line and comment`);
    }
    const fixed = (title: string): string => apply(text, documentEdit(withEdits.find((action) => action.title === title)!.edit, uri));
    assert.match(fixed("Change to 'curated'"), /^stage: curated {3}# check with the programme board$/m);
    const dated = fixed("Add 'date'");
    assert.deepEqual(
      rootKeys(dated).slice(0, 8),
      ['id', 'title', 'locality', 'stage', 'reviewed_by', 'reviewed_on', 'date', 'topics'],
      'date goes in its place in the schema order',
    );
    assert.equal(analyzeLesson(dated, { config: CONFIG, today: todayIso() }).facts.date, todayIso());
    assert.ok(fixed('Mark GM-0001 as related').includes('related: [OL-0003, GM-0001]  # consent model'));
  });

  it('a fix asked for right after a change is for the new version; a fix for text that moved on is not offered', async () => {
    const [stale] = (await diagnosticsWith(['invalid-value'])).filter((diagnostic) => diagnostic.code === 'invalid-value');
    // Two lines added above: the stage moves, and the old diagnostic's place is stale.
    const moved = `# one\n# two\n${text}`;
    await client!.change(uri, moved);
    const current = await client!.waitForDiagnostics(uri, (list) =>
      list.some((diagnostic) => diagnostic.code === 'invalid-value' && diagnostic.range.start.line !== stale.range.start.line),
    );
    const staleActions = await resolvedCodeActions(client!.connection, uri, [stale]);
    assert.deepEqual(
      staleActions.filter((action) => action.title === "Change to 'curated'"),
      [],
      'no fix from a diagnostic whose text has moved',
    );
    const fresh = current.find((diagnostic) => diagnostic.code === 'invalid-value')!;
    // Sent without waiting for the server to publish anything: it must see version 5 first.
    void client!.change(uri, `${moved}# three\n`);
    const actions = await resolvedCodeActions(client!.connection, uri, [fresh]);
    const change = documentEdit(actions.find((action) => action.title === "Change to 'curated'")!.edit, uri);
    assert.equal(change.textDocument.version, 5);
    assert.match(apply(`${moved}# three\n`, change), /^stage: curated {3}# check with the programme board$/m);
  });

  it('rename: the open lesson gets its version, files on disk get null, and quotes, comments and order stay', async () => {
    const gm = fileUri(path.join(root!, 'greater-manchester/GM-0001.lesson.yaml'));
    // YH-0002 (open, version 3) names GM-0001 once it is marked related.
    const withReference = text.replace('related: [OL-0003]', 'related: [OL-0003, "GM-0001"]');
    await client!.change(uri, withReference);
    await client!.waitForDiagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'invalid-value'));
    const edit: WorkspaceEdit = await client!.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: gm },
      position: { line: 1, character: 5 },
      newName: 'GM-0099',
    });
    const open = documentEdit(edit, uri);
    assert.equal(open.textDocument.version, 4);
    const renamedOpen = apply(withReference, open);
    assert.ok(renamedOpen.includes('related: [OL-0003, "GM-0099"]  # consent model'), renamedOpen);
    assertEditsKeptText(withReference, renamedOpen, open.edits);
    for (const change of edit.documentChanges as TextDocumentEdit[]) {
      if (change.textDocument.uri === uri) continue;
      assert.equal(change.textDocument.version, null, `${change.textDocument.uri} is not open: its edit is for the file on disk`);
      const onDisk = readFileSync(URI.parse(change.textDocument.uri).fsPath, 'utf8');
      const after = apply(onDisk, change);
      assertEditsKeptText(onDisk, after, change.edits);
      assert.ok(!/\bGM-0001\b/.test(after), `${change.textDocument.uri} no longer names GM-0001`);
    }
    assert.ok(
      (edit.documentChanges as TextDocumentEdit[]).some((change) => change.textDocument.uri === gm),
      'the lesson itself is renamed',
    );
  });

  it('Advance Stage: versioned, only the stage changes (and a summary is added when needed)', async () => {
    const organised = text.replace('stage: curatd', 'stage: organised').replace(/^summary: >\n(?: {2}.*\n)+/m, '');
    await client!.change(uri, organised);
    const result: { advanced: boolean; to: string; edit: WorkspaceEdit; inserted: string[] } = await client!.connection.sendRequest(
      AdvanceStageRequest.method,
      { uri },
    );
    assert.equal(result.advanced, true);
    assert.deepEqual([result.to, result.inserted], ['curated', ['summary']]);
    const change = documentEdit(result.edit, uri);
    assert.equal(change.textDocument.version, 4);
    const after = apply(organised, change);
    assertEditsKeptText(organised, after, change.edits);
    assert.match(after, /^stage: curated {3}# check with the programme board$/m);
  });

  it('New Lesson: a place that is free on disk, past a file named like the next id, and a template that reads back as given', async () => {
    // LD-0005.lesson.yaml exists but its id is broken, so the index does not hold LD-0005.
    const named = path.join(root!, 'leeds/LD-0005.lesson.yaml');
    writeFileSync(named, readFileSync(path.join(root!, 'leeds/LD-0004.lesson.yaml'), 'utf8').replace('id: LD-0004', 'id: LD-0005 draft'));
    await client!.filesChanged([{ uri: fileUri(named), type: 1 }]);
    await client!.waitForDiagnostics(fileUri(named), (list) => list.some((diagnostic) => diagnostic.code === 'invalid-format'));
    const result: { uri: string; id: string; text: string } = await client!.connection.sendRequest(NewLessonRequest, {
      folderUri: fileUri(root!),
      locality: 'Leeds',
      title: 'Overnight extracts: 2025 review',
    });
    assert.equal(result.id, 'LD-0006');
    const offered: { localities: { name: string; nextId: string }[] } = await client!.connection.sendRequest(NewLessonLocalitiesRequest, {
      folderUri: fileUri(root!),
    });
    assert.equal(offered.localities.find((locality) => locality.name === 'Leeds Care Record')?.nextId, 'LD-0006', 'the picker offers the same id');
    assert.equal(existsSync(URI.parse(result.uri).fsPath), false, 'the new file does not overwrite anything');
    const { facts, problems } = analyzeLesson(result.text, { config: CONFIG, today: todayIso() });
    assert.deepEqual([facts.id, facts.title, facts.locality], [result.id, 'Overnight extracts: 2025 review', 'Leeds Care Record']);
    // The sample has a topic list, so the template's topic placeholder is flagged until a listed topic replaces it.
    assert.deepEqual(
      problems
        .filter((problem) => problem.code !== 'placeholder-answer')
        .map((problem) => [problem.code, result.text.split('\n')[problem.range.start.line].slice(problem.range.start.character, problem.range.end.character)]),
      [['unknown-topic', 'topic']],
    );
  });
});
