import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openLessonAndWaitForActivation } from '../support/workspace';

describe('extension: activation', () => {
  it('activates on a workspace of lessons once a lesson is open', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is loaded');
    assert.equal(extension.packageJSON.name, 'learn-once');
    const activated = await openLessonAndWaitForActivation();
    assert.equal(activated.isActive, true);
  });
});
