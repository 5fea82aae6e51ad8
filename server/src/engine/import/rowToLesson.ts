import { findLocality, findLocalityByPrefix, type Locality, type WorkspaceConfig } from '../config/workspaceConfig';
import { nearest } from '../text/suggest';
import { answerText, isoDate, lessonIds, listItems, oneLine } from './cellValues';
import type { ColumnLayout } from './headerMatching';
import { ANSWER_FIELDS, type AnswerField, type ImportField } from './importFields';
import { columnLetter, isEmptyRow, type SpreadsheetRow } from './spreadsheetTable';

/** One row's lesson before it has an id. Answers end in `\n`, as block literals read back. */
export interface ImportedLesson {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  title: string;
  locality: Locality;
  stage: string;
  /** The curator who reviewed it, and when (YYYY-MM-DD, or as written). */
  reviewedBy?: string;
  reviewedOn?: string;
  /** YYYY-MM-DD, or as written when it could not be read as a date. */
  date: string;
  topics: string[];
  answers: Partial<Record<AnswerField, string>>;
  summary?: string;
  outcome?: string;
  adoption?: ImportedAdoption;
  related: string[];
  artefacts: string[];
  contact?: string;
  /** public | nhs-only | restricted, as the schema reads it; anything else is a problem when checked. */
  sensitivity?: string;
}

/** The one adoption a row can record; status and date are kept as written for the check to judge. */
export interface ImportedAdoption {
  action?: string;
  lesson?: string;
  status?: string;
  date?: string;
  outcome?: string;
}

/** A row that cannot become a lesson, and why, in words for the person who filled it in. */
export interface RefusedRow {
  row: number;
  reason: string;
}

export type RowReading = { kind: 'lesson'; lesson: ImportedLesson } | { kind: 'refused'; refused: RefusedRow } | { kind: 'empty' };

export interface RowOptions {
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD: the date of a row without one. */
  today: string;
}

/** The stage of a row that names none: a lesson from a form has just been captured. */
export const DEFAULT_STAGE = 'captured';

/** Reads one row with the columns laid out by its header. Empty rows are skipped without a word. */
export function rowToLesson(row: SpreadsheetRow, layout: ColumnLayout, options: RowOptions): RowReading {
  if (isEmptyRow(row)) return { kind: 'empty' };
  const cell = (field: ImportField): string => {
    const index = layout.columns[field];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const refuse = (reason: string): RowReading => ({ kind: 'refused', refused: { row: row.number, reason } });
  const where = (field: ImportField): string => {
    const index = layout.columns[field];
    return index === undefined ? '' : ` (column ${columnLetter(index)})`;
  };

  const title = oneLine(cell('title'));
  if (!title) return refuse(`no title: the title cell${where('title')} is empty.`);
  const written = oneLine(cell('locality'));
  if (!written) return refuse(`no locality: the locality cell${where('locality')} is empty.`);
  const locality = localityFor(options.config, written);
  if (!locality) return refuse(unknownLocality(options.config, written));

  const answers: Partial<Record<AnswerField, string>> = {};
  for (const field of ANSWER_FIELDS) {
    const answer = answerText(cell(field));
    if (answer !== undefined) answers[field] = answer;
  }
  const adoption = definedOnly<ImportedAdoption>({
    action: oneLine(cell('adoption.action'))?.toLowerCase(),
    lesson: lessonIds(cell('adoption.lesson'))[0],
    status: oneLine(cell('adoption.status'))
      ?.toLowerCase()
      .replace(/[\s_]+/g, '-'),
    date: isoDate(cell('adoption.date')),
    outcome: oneLine(cell('adoption.outcome')),
  });
  return {
    kind: 'lesson',
    lesson: {
      row: row.number,
      title,
      locality,
      stage: oneLine(cell('stage'))?.toLowerCase() ?? DEFAULT_STAGE,
      reviewedBy: oneLine(cell('reviewed_by')),
      reviewedOn: isoDate(cell('reviewed_on')),
      date: isoDate(cell('date')) ?? options.today,
      topics: listItems(cell('topics')),
      answers,
      summary: summaryText(cell('summary')),
      outcome: oneLine(cell('outcome')),
      adoption: Object.keys(adoption).length > 0 ? adoption : undefined,
      related: lessonIds(cell('related')),
      artefacts: listItems(cell('artefacts')),
      contact: oneLine(cell('contact')),
      sensitivity: oneLine(cell('sensitivity'))
        ?.toLowerCase()
        .replace(/[\s_]+/g, '-'),
    },
  };
}

/** The object without its undefined entries: a row writes only the fields it filled in. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** A summary is one paragraph; kept on its lines when it has several, else one line. */
function summaryText(cell: string): string | undefined {
  const answer = answerText(cell);
  if (answer === undefined) return undefined;
  return answer.trimEnd().includes('\n') ? answer : answer.trimEnd();
}

/** The locality a cell names: its name, an alias or its id prefix, any case. */
export function localityFor(config: WorkspaceConfig, written: string): Locality | undefined {
  return findLocality(config, written) ?? findLocalityByPrefix(config, written.trim().toUpperCase());
}

function unknownLocality(config: WorkspaceConfig, written: string): string {
  const byWording = new Map<string, Locality>();
  for (const locality of config.localities) for (const name of [locality.name, ...(locality.aliases ?? [])]) byWording.set(name, locality);
  const guess = nearest(written, [...byWording.keys()]);
  const intro = `unknown locality '${written}': it is not a locality of this workspace.`;
  if (guess) return `${intro} Did you mean '${byWording.get(guess)?.name}'?`;
  const known = config.localities.map((locality) => `${locality.name} (${locality.prefix})`).join(', ');
  return `${intro} Known localities: ${known}.`;
}
