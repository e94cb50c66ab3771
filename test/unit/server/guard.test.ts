import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { HandlerGuard } from '../../../server/src/guard';

function recorder(): { logger: { info(m: string): void; error(m: string): void }; errors: string[]; infos: string[] } {
  const errors: string[] = [];
  const infos: string[] = [];
  return { logger: { info: (m) => infos.push(m), error: (m) => errors.push(m) }, errors, infos };
}

const token = new CancellationTokenSource().token;

describe('the handler guard', () => {
  it('answers a throwing request with its empty result and logs the error with the handler name', async () => {
    const r = recorder();
    const handler = new HandlerGuard(r.logger).request('hover', null, () => {
      throw new Error('boom');
    });
    await expect(handler({}, token)).resolves.toBeNull();
    expect(r.errors[0]).toContain('hover failed');
    expect(r.errors[0]).toContain('boom');
  });

  it('answers with a ResponseError where an empty answer would be wrong', async () => {
    const r = recorder();
    const handler = new HandlerGuard(r.logger).requestOrError('diagnostics', () => Promise.reject(new Error('broken')));
    await expect(handler({}, token)).rejects.toBeInstanceOf(ResponseError);
    expect(r.errors).toHaveLength(1);
  });

  it('passes a working handler result through untouched', async () => {
    const handler = new HandlerGuard(recorder().logger).request('definition', [] as number[], () => [1, 2]);
    await expect(handler({}, token)).resolves.toEqual([1, 2]);
  });

  it('makes exactly the named handler throw when the test fault hook is set', async () => {
    const r = recorder();
    const guard = new HandlerGuard(r.logger, 'hover');
    await expect(guard.request('hover', 'empty', () => 'served')({}, token)).resolves.toBe('empty');
    await expect(guard.request('definition', 'empty', () => 'served')({}, token)).resolves.toBe('served');
    expect(r.errors[0]).toContain('injected fault in hover');
  });

  it('logs a failing notification without letting the rejection escape', async () => {
    const r = recorder();
    new HandlerGuard(r.logger).notification('didChange', () => Promise.reject(new Error('late')))({});
    await expect.poll(() => r.errors.length).toBe(1);
    expect(r.errors[0]).toContain('didChange failed');
  });
});
