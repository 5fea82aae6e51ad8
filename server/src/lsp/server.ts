import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { LANGUAGE_FEATURES } from './features/languageFeatures';
import { NODE_HOST } from './host/nodeHost';
import { LessonServer } from './lessonServer';
import { watchIncomingMessages } from './scheduling/messageTraffic';

/**
 * The language server (bundled as dist/serverMain.js, started by the launcher in
 * dist/server.js). The transport comes from the command line: `--node-ipc` when VS Code
 * starts it, `--stdio` for any other editor.
 */
const connection = createConnection(ProposedFeatures.all);

process.on('uncaughtException', (error) => {
  connection.console.error(`Learn Once server error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Learn Once server error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

new LessonServer(connection, LANGUAGE_FEATURES, NODE_HOST).start();
watchIncomingMessages();
