/**
 * Every configuration key and editor setting, in one table. `.rfc-author.json` (validated by the core's
 * `resolveConfig`), the `rfcAuthor.*` settings (pulled by the server, read by the client's commands),
 * `schemas/rfc-author.schema.json`, `package.json`'s `contributes.configuration` and
 * `docs/configuration.md` all follow this list; unit tests fail when one of them drifts from it.
 */

/** The shape of a value, which decides how it is validated and how the manifest and schema type it. */
export type ConfigValueKind =
  /** A list of strings (globs, statuses). */
  | 'strings'
  /** A workspace-relative path (a string; null or '' means unset). */
  | 'path'
  /** An object mapping strings to strings (synonyms, aliases); `merge` keeps the defaults' entries. */
  | 'stringMap'
  /** An object mapping rule ids to `off` / `info` / `warning` / `error`. */
  | 'severities';

export interface ConfigKeySpec {
  readonly kind: ConfigValueKind;
  /** Editors may override the key per workspace folder as `rfcAuthor.<key>`. */
  readonly setting: boolean;
  /**
   * The key names files to read or folders to write: VS Code ignores its workspace value in
   * Restricted Mode (`capabilities.untrustedWorkspaces.restrictedConfigurations`).
   */
  readonly restricted?: boolean;
  /** A map whose entries are merged over the defaults' instead of replacing them. */
  readonly merge?: boolean;
}

/** The keys of `.rfc-author.json`, in the order the schema and the docs list them. */
export const CONFIG_KEYS = {
  rfcGlobs: { kind: 'strings', setting: true, restricted: true },
  taskGlobs: { kind: 'strings', setting: true, restricted: true },
  adrGlobs: { kind: 'strings', setting: true, restricted: true },
  ignore: { kind: 'strings', setting: false },
  template: { kind: 'path', setting: true, restricted: true },
  taskTemplate: { kind: 'path', setting: true, restricted: true },
  statuses: { kind: 'strings', setting: true },
  statusSynonyms: { kind: 'stringMap', setting: true, merge: true },
  sectionAliases: { kind: 'stringMap', setting: true },
  optionalSections: { kind: 'strings', setting: true },
  fieldAliases: { kind: 'stringMap', setting: false, merge: true },
  idPattern: { kind: 'stringMap', setting: false },
  rules: { kind: 'severities', setting: true },
} as const satisfies Readonly<Record<string, ConfigKeySpec>>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

/** The configuration keys editors may override, as `rfcAuthor.<key>`. */
export type SettingKey = { [K in ConfigKey]: (typeof CONFIG_KEYS)[K]['setting'] extends true ? K : never }[ConfigKey];

export const SETTING_KEYS: readonly SettingKey[] = (Object.keys(CONFIG_KEYS) as ConfigKey[]).filter(
  (k): k is SettingKey => CONFIG_KEYS[k].setting,
);

/** Settings of the editor alone: how the extension and the server behave, not what the rules check. */
export const EDITOR_SETTINGS = {
  'trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window' },
} as const satisfies Readonly<Record<string, { type: string; enum?: readonly string[]; default: unknown; scope: string }>>;

export type EditorSettingKey = keyof typeof EDITOR_SETTINGS;

/** The `workspace/configuration` section the server pulls per resource. */
export const SETTINGS_SECTION = 'rfcAuthor';

type ValueOf<K extends ConfigValueKind> = K extends 'strings'
  ? readonly string[]
  : K extends 'path'
    ? string
    : K extends 'stringMap'
      ? Readonly<Record<string, string>>
      : Readonly<Record<string, string>>;

/**
 * `rfcAuthor.*` settings as the server receives them. Each key overrides the same key of
 * `.rfc-author.json` when set (an empty list or object, or null, means "not set").
 */
export type RfcAuthorSettings = { readonly [K in SettingKey]?: ValueOf<(typeof CONFIG_KEYS)[K]['kind']> | null };

/** The keys of a given kind (for validation loops). */
export function configKeysOfKind(kind: ConfigValueKind): ConfigKey[] {
  return (Object.keys(CONFIG_KEYS) as ConfigKey[]).filter((k) => CONFIG_KEYS[k].kind === kind);
}
