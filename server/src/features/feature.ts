import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { ClientFeatures } from '../clientFeatures';
import type { ServerContext } from '../context';

/**
 * One LSP feature: the capability it announces (decided from the client's) and the handlers it
 * registers. Handlers are wiring only: find the document, return empty if missing, delegate to the
 * core facade with the request's cancellation token, map the answer to LSP.
 */
export interface Feature {
  capabilities?(client: ClientFeatures): ServerCapabilities;
  register?(ctx: ServerContext): void;
  /** Runs once the client said `initialized` (dynamic registrations go here). */
  initialized?(ctx: ServerContext): void;
}
