import type { ImportField } from './importFields';
import { columnLetter } from './spreadsheetTable';

/**
 * Header text as it is compared: any case, punctuation, underscores, hyphens and spacing,
 * and a hint in brackets ("Topics (separate with ;)") make no difference.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words a form's question wraps around the word that matters: "What was good about the
 * project?" is "good", "What could be improved next time?" is "improved".
 */
// prettier-ignore
const FILLER_WORDS = new Set([
  'a', 'about', 'an', 'any', 'are', 'be', 'been', 'can', 'could', 'for', 'in', 'is', 'lesson', 'lessons', 'made', 'next',
  'of', 'on', 'our', 'please', 'project', 'the', 'this', 'time', 'to', 'was', 'we', 'were', 'what', 'which', 'you', 'your',
]);

function withoutFillerWords(normalised: string): string {
  return normalised
    .split(' ')
    .filter((word) => !FILLER_WORDS.has(word))
    .join(' ');
}

/** Wordings of each field seen in forms and spreadsheets; the field's own name always matches too. */
// prettier-ignore
const FIELD_WORDINGS: Readonly<Record<ImportField, readonly string[]>> = {
  title: ['title', 'lesson title', 'headline', 'short title'],
  locality: ['locality', 'shared care record', 'local shared care record', 'care record', 'LSCR', 'ShCR', 'region'],
  stage: ['stage', 'lifecycle stage'],
  reviewed_by: ['reviewed by', 'reviewer', 'curator', 'curated by'],
  reviewed_on: ['reviewed on', 'review date', 'date reviewed'],
  date: ['date', 'date captured', 'captured', 'captured on', 'when captured', 'lesson date'],
  topics: ['topics', 'topic', 'tags', 'tag', 'themes', 'theme', 'categories', 'category', 'keywords'],
  good: ['good', 'what was good', 'went well', 'what went well', 'worked well', 'positives'],
  not_so_good: [
    'not so good', 'what was not so good', 'not good', 'not so well', 'went less well', 'less well',
    "didn't go well", 'did not go well', "didn't work well", 'did not work well', 'could have gone better', 'negatives', 'challenges',
  ],
  improvements: [
    'improvements', 'improvement', 'improved', 'improve', 'what could be improved next time', 'do differently',
    'would do differently', 'what would you do differently next time', 'even better if',
  ],
  summary: ['summary', 'one paragraph summary', 'short summary', 'overview'],
  outcome: ['outcome', 'result', 'measurable result', 'impact', 'benefit', 'what changed'],
  'adoption.action': ['adoption action', 'adoption', 'reuse', 'how reused', 'reused how'],
  'adoption.lesson': ['adoption lesson', 'adopted lesson', 'adopted', 'adopts', 'based on', 'reuses lesson'],
  'adoption.status': ['adoption status', 'reuse status'],
  'adoption.date': ['adoption date', 'reuse date', 'adopted on'],
  'adoption.outcome': ['adoption outcome', 'reuse outcome', 'outcome of reuse'],
  related: ['related', 'related lessons', 'see also'],
  artefacts: ['artefacts', 'artifacts', 'documents', 'attachments', 'links', 'templates'],
  contact: ['contact', 'contact email', 'who to ask', 'contact address'],
  sensitivity: ['sensitivity', 'classification', 'sharing level', 'who can see this', 'who can read this'],
};

/** Exact wordings (normalised) first; then the same with filler words left out, where no two fields share one. */
const EXACT = new Map<string, ImportField>();
const REDUCED = new Map<string, ImportField>();
{
  const ambiguous = new Set<string>();
  for (const [field, wordings] of Object.entries(FIELD_WORDINGS) as [ImportField, readonly string[]][]) {
    for (const wording of [field, ...wordings]) {
      const normalised = normaliseHeader(wording);
      EXACT.set(normalised, field);
      const reduced = withoutFillerWords(normalised);
      if (!reduced) continue;
      const other = REDUCED.get(reduced);
      if (other !== undefined && other !== field) ambiguous.add(reduced);
      else REDUCED.set(reduced, field);
    }
  }
  for (const key of ambiguous) REDUCED.delete(key);
}

/** The field a header names by itself (no mapping file), if any. */
export function fieldForHeader(header: string): ImportField | undefined {
  const normalised = normaliseHeader(header);
  if (!normalised) return undefined;
  return EXACT.get(normalised) ?? REDUCED.get(withoutFillerWords(normalised));
}

/** Header text (normalised) → field, or null to leave the column out. From a mapping file. */
export type HeaderMapping = ReadonlyMap<string, ImportField | null>;

export interface ColumnLayout {
  /** The column (zero-based) each field is read from. */
  columns: Partial<Record<ImportField, number>>;
  /** Headers of columns that fill no field, in column order (a mapping's left-out columns are not among them). */
  unmatched: string[];
  /** Mapping entries that name a header the spreadsheet does not have. */
  unusedMappings: string[];
  /** Why the header row cannot be used; empty when it can. */
  problems: string[];
}

/** Which column fills which field: the mapping file's word wins, else the header's own wording. */
export function layoutColumns(headers: readonly string[], mapping: HeaderMapping = new Map()): ColumnLayout {
  const columns: Partial<Record<ImportField, number>> = {};
  const sources = new Map<ImportField, { header: string; index: number }[]>();
  const unmatched: string[] = [];
  const used = new Set<string>();
  headers.forEach((header, index) => {
    const normalised = normaliseHeader(header);
    if (!normalised) return;
    let field: ImportField | undefined;
    if (mapping.has(normalised)) {
      used.add(normalised);
      field = mapping.get(normalised) ?? undefined;
      if (field === undefined) return;
    } else {
      field = fieldForHeader(header);
    }
    if (field === undefined) {
      unmatched.push(header.trim());
      return;
    }
    sources.set(field, [...(sources.get(field) ?? []), { header, index }]);
    columns[field] ??= index;
  });
  const problems: string[] = [];
  for (const [field, found] of sources) {
    if (found.length < 2) continue;
    const named = found.map(({ header, index }) => `'${header.trim()}' (column ${columnLetter(index)})`).join(' and ');
    problems.push(`columns ${named} all give ${field}; leave all but one out in a mapping file (header: ignore).`);
  }
  for (const field of ['title', 'locality'] as const) {
    if (columns[field] !== undefined) continue;
    problems.push(`no column gives the ${field}; name a column '${field === 'title' ? 'Title' : 'Locality'}', or map one to ${field} in a mapping file.`);
  }
  const unusedMappings = [...mapping.keys()].filter((key) => !used.has(key));
  return { columns, unmatched, unusedMappings, problems };
}
