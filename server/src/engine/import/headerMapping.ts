import { parse } from 'yaml';
import { isObject } from '../../../../shared/isObject';
import { normaliseHeader, type HeaderMapping } from './headerMatching';
import { IMPORT_FIELDS, isImportField, type ImportField } from './importFields';
import { ImportInputError } from './importInputError';

/** What a mapping file writes to leave a column out. */
const LEAVE_OUT = new Set(['ignore', 'skip', 'none', '-']);

/**
 * Reads a mapping file: a YAML or JSON mapping of header text to a lesson field, for
 * headers the built-in wordings do not know, e.g.
 *
 *     "Which ShCR are you from?": locality
 *     "Anything else?": ignore
 *
 * Headers are matched as the built-in ones are (any case, spacing, punctuation). A field
 * may be written as in the lesson (`not_so_good`) or in words (`Not so good`).
 */
export function parseHeaderMapping(text: string, fileName: string): HeaderMapping {
  let value: unknown;
  try {
    value = parse(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new ImportInputError(`${fileName} is not valid YAML or JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (!isObject(value)) {
    throw new ImportInputError(`${fileName} must map header text to a field, e.g. "What went badly?": not_so_good`);
  }
  const mapping = new Map<string, ImportField | null>();
  for (const [header, target] of Object.entries(value)) {
    const key = normaliseHeader(header);
    if (!key) throw new ImportInputError(`${fileName}: a header must have some text, not ${JSON.stringify(header)}.`);
    mapping.set(key, mappedField(target, header, fileName));
  }
  return mapping;
}

function mappedField(target: unknown, header: string, fileName: string): ImportField | null {
  if (target === null) return null;
  const written = typeof target === 'string' ? target.trim() : '';
  if (written === '' || LEAVE_OUT.has(written.toLowerCase())) return null;
  const field = written
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^adoption_(action|lesson)$/, 'adoption.$1');
  if (isImportField(field)) return field;
  throw new ImportInputError(
    `${fileName}: '${header}' maps to ${JSON.stringify(target)}, which is not a field. Use one of ${IMPORT_FIELDS.join(', ')}, or ignore.`,
  );
}
