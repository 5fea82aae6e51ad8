import { findLocality } from '../config/workspaceConfig';
import type { LessonRule } from './ruleTypes';

const ID = /^([A-Z][A-Z0-9]{0,9})-([0-9]{1,6})$/;

/** An id starts with its locality's prefix, so a reader can tell where a lesson came from. */
export const idPrefixRule: LessonRule = ({ facts, config }) => {
  if (!facts.id || !facts.idRange || !facts.locality) return [];
  const match = ID.exec(facts.id);
  const locality = findLocality(config, facts.locality);
  if (!match || !locality || match[1] === locality.prefix) return [];
  const fixed = `${locality.prefix}-${match[2]}`;
  return [
    {
      code: 'id-prefix-mismatch',
      severity: 'error',
      message: `id '${facts.id}' should start with ${locality.prefix}, the prefix of ${locality.name} — did you mean '${fixed}'?`,
      range: facts.idRange,
      data: { kind: 'replace', range: facts.idRange, newText: fixed, title: `Change id to '${fixed}'` },
    },
  ];
};
