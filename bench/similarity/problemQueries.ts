import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A problem query written blind, with every lesson that answers it. */
export interface ProblemQuery {
  id: string;
  query: string;
  primary: string;
  answers: string[];
}

const here = __dirname;

export function loadProblemQueries(): { queries: ProblemQuery[]; split: { tune: string[]; test: string[] } } {
  const dir = join(here, 'search');
  const queries = (JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as { queries: ProblemQuery[] }).queries;
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as { tune: string[]; test: string[] };
  return { queries, split };
}
