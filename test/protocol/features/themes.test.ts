import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CodeAction, CompletionList, CreateFile, Diagnostic, Hover, Location, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NEW_THEME_TITLE_RANGE, newThemeText } from '../../../server/src/engine/themes/newTheme';
import { type LessonsResult, LessonsRequest } from '../../../shared/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const DSA_GM = lessonText({
  id: 'GM-0001',
  title: 'Data sharing agreement sign-off took nine months across three trusts',
  good: '|\n  Every trust named one information governance lead early, so the agreement text was settled once.',
  not_so_good: '|\n  Each trust board approved the data sharing agreement separately and sign-off took nine months.',
  improvements: '|\n  Agree a single sign-off route with all partners before drafting the agreement.',
});
const DSA_YH = lessonText({
  id: 'YH-0007',
  title: 'Getting every partner to sign the DSA took most of a year',
  locality: 'Yorkshire & Humber Care Record',
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
const THEME = 'id: TH-0001\ntitle: Agreements across many partners\nlessons: [YH-0007, "GM-0099"]\nsummary: Every partner signs on its own timetable.\n';

const range = (line: number, start: number, end: number): Location['range'] => ({ start: { line, character: start }, end: { line, character: end } });

describe('protocol: themes', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  let uris: { gm: string; yh: string; wx: string; theme: string };

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  async function start(options: { resourceOperations?: string[]; settings?: Record<string, unknown> } = {}): Promise<LspTestClient> {
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': DSA_GM,
      'yh/YH-0007.lesson.yaml': DSA_YH,
      'wx/WX-0003.lesson.yaml': UNRELATED,
      'themes/TH-0001.theme.yaml': THEME,
    });
    client = await LspTestClient.start({ folders: [workspace.root], ...options });
    await client.waitForIndex();
    uris = {
      gm: fileUri(workspace.path('gm/GM-0001.lesson.yaml')),
      yh: fileUri(workspace.path('yh/YH-0007.lesson.yaml')),
      wx: fileUri(workspace.path('wx/WX-0003.lesson.yaml')),
      theme: fileUri(workspace.path('themes/TH-0001.theme.yaml')),
    };
    return client;
  }

  const codes = (diagnostics: Diagnostic[] | undefined): string[] => (diagnostics ?? []).map((diagnostic) => String(diagnostic.code));

  it("publishes a theme's problems, an id no lesson has on the id itself, and follows lessons, edits and files", async () => {
    const lsp = await start();
    const [unknown] = await lsp.waitForDiagnostics(uris.theme, (d) => codes(d).includes('unknown-reference'), "the theme's unknown reference");
    assert.deepEqual(
      lsp.diagnostics.get(uris.theme)!.map((d) => [d.code, d.severity, d.source]),
      [['unknown-reference', 1, 'learn-once']],
    );
    assert.deepEqual(unknown.range, range(2, 19, 28));
    assert.equal(unknown.message, "lessons names 'GM-0099', but no lesson in the workspace has that id.");

    // A lesson with that id appears on disk: the theme is clean.
    writeFileSync(workspace!.path('gm/GM-0099.lesson.yaml'), lessonText({ id: 'GM-0099' }));
    await lsp.filesChanged([{ uri: fileUri(workspace!.path('gm/GM-0099.lesson.yaml')), type: 1 }]);
    await lsp.waitForDiagnostics(uris.theme, (d) => d.length === 0, 'the theme to be clean');

    // Typed in the editor: its text wins, and the schema is checked as it is typed.
    await lsp.open(uris.theme, THEME.replace(/summary:.*\n/, 'colour: red\n'));
    const typed = await lsp.waitForDiagnostics(uris.theme, (d) => codes(d).includes('unknown-field'));
    assert.deepEqual(codes(typed).sort(), ['missing-field', 'unknown-field']);
    await lsp.close(uris.theme);
    await lsp.waitForDiagnostics(uris.theme, (d) => d.length === 0, 'the text on disk again once closed');

    // A second theme with the same id, then deleted.
    const copy = fileUri(workspace!.path('themes/TH-0001-copy.theme.yaml'));
    writeFileSync(workspace!.path('themes/TH-0001-copy.theme.yaml'), THEME);
    await lsp.filesChanged([{ uri: copy, type: 1 }]);
    const [duplicate] = await lsp.waitForDiagnostics(uris.theme, (d) => codes(d).includes('duplicate-id'));
    assert.deepEqual(duplicate.range, range(0, 4, 11));
    assert.equal(duplicate.relatedInformation?.[0].location.uri, copy);
    rmSync(workspace!.path('themes/TH-0001-copy.theme.yaml'));
    await lsp.filesChanged([{ uri: copy, type: 3 }]);
    await lsp.waitForDiagnostics(uris.theme, (d) => d.length === 0, 'the duplicate to go with the copy');
    await lsp.waitForDiagnostics(copy, (d) => d.length === 0, 'the deleted copy to be cleared');
  });

  it("completes lesson ids in a theme's lessons, leaving out the ones listed", async () => {
    const lsp = await start();
    const text = THEME.replace('lessons: [YH-0007, "GM-0099"]', 'lessons: [YH-0007, ]');
    await lsp.open(uris.theme, text);
    const list: CompletionList = await lsp.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uris.theme },
      position: { line: 2, character: 19 },
    });
    assert.deepEqual(
      list.items.map((item) => item.label),
      ['GM-0001', 'WX-0003'],
    );
    const gm = list.items[0];
    assert.equal(gm.detail, 'Data sharing agreement sign-off took nine months across three trusts · Greater Manchester Care Record');
    assert.deepEqual(gm.textEdit, { range: range(2, 19, 19), newText: 'GM-0001' });
  });

  it("goes from a theme's lesson to the lesson, and finds the themes among a lesson's references", async () => {
    const lsp = await start();
    const definition: Location[] = await lsp.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: uris.theme },
      position: { line: 2, character: 12 },
    });
    assert.deepEqual(definition, [{ uri: uris.yh, range: range(0, 4, 11) }]);
    assert.equal(
      await lsp.connection.sendRequest('textDocument/definition', { textDocument: { uri: uris.theme }, position: { line: 2, character: 22 } }),
      null,
      'GM-0099 is no lesson',
    );
    const fromLesson: Location[] = await lsp.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uris.yh },
      position: { line: 0, character: 6 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(fromLesson, [
      { uri: uris.yh, range: range(0, 4, 11) },
      { uri: uris.theme, range: range(2, 10, 17) },
    ]);
    const fromTheme: Location[] = await lsp.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uris.theme },
      position: { line: 2, character: 12 },
      context: { includeDeclaration: false },
    });
    assert.deepEqual(fromTheme, [{ uri: uris.theme, range: range(2, 10, 17) }]);
  });

  it("a lesson's hover names its themes, and a theme's lesson shows the lesson's card", async () => {
    const lsp = await start();
    const hover = (uri: string, line: number, character: number): Promise<Hover | null> =>
      lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const own = (await hover(uris.yh, 0, 6))!.contents as { value: string };
    assert.match(own.value, /\n\nIn theme: \*\*Agreements across many partners\*\* \(TH-0001\)$/);
    const card = (await hover(uris.theme, 2, 12))!;
    assert.match(
      (card.contents as { value: string }).value,
      /^\*\*YH-0007\*\* — Getting every partner to sign the DSA took most of a year\n\nYorkshire & Humber Care Record · curated · 2024-02-01\n\nIn theme: /,
    );
    assert.deepEqual(card.range, range(2, 10, 17));
    assert.doesNotMatch(((await hover(uris.gm, 0, 6))!.contents as { value: string }).value, /theme/i);
    // The theme edited in the editor: the lesson it no longer names loses it from its hover.
    await lsp.open(uris.theme, THEME.replace('YH-0007', 'GM-0001'));
    await lsp.requestUntil<Hover | null>(
      'textDocument/hover',
      { textDocument: { uri: uris.gm }, position: { line: 0, character: 6 } },
      (answer) => /In theme/.test((answer?.contents as { value: string } | undefined)?.value ?? ''),
      'GM-0001 to be in the theme',
    );
    assert.doesNotMatch(((await hover(uris.yh, 0, 6))!.contents as { value: string }).value, /In theme/);
  });

  it("the Lessons view's catalogue names each lesson's themes, and follows a theme's edits", async () => {
    const lsp = await start();
    const summaries = async (): Promise<LessonsResult> => lsp.connection.sendRequest(LessonsRequest, { uris: [uris.gm, uris.yh] });
    const first = await summaries();
    assert.deepEqual(first.lessons.find((lesson) => lesson.uri === uris.yh)?.themes, [
      { uri: uris.theme, id: 'TH-0001', title: 'Agreements across many partners' },
    ]);
    assert.equal(first.lessons.find((lesson) => lesson.uri === uris.gm)?.themes, undefined);
    await lsp.open(uris.theme, THEME.replace('"GM-0099"', 'GM-0001'));
    await lsp.requestUntil<LessonsResult>(
      LessonsRequest.method,
      { uris: [uris.gm] },
      (answer) => answer.lessons[0]?.themes?.[0]?.id === 'TH-0001',
      'GM-0001 to be in the theme',
    );
  });

  it('renames a lesson id in the themes that name it too', async () => {
    const lsp = await start();
    const edit: WorkspaceEdit = await lsp.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uris.yh },
      position: { line: 0, character: 6 },
      newName: 'YH-0042',
    });
    const change = (edit.documentChanges as TextDocumentEdit[]).find((document) => document.textDocument.uri === uris.theme)!;
    assert.equal(change.textDocument.version, null, 'the theme is not open: its edit is for the file on disk');
    assert.equal(TextDocument.applyEdits(TextDocument.create(uris.theme, 'yaml', 0, THEME), change.edits), THEME.replace('YH-0007', 'YH-0042'));
  });

  describe('Add both to a theme…, on a similar-lesson hint', () => {
    async function hintActions(lsp: LspTestClient): Promise<CodeAction[]> {
      if (lsp.versionOf(uris.gm) === undefined) await lsp.open(uris.gm, DSA_GM);
      const diagnostics = await lsp.waitForDiagnostics(uris.gm, (d) => codes(d).includes('similar-lesson'), 'the similar-lesson hint');
      const hint = diagnostics.find((d) => d.code === 'similar-lesson')!;
      return lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uris.gm }, range: hint.range, context: { diagnostics: [hint] } });
    }

    it('adds both to an existing theme (only what it lacks, keeping valid YAML), or to a new theme with the next free id', async () => {
      const lsp = await start({ resourceOperations: ['create', 'rename', 'delete'], settings: { similarLessons: { threshold: 0.15 } } });
      const actions = await hintActions(lsp);
      const titles = actions.map((action) => action.title);
      assert.deepEqual(titles.slice(-2), ['Add both to theme Agreements across many partners', 'Add both to a new theme']);
      for (const action of actions) assert.equal(action.kind, 'quickfix');

      const [existing, created] = actions.slice(-2);
      const [themeEdit] = existing.edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(themeEdit.textDocument, { uri: uris.theme, version: null });
      const after = TextDocument.applyEdits(
        TextDocument.create(uris.theme, 'yaml', 0, readFileSync(workspace!.path('themes/TH-0001.theme.yaml'), 'utf8')),
        themeEdit.edits,
      );
      assert.equal(after, THEME.replace('"GM-0099"]', '"GM-0099", GM-0001]'));
      assert.deepEqual((parse(after) as { lessons: string[] }).lessons, ['YH-0007', 'GM-0099', 'GM-0001']);

      const newUri = fileUri(workspace!.path('themes/TH-0002.theme.yaml'));
      const [create, insert] = created.edit!.documentChanges as [CreateFile, TextDocumentEdit];
      assert.deepEqual(create, { kind: 'create', uri: newUri, options: { overwrite: false, ignoreIfExists: false } });
      assert.deepEqual(insert.textDocument, { uri: newUri, version: null });
      assert.deepEqual(insert.edits, [{ range: range(0, 0, 0), newText: newThemeText({ id: 'TH-0002', lessons: ['GM-0001', 'YH-0007'] }) }]);
      assert.deepEqual(created.command?.arguments, [newUri, NEW_THEME_TITLE_RANGE]);
      // What the editor does with it: writes the file, then runs the command that shows it at its title.
      writeFileSync(workspace!.path('themes/TH-0002.theme.yaml'), insert.edits[0].newText);
      await lsp.filesChanged([{ uri: newUri, type: 1 }]);
      await lsp.connection.sendRequest('workspace/executeCommand', { command: created.command!.command, arguments: created.command!.arguments });
      assert.deepEqual(lsp.shownDocuments.at(-1), { uri: newUri, takeFocus: true, selection: NEW_THEME_TITLE_RANGE });
    });

    it("a theme that names both already is not offered, and an open theme's edit is for its version", async () => {
      const lsp = await start({ settings: { similarLessons: { threshold: 0.15 } } });
      await lsp.open(uris.theme, THEME.replace('"GM-0099"', 'GM-0001'));
      const titles = (await hintActions(lsp)).map((action) => action.title);
      assert.ok(!titles.some((title) => title.startsWith('Add both')), `${JSON.stringify(titles)}: no theme lacks either, and this editor cannot create files`);
      await lsp.change(uris.theme, THEME.replace('YH-0007, "GM-0099"', 'OL-0001'));
      const actions = await hintActions(lsp);
      const existing = actions.find((action) => action.title === 'Add both to theme Agreements across many partners')!;
      const [themeEdit] = existing.edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(themeEdit.textDocument, { uri: uris.theme, version: 2 });
      assert.equal(
        TextDocument.applyEdits(TextDocument.create(uris.theme, 'yaml', 2, THEME.replace('YH-0007, "GM-0099"', 'OL-0001')), themeEdit.edits),
        THEME.replace('YH-0007, "GM-0099"', 'OL-0001, GM-0001, YH-0007'),
      );
    });
  });
});
