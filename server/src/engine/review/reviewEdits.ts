import { insertFieldEdits, type FieldToInsert } from '../edits/insertField';
import type { PlainTextEdit } from '../edits/plainTextEdit';
import { isEmptyValue, replaceNode } from '../edits/scalarEdits';
import { yamlScalarText } from '../edits/yamlScalar';
import { locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';

/** A curator's review to write into a lesson. */
export interface Review {
  /** The curator's name as learn-once.yaml writes it. */
  reviewedBy: string;
  /** YYYY-MM-DD. */
  reviewedOn: string;
}

/**
 * The edits that write a review: a field that has a value (a reviewer who is not a
 * curator, an old date, even a list) gets the new one in place; a missing or empty one is added where
 * the insert-field machinery puts it (schema order, so after `stage`), keeping comments,
 * blank lines and key order.
 */
export function reviewEdits(parsed: ParsedYaml, review: Review): PlainTextEdit[] {
  const edits: PlainTextEdit[] = [];
  const missing: FieldToInsert[] = [];
  const fields: [string, string][] = [
    ['reviewed_by', review.reviewedBy],
    ['reviewed_on', review.reviewedOn],
  ];
  for (const [key, text] of fields) {
    const node = locate(parsed.root, [key])?.node;
    const replaced = node && !isEmptyValue(node) ? replaceNode(parsed, node, yamlScalarText(text, { flow: true })) : undefined;
    if (replaced) edits.push(replaced);
    else missing.push({ path: [key], value: { kind: 'scalar', text } });
  }
  return [...edits, ...insertFieldEdits(parsed, missing)];
}
