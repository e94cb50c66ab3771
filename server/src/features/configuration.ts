import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { SETTINGS_SECTION } from '../../../shared/protocol';
import type { Feature } from './feature';

/**
 * `workspace/didChangeConfiguration`: cached settings are dropped, every folder reads its
 * configuration again, and a folder whose effective configuration changed is re-checked.
 */
export const configurationFeature: Feature = {
  initialized(ctx) {
    if (!ctx.client.configurationRegistration) return;
    ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
      .catch((e: unknown) => ctx.connection.console.warn(`[rfc-author] Cannot follow settings: ${String(e)}`));
  },
  register(ctx) {
    ctx.connection.onDidChangeConfiguration(ctx.guard.notification('didChangeConfiguration', async ({ settings }) => {
      ctx.settings.clear(settings);
      await Promise.all(ctx.folders.all().map(async (folder) => {
        if (await folder.reload()) ctx.diagnostics.allChanged(folder);
      }));
      // The editor settings (the diagnostics scope) are not part of the folder's configuration.
      ctx.workspaceDiagnostics.settingsChanged();
      ctx.diagnostics.requestLensRefresh();
    }));
  },
};
