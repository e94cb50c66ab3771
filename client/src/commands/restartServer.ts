import type { ServerHandle } from '../languageClient';

/** "RFC: Restart Language Server": stops and starts the server (a fresh index and configuration). */
export async function restartServer(server: ServerHandle): Promise<void> {
  await server.restart();
}
