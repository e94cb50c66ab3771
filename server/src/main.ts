/**
 * The language server's entry point (bundled to dist/server.js). The transport comes from the
 * command line, as vscode-languageserver reads it: `--stdio`, `--node-ipc` or `--socket=PORT`.
 *
 * `RFC_AUTHOR_TEST_FAULT=<handler>` (for example `hover`) makes that one handler throw on every call.
 * It exists for the protocol tests, which prove that a failing handler is answered and the server
 * keeps serving; it is never set in real use.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// A bug must cost one answer, never the server: log it and keep serving.
process.on('uncaughtException', (e) => connection.console.error(`[rfc-author] Uncaught exception: ${e.stack ?? String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`[rfc-author] Unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection, { fault: process.env.RFC_AUTHOR_TEST_FAULT || undefined });
