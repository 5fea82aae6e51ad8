import type { Locality } from '../../server/src/engine/config/workspaceConfig';
import { dayAfter } from './dates';
import { ADOPTION_OUTCOMES, ARTEFACT_FILES, ARTEFACT_LINKS } from './extraProse';
import { fill } from './fillTemplate';
import { FIRST_NAMES, LAST_NAMES } from './prose';
import type { Random } from './random';
import { blockScalar, capitalise, listLines } from './yamlText';

/** Lessons written before the one being rendered, for its adoptions and references. */
export interface EarlierLessons {
  ids: readonly string[];
  /** The date of each, by position in `ids`. */
  dates: readonly string[];
}

const STATUSES = ['planned', 'in-progress', 'live', 'abandoned'] as const;

/**
 * `adoption`: `count` blocks naming earlier lessons of other localities, dated before this
 * one (the format's own warnings would flag any other), one block alone or a list of them.
 */
export function adoptionLines(random: Random, locality: Locality, date: string, earlier: EarlierLessons, count: number, detailed: boolean): string[] {
  const adopted = new Set<string>();
  for (let tries = 0; tries < 8 * count && adopted.size < count && earlier.ids.length > 0; tries++) {
    const at = random.int(0, earlier.ids.length - 1);
    const id = earlier.ids[at]!;
    if (!id.startsWith(`${locality.prefix}-`) && earlier.dates[at]! < date) adopted.add(id);
  }
  if (adopted.size === 0) return [];
  const blocks = [...adopted].map((lesson) => {
    const fields = [`action: ${random.pick(['replicate', 'customise', 'enhance'])}`, `lesson: ${lesson}`];
    if (detailed || random.chance(0.4)) {
      const status = random.pick(STATUSES);
      fields.push(`status: ${status}`);
      if (status !== 'planned') fields.push(`date: ${dayAfter(random, date, 300)}`);
      if (status !== 'planned' && random.chance(detailed ? 0.7 : 0.3)) fields.push(`outcome: ${blockScalar(fill(random, random.pick(ADOPTION_OUTCOMES)))}`);
    }
    return fields;
  });
  if (blocks.length === 1 && random.chance(0.7)) return ['adoption:', ...blocks[0]!.map((field) => `  ${field}`)];
  return ['adoption:', ...blocks.flatMap((fields) => fields.map((field, index) => `${index === 0 ? '  - ' : '    '}${field}`))];
}

/** `artefacts`: documents kept beside the lessons (writeCorpus writes them) and links to ones published elsewhere. */
export function artefactLines(random: Random, locality: Locality, count: number): string[] {
  const files = random.sample(ARTEFACT_FILES, random.int(0, count));
  const links = random.sample(ARTEFACT_LINKS, count - files.length).map((name) => `https://www.example.nhs.uk/${locality.folder}/${name}`);
  return listLines('artefacts', [...files, ...links], random.chance(0.15));
}

/** `reviewed_by` and `reviewed_on`: who checked a curated lesson, and when (on or after its date). */
export function reviewLines(random: Random, date: string): string[] {
  return [`reviewed_by: ${capitalise(random.pick(FIRST_NAMES))} ${capitalise(random.pick(LAST_NAMES))}`, `reviewed_on: ${dayAfter(random, date, 120)}`];
}
