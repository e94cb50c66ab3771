import type { Connection } from 'vscode-languageserver/node';
import type { RfcAuthorSettings } from '../../shared/settings';
import { SETTING_KEYS, SETTINGS_SECTION } from '../../shared/settings';
import type { RfcAuthorConfig } from './core';
import { resolveConfig, RULE_IDS } from './core';
import type { ClientFeatures } from './clientFeatures';
import type { LoadedConfig } from './node/config';

/** How long a `workspace/configuration` answer is awaited before the file's configuration is used alone. */
const PULL_TIMEOUT_MS = 5000;

/**
 * `rfcAuthor.*` settings, pulled per workspace folder (`workspace/configuration` with `scopeUri`) and
 * cached per folder until the client says they changed. Clients that cannot be asked push their
 * settings with `didChangeConfiguration`; those are kept here as the answer for every folder.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<RfcAuthorSettings>>();
  private pushed: RfcAuthorSettings = {};

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientFeatures,
    private readonly log: (message: string) => void,
  ) {}

  /** The settings that apply to a folder (by its URI). */
  forFolder(scopeUri: string): Promise<RfcAuthorSettings> {
    if (!this.client.configuration) return Promise.resolve(this.pushed);
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.pull(scopeUri);
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  /** Forgets one folder's cached answer (its `.rfc-author.json` changed). */
  forget(scopeUri: string): void {
    this.cache.delete(scopeUri);
  }

  /** Forgets every cached answer; `pushedSettings` is what a `didChangeConfiguration` carried. */
  clear(pushedSettings?: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (!this.client.configuration && section !== undefined) this.pushed = asSettings(section);
  }

  private async pull(scopeUri: string): Promise<RfcAuthorSettings> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), PULL_TIMEOUT_MS);
    });
    try {
      const answer: unknown = await Promise.race([this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }), timeout]);
      return asSettings(answer);
    } catch (e) {
      this.log(`[rfc-author] workspace/configuration failed for ${scopeUri}: ${(e as Error).message}`);
      return {};
    } finally {
      clearTimeout(timer);
    }
  }
}

function asSettings(value: unknown): RfcAuthorSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** The settings that are set: a null, an empty string, list or object means "use the file's value". */
export function settingsOverrides(settings: RfcAuthorSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value: unknown = settings[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** A folder's configuration: `.rfc-author.json` as the base, the editor's settings over it. */
export interface EffectiveConfig {
  readonly config: RfcAuthorConfig;
  /** Each problem names where it is (the file or the setting) and the key. */
  readonly problems: readonly string[];
}

export function effectiveConfig(file: LoadedConfig, settings: RfcAuthorSettings): EffectiveConfig {
  const merged = resolveConfig(settingsOverrides(settings), RULE_IDS, file.config);
  const problems = [
    ...file.problems.map((p) => `${file.file ?? '.rfc-author.json'}: "${p.key}": ${p.message}`),
    ...merged.problems.map((p) => `Setting "${SETTINGS_SECTION}.${p.key}": ${p.message}`),
  ];
  return { config: merged.config, problems };
}
