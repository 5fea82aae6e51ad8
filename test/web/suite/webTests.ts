import * as vscode from 'vscode';
import { waitFor } from '../../extension/support/waitFor';
import { deepEqual, equal, ok } from './check';
import type { WebTest } from './runner';
import { EXTENSION_ID, learnOnceDiagnostics, statOrUndefined, testApi, workspaceFile } from './webSupport';

/** fixture.json's broken lesson: `stage: curatd`. */
const BROKEN_LESSON = 'dorset/DC-0003.lesson.yaml';
const STAGES = ['captured', 'collated', 'organised', 'curated', 'communicated'];

/** The behaviours issue 19 names, each checked in VS Code's web-worker extension host against the web bundles. */
export const WEB_TESTS: WebTest[] = [
  {
    title: 'runs in the web-worker extension host, with no Node, from the browser entry',
    async run() {
      equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process in this extension host');
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      ok(extension, `${EXTENSION_ID} is in this extension host`);
      equal((extension.packageJSON as { main?: string }).main, undefined, 'the staged manifest has no Node entry');
      equal((extension.packageJSON as { browser?: string }).browser, './dist/web/client.js', 'the browser entry');
      const api = await testApi();
      await waitFor(() => api.languageClientState() === 'running', 'the language server (a web worker) to run');
    },
  },
  {
    title: 'publishes the schema error of an opened lesson on its stage value',
    async run() {
      const uri = workspaceFile(BROKEN_LESSON);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const problem = await waitFor(
        () => learnOnceDiagnostics(uri).find((diagnostic) => diagnostic.code === 'invalid-value'),
        `the invalid-value error on ${BROKEN_LESSON}`,
      );
      equal(problem.severity, vscode.DiagnosticSeverity.Error, 'severity');
      ok(/did you mean 'curated'\?/.test(problem.message), `the message names the nearest stage: ${problem.message}`);
      deepEqual(
        [problem.range.start.line, problem.range.start.character, problem.range.end.line, problem.range.end.character],
        [3, 7, 3, 13],
        'the range of `curatd`',
      );
    },
  },
  {
    title: "completes the five stages in lifecycle order after 'stage: '",
    async run() {
      const uri = workspaceFile('greater-manchester/GM-0002.lesson.yaml');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const stageLine = Array.from({ length: editor.document.lineCount }, (_, line) => editor.document.lineAt(line)).find((line) =>
        line.text.startsWith('stage:'),
      );
      ok(stageLine, 'the lesson has a stage line');
      ok(await editor.edit((builder) => builder.replace(stageLine.range, 'stage: ')), 'the stage value was cleared');
      try {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          uri,
          new vscode.Position(stageLine.lineNumber, 'stage: '.length),
        );
        const stages = list.items
          .filter((item) => item.kind !== vscode.CompletionItemKind.Snippet)
          .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
          .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        deepEqual(stages, STAGES, 'the completion items after `stage: `');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    },
  },
  {
    title: 'hints that a similar lesson exists, on both lessons of a near-duplicate pair, naming the other',
    async run() {
      const pair: [string, string][] = [
        ['greater-manchester/GM-0001.lesson.yaml', 'YH-0002'],
        ['yorkshire-humber/YH-0002.lesson.yaml', 'GM-0001'],
      ];
      for (const [file, other] of pair) {
        const hint = await waitFor(
          () => learnOnceDiagnostics(workspaceFile(file)).find((diagnostic) => diagnostic.code === 'similar-lesson'),
          `the similar-lesson hint on ${file}`,
          60_000,
        );
        ok(hint.message.startsWith(`Similar lesson exists: ${other} `), `${file}: ${hint.message}`);
        const scheme = workspaceFile(file).scheme;
        // The server names files by file: uris; the client must get them back on the workspace's own file system.
        ok(
          hint.relatedInformation?.some((related) => related.location.uri.scheme === scheme && related.location.uri.path.endsWith(`/${other}.lesson.yaml`)),
          `${file}: the related information points at ${other}'s file on ${scheme}: ${JSON.stringify(hint.relatedInformation?.map((related) => related.location.uri.toString()))}`,
        );
      }
    },
  },
  {
    title: 'fills the Lessons view with every locality, its count, and its lessons',
    async run() {
      const api = await testApi();
      await waitFor(() => api.isIndexed(), 'the Lessons view to hold a finished scan');
      // Shown in the sidebar too, where the driver checks the rows the workbench draws once the suite is done.
      await vscode.commands.executeCommand('workbench.view.extension.learnOnce');
      const localities = api.getTreeSnapshot().map((node) => `${node.label} ${node.description}`);
      deepEqual(
        localities,
        [
          'Dorset Care Record 4',
          'Great North Care Record 5',
          'Greater Manchester Care Record 5',
          'Leeds Care Record 4',
          'One London 5',
          'Wessex Care Records 5',
          'Yorkshire & Humber Care Record 5',
        ],
        'the localities with their counts',
      );
      const text = JSON.stringify(api.getTreeSnapshot());
      for (const id of ['DC-0003', 'GM-0001', 'YH-0002']) ok(text.includes(id), `the view lists ${id}`);
    },
  },
  {
    title: 'follows a lesson written outside the editor: the client watches, the server reads it through the client',
    async run() {
      const api = await testApi();
      const written = workspaceFile('wessex/WX-0099.lesson.yaml');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('wessex/WX-0001.lesson.yaml')));
      const lesson = text.replace(/^id: .*$/m, 'id: WX-0099').replace(/^stage: .*$/m, 'stage: organized');
      await vscode.workspace.fs.writeFile(written, new TextEncoder().encode(lesson));
      ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === written.toString()), 'the written lesson is not open in an editor');
      const problem = await waitFor(
        () => learnOnceDiagnostics(written).find((diagnostic) => diagnostic.code === 'invalid-value'),
        'the invalid stage of the written lesson',
      );
      ok(/did you mean 'organised'\?/.test(problem.message), `the message names the nearest stage: ${problem.message}`);
      await waitFor(() => JSON.stringify(api.getTreeSnapshot()).includes('WX-0099'), 'the Lessons view to list WX-0099');
    },
  },
  {
    title: 'Advance Stage moves a lesson on with a WorkspaceEdit and saves it through the file system',
    async run() {
      const uri = workspaceFile('dorset/DC-0001.lesson.yaml');
      const stageOnDisk = async (): Promise<string | undefined> =>
        /^stage: (.*)$/m.exec(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))?.[1];
      equal(await stageOnDisk(), 'captured', 'the stage before');
      await vscode.commands.executeCommand('learnOnce.advanceStage', uri);
      await waitFor(async () => (await stageOnDisk()) === 'collated', 'the file to say stage: collated');
    },
  },
  {
    title: 'New Lesson writes <locality folder>/<next free id>.lesson.yaml through workspace.fs and indexes it',
    async run() {
      const api = await testApi();
      const created = workspaceFile('dorset/DC-0005.lesson.yaml');
      await vscode.commands.executeCommand('learnOnce.newLesson', { locality: 'Dorset Care Record', title: 'Written in the browser through workspace.fs' });
      const stat = await waitFor(() => statOrUndefined(created), `${created.path} to exist`);
      equal(stat.type, vscode.FileType.File, 'the new lesson is a file');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      ok(text.includes('id: DC-0005') && text.includes('Written in the browser through workspace.fs'), `the file holds the id and title:\n${text}`);
      await waitFor(() => JSON.stringify(api.getTreeSnapshot()).includes('DC-0005'), 'the Lessons view to list DC-0005');
    },
  },
];
