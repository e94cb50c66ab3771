import { codeActionsFeature } from './codeActions';
import { configurationFeature } from './configuration';
import { diagnosticsFeature } from './diagnostics';
import { documentSyncFeature } from './documentSync';
import type { Feature } from './feature';
import { watchedFilesFeature } from './watchedFiles';
import { workspaceFolderChangesFeature } from './workspaceFolderChanges';

/** Every LSP feature the server offers: one file each, one line here. */
export const FEATURES: readonly Feature[] = [
  documentSyncFeature,
  diagnosticsFeature,
  watchedFilesFeature,
  configurationFeature,
  workspaceFolderChangesFeature,
  codeActionsFeature,
];
