import { describe, expect, it } from 'vitest';
import { clientFeatures } from '../../../server/src/clientFeatures';

describe('what the server reads from the client capabilities', () => {
  it('chooses pull diagnostics, refresh, watchers and progress for a client like VS Code', () => {
    const f = clientFeatures({
      textDocument: { diagnostic: { dynamicRegistration: true }, completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange'] } } },
      workspace: { diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename'] } },
      window: { workDoneProgress: true },
    });
    expect(f).toMatchObject({ pullDiagnostics: true, diagnosticRefresh: true, watchedFilesRegistration: true, configuration: true, documentChanges: true, createFiles: true, workDoneProgress: true, completionEditRangeDefault: true });
  });

  it('chooses push diagnostics and no dynamic watchers for a client like Neovim 0.7', () => {
    const f = clientFeatures({ textDocument: { publishDiagnostics: { relatedInformation: true } }, workspace: { configuration: true, workspaceFolders: true } });
    expect(f).toMatchObject({ pullDiagnostics: false, diagnosticRefresh: false, watchedFilesRegistration: false, workDoneProgress: false, createFiles: false, completionEditRangeDefault: false });
  });

  it('assumes nothing for a client that sends no capabilities at all', () => {
    expect(Object.values(clientFeatures({})).every((v) => v === false)).toBe(true);
  });
});
