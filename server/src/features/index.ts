import { codeActionsFeature } from './codeActions';
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';
import { configurationFeature } from './configuration';
import { definitionFeature } from './definition';
import { diagnosticsFeature } from './diagnostics';
import { documentLinksFeature } from './documentLinks';
import { documentSymbolsFeature } from './documentSymbols';
import { documentSyncFeature } from './documentSync';
import { executeCommandFeature } from './executeCommand';
import type { Feature } from './feature';
import { foldingFeature } from './folding';
import { hoverFeature } from './hover';
import { phaseSummaryFeature } from './phaseSummary';
import { referencesFeature } from './references';
import { renameFeature } from './rename';
import { watchedFilesFeature } from './watchedFiles';
import { willRenameFilesFeature } from './willRenameFiles';
import { workspaceFolderChangesFeature } from './workspaceFolderChanges';
import { workspaceOverviewFeature } from './workspaceOverview';
import { workspaceSymbolsFeature } from './workspaceSymbols';

/** Every LSP feature the server offers: one file each, one line here. */
export const FEATURES: readonly Feature[] = [
  documentSyncFeature,
  diagnosticsFeature,
  watchedFilesFeature,
  configurationFeature,
  workspaceFolderChangesFeature,
  codeActionsFeature,
  completionFeature,
  documentLinksFeature,
  definitionFeature,
  hoverFeature,
  referencesFeature,
  documentSymbolsFeature,
  workspaceSymbolsFeature,
  foldingFeature,
  phaseSummaryFeature,
  workspaceOverviewFeature,
  renameFeature,
  willRenameFilesFeature,
  executeCommandFeature,
  codeLensFeature,
];
