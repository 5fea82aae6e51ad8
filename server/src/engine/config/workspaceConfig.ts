import { ZERO_RANGE, type Problem } from '../problem';
import { validateAgainstConfigSchema } from '../schema/compiledValidators';
import { schemaProblems } from '../schema/schemaProblems';
import { CONFIG_SCHEMA } from '../schema/schemas';
import { locate } from '../yaml/locate';
import { nodeRange, parseYamlFile, type ParsedYaml } from '../yaml/parseYamlFile';
import { DEFAULT_LOCALITIES, localityFolderName } from './defaultLocalities';
import { isObject } from '../../../../shared/isObject';

export const CONFIG_FILE_NAME = 'learn-once.yaml';

export interface Locality {
  name: string;
  prefix: string;
  aliases?: string[];
  /** Folder, relative to the workspace root, where new lessons of this locality go. */
  folder: string;
}

export interface WorkspaceConfig {
  localities: readonly Locality[];
  topics: readonly string[];
  similarity: { threshold?: number; thesaurus: string[][] };
  /** Settings of the rules that keep patient data out of lessons. */
  identifiableData: { allowTestNhsNumbers: boolean };
  /** `role-mailbox`: a lesson's contact must be a team or role mailbox, not a person's address. */
  contactPolicy: 'any' | 'role-mailbox';
  /**
   * The people who review lessons, as written in learn-once.yaml. With any, a curated or
   * communicated lesson needs reviewed_by (one of them) and reviewed_on; with none, no review is asked for.
   */
  curators: readonly string[];
  /** True when the localities come from the built-in list. */
  usesDefaultLocalities: boolean;
}

export const DEFAULT_CONFIG: WorkspaceConfig = {
  localities: DEFAULT_LOCALITIES,
  topics: [],
  similarity: { thesaurus: [] },
  identifiableData: { allowTestNhsNumbers: false },
  contactPolicy: 'any',
  curators: [],
  usesDefaultLocalities: true,
};

export interface ParsedConfig {
  config: WorkspaceConfig;
  problems: Problem[];
}

interface RawLocality {
  name?: unknown;
  prefix?: unknown;
  aliases?: unknown;
  folder?: unknown;
}

/**
 * Reads learn-once.yaml. A config with problems still yields the parts that are
 * valid, so one typo does not switch every lesson back to the built-in localities.
 */
export function parseWorkspaceConfig(text: string): ParsedConfig {
  const parsed = parseYamlFile(text, 'learn-once.yaml');
  const problems = [...parsed.problems];
  const value = parsed.value;
  if (value === undefined || value === null) return { config: DEFAULT_CONFIG, problems };
  if (!isObject(value)) {
    problems.push({
      code: 'root-not-mapping',
      severity: 'error',
      message: 'learn-once.yaml must be a mapping with localities, topics and similarity.',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    return { config: DEFAULT_CONFIG, problems };
  }
  problems.push(
    ...schemaProblems(validateAgainstConfigSchema(value), parsed, CONFIG_SCHEMA, 'learn-once.yaml').map((problem) => ({
      ...problem,
      code: 'config-error' as const,
    })),
  );

  const raw = value as {
    localities?: unknown;
    topics?: unknown;
    similarity?: unknown;
    identifiableData?: unknown;
    contactPolicy?: unknown;
    curators?: unknown;
  };
  problems.push(...unsafeFolderProblems(raw.localities, parsed));
  const localities = Array.isArray(raw.localities) ? raw.localities.flatMap((entry: RawLocality) => toLocality(entry)) : [];
  const topics = Array.isArray(raw.topics) ? raw.topics.filter((topic): topic is string => typeof topic === 'string' && topic.length > 0) : [];
  // A bad entry is a config problem at its place (from the schema) and is left out; the others still count.
  const curators = Array.isArray(raw.curators) ? raw.curators.flatMap((name: unknown) => (typeof name === 'string' && name.trim() ? [name.trim()] : [])) : [];
  const similarity = isObject(raw.similarity) ? raw.similarity : {};
  const threshold = typeof similarity.threshold === 'number' && similarity.threshold >= 0 && similarity.threshold <= 1 ? similarity.threshold : undefined;
  const thesaurus = Array.isArray(similarity.thesaurus)
    ? similarity.thesaurus
        .filter((group): group is unknown[] => Array.isArray(group))
        .map((group) => group.filter((word): word is string => typeof word === 'string' && word.length > 0))
        .filter((group) => group.length >= 2)
    : [];
  return {
    config: {
      localities: localities.length > 0 ? localities : DEFAULT_LOCALITIES,
      usesDefaultLocalities: localities.length === 0,
      topics,
      similarity: { threshold, thesaurus },
      identifiableData: { allowTestNhsNumbers: isObject(raw.identifiableData) && raw.identifiableData.allowTestNhsNumbers === true },
      contactPolicy: raw.contactPolicy === 'role-mailbox' ? 'role-mailbox' : 'any',
      curators,
    },
    problems,
  };
}

function toLocality(entry: RawLocality): Locality[] {
  if (!isObject(entry)) return [];
  if (typeof entry.name !== 'string' || !entry.name || typeof entry.prefix !== 'string' || !/^[A-Z][A-Z0-9]{0,9}$/.test(entry.prefix)) return [];
  const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((alias): alias is string => typeof alias === 'string' && alias.length > 0) : undefined;
  const folder = typeof entry.folder === 'string' && isSafeRelativeFolder(entry.folder) ? entry.folder : localityFolderName(entry.name);
  return [{ name: entry.name, prefix: entry.prefix, aliases, folder }];
}

/** A folder inside the workspace: relative, with no way up out of it and no control characters. */
export function isSafeRelativeFolder(folder: string): boolean {
  return unsafeFolderReason(folder) === undefined;
}

/** Why a folder could lead outside the workspace (or cannot be a folder name at all), or undefined when it is safe. */
function unsafeFolderReason(folder: string): string | undefined {
  if (folder.startsWith('/') || folder.startsWith('\\')) return 'it is an absolute path';
  if (/^[a-zA-Z]:/.test(folder)) return 'it names a drive';
  if (folder.split(/[\\/]/).some((part) => part === '..')) return "'..' leads out of the workspace";
  if (/[\u0000-\u001f\u007f]/.test(folder)) return 'it holds a control character';
  return undefined;
}

/**
 * Each locality folder that could lead outside the workspace is refused with a problem on
 * the value; the locality's lessons then go in the folder named after it.
 */
function unsafeFolderProblems(localities: unknown, parsed: ParsedYaml): Problem[] {
  if (!Array.isArray(localities)) return [];
  return localities.flatMap((entry: RawLocality, index): Problem[] => {
    if (!isObject(entry) || typeof entry.folder !== 'string') return [];
    const reason = unsafeFolderReason(entry.folder);
    if (!reason) return [];
    const node = locate(parsed.document?.contents, ['localities', index, 'folder'])?.node;
    const instead =
      typeof entry.name === 'string' && localityFolderName(entry.name)
        ? ` New lessons of this locality go in '${localityFolderName(entry.name)}' instead.`
        : '';
    return [
      {
        code: 'config-error',
        severity: 'error',
        message: `folder ${JSON.stringify(entry.folder)} is refused: ${reason}. A locality's folder must be inside the workspace, relative to learn-once.yaml.${instead}`,
        range: nodeRange(parsed.positions, node) ?? ZERO_RANGE,
      },
    ];
  });
}

/** Finds a locality by its name or one of its aliases, ignoring case. */
export function findLocality(config: WorkspaceConfig, name: string): Locality | undefined {
  return localitiesByName(config.localities).get(name.trim().toLowerCase());
}

/** Each list of localities' names and aliases, looked up for every lesson analysed, made once. */
const namesOfLocalities = new WeakMap<readonly Locality[], ReadonlyMap<string, Locality>>();

function localitiesByName(localities: readonly Locality[]): ReadonlyMap<string, Locality> {
  const made = namesOfLocalities.get(localities);
  if (made) return made;
  const byName = new Map<string, Locality>();
  for (const locality of localities) {
    for (const name of [locality.name, ...(locality.aliases ?? [])]) {
      // Both sides trimmed: a name written with a stray space in learn-once.yaml must still match.
      // The first locality to claim a name keeps it, as a search in order would find it.
      const key = name.trim().toLowerCase();
      if (!byName.has(key)) byName.set(key, locality);
    }
  }
  namesOfLocalities.set(localities, byName);
  return byName;
}

/** The name a written locality stands for (an alias finds its locality), or the written name trimmed. */
export function localityNameFor(config: WorkspaceConfig, written: string): string {
  return findLocality(config, written)?.name ?? written.trim();
}

/**
 * A locality as a person filtering lessons names it: its name, an alias or its id prefix
 * ("GM"), in any case.
 */
export function findLocalityAsGiven(config: WorkspaceConfig, given: string): Locality | undefined {
  const wanted = given.trim().toLowerCase();
  return findLocality(config, given) ?? (wanted ? config.localities.find((locality) => locality.prefix.toLowerCase() === wanted) : undefined);
}

export function findLocalityByPrefix(config: WorkspaceConfig, prefix: string): Locality | undefined {
  return config.localities.find((locality) => locality.prefix === prefix);
}
