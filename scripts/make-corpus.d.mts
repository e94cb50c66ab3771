// Types for make-corpus.mjs, so the TypeScript tests can import it.
export declare function filledRfc(id: string, title: string): string;
export declare function corpusFiles(): Record<string, string | Buffer>;
export declare const TOO_BIG: string;
export declare function makeCorpus(dir?: string, options?: { tooBig?: boolean }): string;
