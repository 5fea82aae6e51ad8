import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlScalarText } from '../../server/src/engine/edits/yamlScalar';
import { lessonText } from '../../test/support/lessonText';

/** One labelled passage of the blind corpus (see README.md). */
export interface BlindCase {
  id: string;
  field: 'good' | 'not_so_good' | 'improvements' | 'summary' | 'title';
  text: string;
  expect: { rule: 'nhs-number' | 'personal-data'; kind: string; match: string; testNumber?: boolean }[];
  note?: string;
}

export interface BlindCorpus {
  cases: BlindCase[];
  split: { tune: ReadonlySet<string>; test: ReadonlySet<string> };
}

export function loadBlindCorpus(folder = __dirname): BlindCorpus {
  const { cases } = JSON.parse(readFileSync(join(folder, 'corpus.json'), 'utf8')) as { cases: BlindCase[] };
  const split = JSON.parse(readFileSync(join(folder, 'split.json'), 'utf8')) as { tune: string[]; test: string[] };
  return { cases, split: { tune: new Set(split.tune), test: new Set(split.test) } };
}

/** A valid lesson with the passage in its field, as a person would write it: an answer as a block literal, a title or summary as one scalar. */
export function lessonWithPassage(passage: BlindCase): string {
  const answer = passage.field !== 'title' && passage.field !== 'summary';
  const value = answer
    ? `|\n${passage.text
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}`
    : yamlScalarText(passage.text);
  return lessonText({ [passage.field]: value });
}
