import { visit } from 'yaml';
import { isScalar } from '../yaml/nodeKinds';
import type { FixData, Problem, Range } from '../problem';
import { offsetOf } from '../text/positions';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { fieldValueFor } from './fieldValue';
import { suggestedFieldText, type SuggestionContext } from './fieldSuggestions';
import { insertFieldEdit, insertFieldEdits } from './insertField';
import type { PlainTextEdit } from './plainTextEdit';
import { yamlScalarText } from './yamlScalar';

/** A fix for one problem: what the editor offers and the edits it makes. */
export interface ProblemFix {
  title: string;
  edits: PlainTextEdit[];
  /** The one obvious fix, which an editor may apply with a single key press. */
  preferred: boolean;
}

/**
 * The fix a problem's data describes, computed on the same parse the problem came from:
 * replace a range (a wrong value with the suggestion, an unknown key with the known one,
 * an id's prefix) or add a missing field where it belongs. Undefined for problems
 * without a fix.
 */
export function fixForProblem(problem: Problem, parsed: ParsedYaml, context: SuggestionContext): ProblemFix | undefined {
  const data: FixData | undefined = problem.data;
  if (!data) return undefined;
  switch (data.kind) {
    case 'replace':
      return { title: data.title, edits: [{ range: data.range, newText: replacementText(parsed, data.range, data.newText) }], preferred: true };
    case 'insertField': {
      const path = data.field.split('.');
      const text = suggestedFieldText(parsed, path, data.placeholder, context);
      const edit = insertFieldEdit(parsed, { path, value: fieldValueFor(path, text) });
      return edit ? { title: data.title, edits: [edit], preferred: true } : undefined;
    }
    default:
      return undefined;
  }
}

/** One fix adding every missing field at once, in the schema's order; undefined for fewer than two. */
export function fixAllMissingFields(problems: readonly Problem[], parsed: ParsedYaml, context: SuggestionContext): ProblemFix | undefined {
  const fields = problems.flatMap((problem) => (problem.code === 'missing-field' && problem.data?.kind === 'insertField' ? [problem.data] : []));
  if (fields.length < 2) return undefined;
  const edits = insertFieldEdits(
    parsed,
    fields.map((data) => {
      const path = data.field.split('.');
      return { path, value: fieldValueFor(path, suggestedFieldText(parsed, path, data.placeholder, context)) };
    }),
  );
  return edits.length > 0 ? { title: `Add the ${fields.length} missing fields`, edits, preferred: false } : undefined;
}

/**
 * The text that replaces a range. When the range is exactly a scalar (a key or a value)
 * the replacement is a value too, and is quoted if YAML would otherwise read it as
 * something else; any other range gets the text as it is.
 */
function replacementText(parsed: ParsedYaml, range: Range, newText: string): string {
  const start = rangeOffset(parsed, range);
  if (!start || !parsed.document) return newText;
  let exactScalar = false;
  visit(parsed.document, {
    Scalar(_, node) {
      if (isScalar(node) && node.range && node.range[0] === start.from && node.range[1] === start.to) {
        exactScalar = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return exactScalar ? yamlScalarText(newText, { flow: true }) : newText;
}

function rangeOffset(parsed: ParsedYaml, range: Range): { from: number; to: number } | undefined {
  const from = offsetOf(parsed, range.start);
  const to = offsetOf(parsed, range.end);
  return from <= to ? { from, to } : undefined;
}
