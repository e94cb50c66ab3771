// Types for codeServer.mjs, so the TypeScript e2e tests can import it.
import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;
export declare const CODE_SERVER: string;
export declare const EXTENSION_ID: string;
export declare const VSIX: string;
export declare const QUIET_SETTINGS: Readonly<Record<string, unknown>>;
export declare function ensureSetup(): void;
export declare function packageVsix(options?: { quiet?: boolean }): string;
export declare function installExtension(vsix: string, extensionsDir: string, userDataDir: string): void;
export declare function writeUserSettings(userDataDir: string, extra?: Record<string, unknown>): void;
export declare function freePort(start?: number, tries?: number): Promise<number>;
export declare function copyExamples(dest: string): string;
export declare function removeRunFolder(dir: string): void;
export interface RunningCodeServer {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}
export declare function startCodeServer(options: {
  port: number;
  extensionsDir: string;
  userDataDir: string;
  folder?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
}): Promise<RunningCodeServer>;
