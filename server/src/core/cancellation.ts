/** The part of a cancellation token the core reads (LSP's `CancellationToken` fits). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: Cancellation = Object.freeze({ isCancellationRequested: false });
