/**
 * The lesson fields a spreadsheet column can fill. `id` is not among them: every imported
 * row gets its locality's next free id, so a column of ids is never trusted.
 */
export const IMPORT_FIELDS = [
  'title',
  'locality',
  'stage',
  'reviewed_by',
  'reviewed_on',
  'date',
  'topics',
  'good',
  'not_so_good',
  'improvements',
  'summary',
  'outcome',
  'adoption.action',
  'adoption.lesson',
  'adoption.status',
  'adoption.date',
  'adoption.outcome',
  'related',
  'artefacts',
  'contact',
  'sensitivity',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The three questions every lesson answers; written as block literals. */
export const ANSWER_FIELDS = ['good', 'not_so_good', 'improvements'] as const;

export type AnswerField = (typeof ANSWER_FIELDS)[number];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}
