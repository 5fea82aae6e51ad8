import * as assert from 'node:assert/strict';
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import * as protocol from '../../../shared/protocol';

/** Every typed request and notification the shared module declares. */
const messages: [string, { method: string; parameterStructures: { toString(): string } }][] = Object.entries(protocol as Record<string, unknown>).flatMap(
  ([name, value]) =>
    value instanceof RequestType || value instanceof NotificationType
      ? [[name, value] as [string, RequestType<unknown, unknown, unknown> | NotificationType<unknown>]]
      : [],
);

describe('shared: the custom protocol', () => {
  it('declares each message once, under learnOnce/, named after its method', () => {
    const methods = messages.map(([, message]) => message.method);
    assert.equal(new Set(methods).size, methods.length, 'no two messages share a method');
    assert.deepEqual([...methods].sort(), [
      'learnOnce/advanceStage',
      'learnOnce/host/findFiles',
      'learnOnce/host/readFiles',
      'learnOnce/importLessons',
      'learnOnce/indexChanged',
      'learnOnce/lessons',
      'learnOnce/newLesson',
      'learnOnce/newLessonLocalities',
      'learnOnce/searchLessons',
      'learnOnce/similarLessons',
      'learnOnce/stats',
    ]);
    for (const [name, message] of messages) {
      assert.match(message.method, /^learnOnce\/(host\/)?[a-z][A-Za-z]+$/);
      const last = message.method.split('/').pop() ?? '';
      const host = message.method.startsWith('learnOnce/host/') ? 'Host' : '';
      assert.equal(name.replace(/(Request|Notification)$/, ''), host + last[0].toUpperCase() + last.slice(1), `${name} is named after ${message.method}`);
    }
  });

  it('sends every parameter object by name, as LSP does', () => {
    for (const [name, message] of messages) assert.equal(message.parameterStructures.toString(), 'auto', name);
  });
});
