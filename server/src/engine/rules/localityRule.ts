import { findLocality } from '../config/workspaceConfig';
import { nearest } from '../text/suggest';
import type { LessonRule } from './ruleTypes';

/** A locality must be one the workspace knows, so lessons group and prefix correctly. */
export const localityRule: LessonRule = ({ facts, config }) => {
  if (!facts.locality || !facts.localityRange || findLocality(config, facts.locality)) return [];
  const names = config.localities.map((locality) => locality.name);
  const aliasOwner = new Map<string, string>();
  for (const locality of config.localities) for (const alias of locality.aliases ?? []) aliasOwner.set(alias, locality.name);
  const guess = nearest(facts.locality, [...names, ...aliasOwner.keys()]);
  const suggestion = guess ? (aliasOwner.get(guess) ?? guess) : undefined;
  const source = config.usesDefaultLocalities ? 'the built-in list of shared care records' : 'learn-once.yaml';
  return [
    {
      code: 'unknown-locality',
      severity: 'warning',
      message: `Unknown locality '${facts.locality}'${suggestion ? ` — did you mean '${suggestion}'?` : ''} Known localities come from ${source}.`,
      range: facts.localityRange,
      data: suggestion ? { kind: 'replace', range: facts.localityRange, newText: suggestion, title: `Change to '${suggestion}'` } : undefined,
    },
  ];
};
