import type { CancellationToken } from 'vscode-languageserver/node';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Logger } from './core';

/** A request handler; `extra` are what the connection passes after the token (progress reporters). */
export type RequestHandler<P, R, X extends unknown[] = []> = (params: P, token: CancellationToken, ...extra: X) => R | Promise<R>;

/** A request slower than this is logged with its time, so slow spots show up in the client's log. */
const SLOW_REQUEST_MS = 250;

/**
 * The one wrapper every handler goes through, so that no exception reaches the connection: a failing
 * handler is logged to the client's console and answered (with an empty result, or an error where an
 * empty result would be a lie), and the server keeps serving the next message.
 */
export class HandlerGuard {
  constructor(
    private readonly logger: Pick<Logger, 'info' | 'error'>,
    /**
     * Test hook: the name of one handler that throws on every call (`RFC_AUTHOR_TEST_FAULT`, see
     * main.ts). The protocol tests use it to prove a failure is contained; unset in real use.
     */
    private readonly fault?: string,
  ) {}

  /** A request whose failure is answered with `empty`. */
  request<P, R>(name: string, empty: R, handler: RequestHandler<P, R>): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      try {
        return await this.run(name, handler, params, token);
      } catch (e) {
        this.report(name, e);
        return empty;
      }
    };
  }

  /**
   * A request whose failure is answered with a ResponseError, for answers where "nothing" would be
   * wrong (an empty diagnostics report would erase what the editor shows). A `longPoll` request
   * waits for changes on purpose, so its time is not logged as slow.
   */
  requestOrError<P, R, X extends unknown[] = []>(name: string, handler: RequestHandler<P, R, X>, longPoll = false): (params: P, token: CancellationToken, ...extra: X) => Promise<R> {
    return async (params, token, ...extra) => {
      try {
        if (longPoll) {
          if (this.fault === name) throw new Error(`injected fault in ${name}`);
          return await handler(params, token, ...extra);
        }
        return await this.run(name, handler, params, token, ...extra);
      } catch (e) {
        // A handler's own ResponseError is an answer (a refused rename says why), not a failure.
        if (e instanceof ResponseError) throw e;
        this.report(name, e);
        throw new ResponseError(ErrorCodes.InternalError, `rfc-author: ${name} failed: ${messageOf(e)}`);
      }
    };
  }

  /** A notification or event: failures are logged, nothing is answered. */
  notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return (params) => {
      void (async () => {
        try {
          if (this.fault === name) throw new Error(`injected fault in ${name}`);
          await handler(params);
        } catch (e) {
          this.report(name, e);
        }
      })();
    };
  }

  /** Runs background work (indexing, refreshes) with the same containment. */
  background(name: string, work: () => Promise<void>): void {
    work().catch((e: unknown) => this.report(name, e));
  }

  private async run<P, R, X extends unknown[]>(name: string, handler: RequestHandler<P, R, X>, params: P, token: CancellationToken, ...extra: X): Promise<R> {
    if (this.fault === name) throw new Error(`injected fault in ${name}`);
    const started = Date.now();
    try {
      return await handler(params, token, ...extra);
    } finally {
      const elapsed = Date.now() - started;
      if (elapsed > SLOW_REQUEST_MS) this.logger.info(`[rfc-author] ${name} took ${elapsed} ms.`);
    }
  }

  private report(name: string, e: unknown): void {
    this.logger.error(`[rfc-author] ${name} failed: ${e instanceof Error && e.stack ? e.stack : messageOf(e)}`);
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
