import * as path from 'node:path';
import { isSafeRelativeFolder, parseWorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { configFileText } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';
import { assertProblemsWellFormed, assertPrototypesClean, withinBound } from '../invariants';

const ROOT = path.resolve('/workspace/root');

/** parseWorkspaceConfig on any text: a usable config, every locality folder inside the workspace. */
export const CONFIG_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty('parseWorkspaceConfig: any learn-once.yaml', 15_000, configFileText, (text, boundMs) => {
    const { config, problems } = withinBound(boundMs, 'parseWorkspaceConfig', () => parseWorkspaceConfig(text));
    assertProblemsWellFormed(text, problems);
    if (config.localities.length === 0) throw new Error('no localities: the built-in list should apply');
    for (const locality of config.localities) {
      if (typeof locality.name !== 'string' || !locality.name) throw new Error(`locality without a name: ${JSON.stringify(locality)}`);
      if (!/^[A-Z][A-Z0-9]{0,9}$/.test(locality.prefix)) throw new Error(`locality with a bad prefix: ${JSON.stringify(locality)}`);
      if (!isSafeRelativeFolder(locality.folder)) throw new Error(`unsafe folder kept: ${JSON.stringify(locality.folder)}`);
      const resolved = path.resolve(ROOT, locality.folder);
      if (resolved !== ROOT && !resolved.startsWith(ROOT + path.sep))
        throw new Error(`folder ${JSON.stringify(locality.folder)} resolves outside the workspace: ${resolved}`);
    }
    const { threshold } = config.similarity;
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error(`threshold out of range: ${threshold}`);
    assertPrototypesClean();
  }),
];
