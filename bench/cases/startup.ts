import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification, InitializedNotification,
  InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Summary } from '../stats';
import { summarize } from '../stats';

/**
 * Measurement 7: a cold editor session. Spawn `node dist/server.js --stdio`, initialize it on the
 * workspace, open one RFC, and time until that RFC's first diagnostics arrive — pulled when the
 * server offers pull diagnostics (as VS Code does), else pushed. Repeated in fresh processes.
 */
export interface StartupRun {
  readonly initializeMs: number;
  readonly diagnosticsMs: number;
  readonly mode: 'pull' | 'push';
  readonly diagnostics: number;
  /** What the server logged (`window/logMessage`) until its first diagnostics: its own timings. */
  readonly serverLog: readonly string[];
}

export interface StartupResult {
  readonly rfc: string;
  readonly runs: readonly StartupRun[];
  readonly initializeMs: Summary;
  readonly diagnosticsMs: Summary;
}

const TIMEOUT_MS = 60_000;
/** Requests a server may send its client while starting; a client without UI answers each with null. */
const CLIENT_REQUESTS = [
  'client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest',
  'workspace/diagnostic/refresh', 'workspace/workspaceFolders', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh',
];

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took more than ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

async function startOnce(serverJs: string, root: string, rfc: string): Promise<StartupRun> {
  const rootUri = pathToFileURL(root).href;
  const uri = pathToFileURL(path.join(root, ...rfc.split('/'))).href;
  const text = fs.readFileSync(path.join(root, ...rfc.split('/')), 'utf8');
  const start = performance.now();
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Server-to-client requests (configuration, registrations, progress) get the answers of a client with no settings.
  connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? []).map(() => null));
  for (const method of CLIENT_REQUESTS) connection.onRequest(method, () => null);
  const serverLog: string[] = [];
  connection.onNotification(LogMessageNotification.type, (p) => {
    serverLog.push(`${(performance.now() - start).toFixed(0)} ms: ${p.message}`);
  });
  const pushed = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri) resolve(p); });
  });
  connection.listen();
  try {
    const init: InitializeResult = await withTimeout(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
      capabilities: {
        textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false }, publishDiagnostics: {} },
        workspace: { workspaceFolders: true, configuration: true },
        window: { workDoneProgress: true },
      },
    }), 'initialize');
    const initializeMs = performance.now() - start;
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    let mode: StartupRun['mode'] = 'push';
    let diagnostics: number;
    if (init.capabilities.diagnosticProvider) {
      mode = 'pull';
      const report = await withTimeout(connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'diagnostics');
      diagnostics = report.kind === 'full' ? report.items.length : 0;
    } else diagnostics = (await withTimeout(pushed, 'diagnostics')).diagnostics.length;
    const diagnosticsMs = performance.now() - start;
    await withTimeout(connection.sendRequest(ShutdownRequest.type), 'shutdown').catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    return { initializeMs, diagnosticsMs, mode, diagnostics, serverLog: serverLog.slice(0, 20) };
  } catch (e) {
    throw new Error(`${(e as Error).message}; server stderr: ${stderr.trim() || '(empty)'}`);
  } finally {
    const timer = setTimeout(() => child.kill(), 2000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  }
}

export async function measureStartup(serverJs: string, root: string, rfc: string, runs: number, log: (line: string) => void): Promise<StartupResult> {
  const out: StartupRun[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(await startOnce(serverJs, root, rfc));
    log(`  startup run ${i + 1}/${runs}: ${out[i].diagnosticsMs.toFixed(0)} ms to first diagnostics (${out[i].mode})`);
  }
  return { rfc, runs: out, initializeMs: summarize(out.map((r) => r.initializeMs)), diagnosticsMs: summarize(out.map((r) => r.diagnosticsMs)) };
}
