import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { CORE_LANGUAGE_FEATURES } from '../lsp/features/coreLanguageFeatures';
import { importLessonsFeature } from '../lsp/features/importLessons';
import { LessonServer } from '../lsp/lessonServer';
import { ClientUris } from './clientUris';
import { WebHost } from './host/webHost';
import { importFromContent } from './importFromContent';
import { TranslatingReader, TranslatingWriter } from './translatingTransport';

/**
 * The language server's web build (dist/web/server.js), started by the browser client as a
 * web worker: the same LessonServer and features as in Node, over the worker's messages,
 * with the web host for files.
 */
/** The worker's global scope: what this entry uses of it (the project compiles without the DOM library). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message: string }) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
}
declare const self: WorkerScope;

const uris = new ClientUris();
const reader = new TranslatingReader(new BrowserMessageReader(self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0]), uris);
const writer = new TranslatingWriter(new BrowserMessageWriter(self as unknown as ConstructorParameters<typeof BrowserMessageWriter>[0]), uris);
const connection = createConnection(reader, writer);

self.addEventListener('error', (event) => connection.console.error(`Learn Once server error: ${event.message}`));
self.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  connection.console.error(`Learn Once server error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

new LessonServer(connection, [...CORE_LANGUAGE_FEATURES, importLessonsFeature(importFromContent)], new WebHost(connection)).start();
