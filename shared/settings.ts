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
  /** For a list of strings: the only values it may hold (anything else is reported and dropped). */
  readonly values?: readonly string[];
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
  taskStatuses: { kind: 'strings', setting: true },
  sectionAliases: { kind: 'stringMap', setting: true },
  optionalSections: { kind: 'strings', setting: true },
  fieldAliases: { kind: 'stringMap', setting: false, merge: true },
  idPattern: { kind: 'stringMap', setting: false },
  rules: { kind: 'severities', setting: true },
  indexFile: { kind: 'path', setting: true, restricted: true },
  indexColumns: { kind: 'strings', setting: true, values: ['id', 'title', 'status', 'owners', 'phases', 'updated'] },
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
  /** How findings recorded in `rfc-author-suppressions.json` show: as hints, not at all, or as they are. */
  suppressedSeverity: { type: 'string', enum: ['hint', 'off', 'unchanged'], default: 'hint', scope: 'resource' },
  'diagnostics.scope': { type: 'string', enum: ['workspace', 'openFiles'], default: 'workspace', scope: 'resource' },
  'codeLens.phaseTasks': { type: 'boolean', default: true, scope: 'resource' },
  updateLinksOnFileMove: { type: 'string', enum: ['prompt', 'always', 'never'], default: 'prompt', scope: 'resource' },
} as const satisfies Readonly<Record<string, { type: string; enum?: readonly string[]; default: unknown; scope: string }>>;

export type EditorSettingKey = keyof typeof EDITOR_SETTINGS;

/** How suppressed findings show in the editor (`rfcAuthor.suppressedSeverity`). */
export type SuppressedSeverity = (typeof EDITOR_SETTINGS)['suppressedSeverity']['enum'][number];

/** `rfcAuthor.suppressedSeverity` from a pulled settings object: its default when unset or unknown. */
export function suppressedSeverityOf(settings: { readonly suppressedSeverity?: unknown }): SuppressedSeverity {
  return editorSetting(settings, 'suppressedSeverity');
}

type EditorSettingSpec<K extends EditorSettingKey> = (typeof EDITOR_SETTINGS)[K];

/** The value of an editor setting: one of its enum values, or a boolean. */
export type EditorSettingValue<K extends EditorSettingKey> = EditorSettingSpec<K> extends { enum: readonly (infer E)[] }
  ? E
  : EditorSettingSpec<K> extends { type: 'boolean' }
    ? boolean
    : string;

/**
 * An editor setting read from the `rfcAuthor` section a client answered, or its default when unset
 * or invalid. VS Code answers dotted keys as nested objects (`{ diagnostics: { scope } }`); other
 * clients may send the flat key (`{ "diagnostics.scope": … }`); both are read.
 */
export function editorSetting<K extends EditorSettingKey>(section: unknown, key: K): EditorSettingValue<K> {
  const spec: { type: string; enum?: readonly string[]; default: unknown } = EDITOR_SETTINGS[key];
  const value = readDotted(section, key);
  const valid = spec.enum ? typeof value === 'string' && spec.enum.includes(value) : typeof value === spec.type;
  return (valid ? value : spec.default) as EditorSettingValue<K>;
}

function readDotted(section: unknown, key: string): unknown {
  if (typeof section !== 'object' || section === null) return undefined;
  const record = section as Record<string, unknown>;
  if (key in record) return record[key];
  let at: unknown = record;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

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
export type RfcAuthorSettings = { readonly [K in SettingKey]?: ValueOf<(typeof CONFIG_KEYS)[K]['kind']> | null } & {
  /** The editor's own settings travel in the same section; read them with their helpers. */
  readonly suppressedSeverity?: unknown;
};

/** The keys of a given kind (for validation loops). */
export function configKeysOfKind(kind: ConfigValueKind): ConfigKey[] {
  return (Object.keys(CONFIG_KEYS) as ConfigKey[]).filter((k) => CONFIG_KEYS[k].kind === kind);
}
