import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, learnOnceDiagnostics, openLessonAndWaitForActivation, waitForWorkspaceScan, workspaceFile } from '../support/workspace';
import { waitFor } from '../support/waitFor';

/** Files that hold at least one Learn Once error, as paths relative to the workspace. */
function filesWithErrors(): string[] {
  return vscode.languages
    .getDiagnostics()
    .filter(([, diagnostics]) => diagnostics.some((d) => d.source === 'learn-once' && d.severity === vscode.DiagnosticSeverity.Error))
    .map(([uri]) => vscode.workspace.asRelativePath(uri, false))
    .sort();
}

describe('extension: diagnostics', () => {
  before(async () => {
    await openLessonAndWaitForActivation();
  });

  it('publishes the schema error of the broken lesson, never opened, on its stage value', async () => {
    const diagnostics = await waitForWorkspaceScan();
    assert.ok(
      !vscode.workspace.textDocuments.some((document) => document.uri.toString() === workspaceFile(fixture.brokenLesson).toString()),
      'the broken lesson was not opened: its problem comes from the workspace scan',
    );
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [problem] = diagnostics;
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.code, 'invalid-value');
    assert.match(problem.message, /did you mean 'curated'\?/);
    // `stage: curatd` is the fourth line; the range covers the value only.
    assert.deepEqual(
      [problem.range.start.line, problem.range.start.character, problem.range.end.line, problem.range.end.character],
      [3, 7, 3, 7 + fixture.brokenValue.length],
    );
  });

  it('reports errors in the broken lesson only', async () => {
    await waitForWorkspaceScan();
    assert.deepEqual(filesWithErrors(), [fixture.brokenLesson]);
  });

  it('shows the rough draft GN-0005, never opened, its two warnings: a topic outside the list and an answer left as TBC', async () => {
    await waitForWorkspaceScan();
    const draft = workspaceFile('great-north/GN-0005.lesson.yaml');
    const warnings = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'learn-once' && d.severity === vscode.DiagnosticSeverity.Warning);
      return found.length === 2 && found;
    }, "the draft's warnings");
    assert.deepEqual(warnings.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]).sort(), [
      ['placeholder-answer', 16, 14, 17],
      ['unknown-topic', 8, 4, 13],
    ]);
  });

  it('holds the similar-lesson hint on both lessons of each near-duplicate pair, naming the other, and nowhere else', async () => {
    const pairs: Record<string, string> = {
      'greater-manchester/GM-0001.lesson.yaml': 'YH-0002',
      'yorkshire-humber/YH-0002.lesson.yaml': 'GM-0001',
      'one-london/OL-0003.lesson.yaml': 'WX-0002',
      'wessex/WX-0002.lesson.yaml': 'OL-0003',
    };
    const hinted = (): string[] =>
      vscode.languages
        .getDiagnostics()
        .filter(([, diagnostics]) => diagnostics.some((d) => d.source === 'learn-once' && d.code === 'similar-lesson'))
        .map(([uri]) => vscode.workspace.asRelativePath(uri, false))
        .sort();
    // Hints are ranked in the background after the scan, so wait for all four.
    await waitFor(() => hinted().length >= 4, 'similar-lesson hints on the four lessons of the near-duplicate pairs');
    assert.deepEqual(hinted(), Object.keys(pairs).sort());
    for (const [file, other] of Object.entries(pairs)) {
      const hints = learnOnceDiagnostics(workspaceFile(file)).filter((d) => d.code === 'similar-lesson');
      assert.equal(hints.length, 1, file);
      const [hint] = hints;
      assert.ok(hint.message.startsWith(`Similar lesson exists: ${other} `), `${file}: ${hint.message}`);
      assert.equal(hint.severity, vscode.DiagnosticSeverity.Information);
      // On the title's value, pointing at the other lesson's file.
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      const titleLine = document.lineAt(hint.range.start.line).text;
      assert.ok(titleLine.startsWith('title: '), `${file}: the hint is on '${titleLine}'`);
      assert.equal(document.getText(hint.range), titleLine.slice('title: '.length), file);
      assert.ok(
        hint.relatedInformation?.some((related) => related.location.uri.path.endsWith(`/${other}.lesson.yaml`)),
        `${file}: related information names ${other}`,
      );
    }
  });

  it('clears the error when the value is fixed in the editor and shows it again when the edit is reverted', async () => {
    const uri = workspaceFile(fixture.brokenLesson);
    const [problem] = await waitForWorkspaceScan();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, problem.range, 'curated');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(editor.document.lineAt(3).text, 'stage: curated');
    // Curated lessons need a summary and (the sample names curators) a curator's review, so the stage error gives way to those.
    const afterFix = await waitFor(() => {
      const codes = learnOnceDiagnostics(uri).map((d) => d.code);
      return !codes.includes('invalid-value') && codes;
    }, 'the invalid-value problem to clear after the edit');
    assert.deepEqual(afterFix, ['summary-required', 'review-required', 'review-required']);

    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(editor.document.lineAt(3).text, `stage: ${fixture.brokenValue}`);
    await waitFor(() => learnOnceDiagnostics(uri).some((d) => d.code === 'invalid-value'), 'the problem to return after the revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
