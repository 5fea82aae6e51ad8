import { buildCuratorsReport, type CuratorsReport } from './curatorsReport';
import { buildReadersReport, type ReadersReport } from './readersReport';
import { selectLessons } from './reportSelection';
import type { CatalogueInput } from './reportTypes';

/**
 * A workspace's lessons for people who never open an editor, shaped by who reads it:
 * readers elsewhere (and the public) get the communicated lessons they can reuse, curators
 * the work still to do. Plain data; the Markdown and HTML renderings live with the
 * command line.
 */
export type CatalogueReport = ReadersReport | CuratorsReport;

export function buildCatalogueReport(input: CatalogueInput): CatalogueReport {
  const selection = selectLessons(input);
  return selection.audience === 'curators' ? buildCuratorsReport(input, selection) : buildReadersReport(input, selection);
}

export type { CuratorsReport } from './curatorsReport';
export type { ReadersReport } from './readersReport';
export { NO_LOCALITY } from './lessonRefs';
export type { CatalogueInput, SimilarPair } from './reportTypes';
