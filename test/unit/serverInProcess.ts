/**
 * The language server run inside the test process, over in-memory streams: the real `startServer`
 * with its handlers, guard, folders and NodeHost on a real folder, driven by a JSON-RPC client. It
 * needs no build and no child process, so unit tests can check how the server copes with files that
 * change under it. (The protocol tests run the built bundle as a process instead.)
 */
import { PassThrough } from 'node:stream';
import type { ClientCapabilities, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import {
  ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
  LogMessageNotification, RegistrationRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { startServer } from '../../server/src/server';

/** A client like VS Code: pulls diagnostics, registers file watchers, understands symbol trees. */
const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
  textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

export interface InProcessServer {
  readonly client: ProtocolConnection;
  /** Messages the server logged (`window/logMessage`). */
  readonly logs: string[];
  uri(rel: string): string;
  open(rel: string, text: string): Promise<string>;
  stop(): void;
}

/**
 * Starts the server on `root` and waits until it has indexed the folder. `settings` is what the
 * client answers for the `rfcAuthor` section (nothing set, by default); it is asked on every pull.
 */
export async function startInProcess(root: string, settings: () => unknown = () => ({})): Promise<InProcessServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Given a reader and a writer (not raw streams), the connection never exits the process when
  // its input ends.
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server);
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logs: string[] = [];
  client.onNotification(LogMessageNotification.type, (p) => void logs.push(p.message));
  client.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings()));
  client.onRequest(RegistrationRequest.type, () => undefined);
  client.listen();
  const rootUri = URI.file(root).toString();
  await client.sendRequest(InitializeRequest.type, { processId: null, rootUri, capabilities: CAPABILITIES, workspaceFolders: [{ uri: rootUri, name: 'corpus' }] });
  await client.sendNotification(InitializedNotification.type, {});
  await until(() => logs.some((l) => l.includes('[rfc-author] Indexed')), 'the workspace index');
  const uri = (rel: string): string => URI.file(`${root}/${rel}`).toString();
  return {
    client,
    logs,
    uri,
    async open(rel, text) {
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(rel), languageId: 'markdown', version: 1, text } });
      return uri(rel);
    },
    stop() {
      client.dispose();
      server.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}

/** Polls `condition` every 20 ms until it holds, or fails after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
