import { visit, type Scalar } from 'yaml';
import { isScalar } from '../yaml/nodeKinds';
import { idRange } from '../language/idSites';
import type { LessonAnalysis } from '../lesson/analyzeLesson';
import type { Range } from '../problem';
import { sameRange } from '../text/positions';
import { nearest } from '../text/suggest';
import type { ThemeAnalysis } from '../themes/analyzeTheme';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import type { ProblemFix } from './problemFixes';
import { yamlScalarText } from './yamlScalar';

/** A lesson id written as a reference, with the range its problems are shown on (the whole value, quotes included). */
interface WrittenReference {
  id: string;
  range: Range;
}

/**
 * The fix for an `unknown-reference` in a lesson (`adoption.lesson`, a `related` item) at a
 * range: the id changed to the nearest id a lesson has, never the lesson's own.
 */
export function lessonReferenceFix(analysis: LessonAnalysis, range: Range, knownIds: readonly string[]): ProblemFix | undefined {
  const ownId = analysis.facts.id;
  return unknownReferenceFix(analysis.parsed, analysis.facts.references, range, ownId ? knownIds.filter((id) => id !== ownId) : knownIds);
}

/** The fix for an `unknown-reference` in a theme's `lessons` at a range: the id changed to the nearest id a lesson has. */
export function themeReferenceFix(analysis: ThemeAnalysis, range: Range, knownIds: readonly string[]): ProblemFix | undefined {
  return unknownReferenceFix(analysis.parsed, analysis.facts.lessons, range, knownIds);
}

/**
 * "Change to '<id>'": the reference at the problem's range, while it still names an id no
 * lesson has, changed to the nearest of the known ids (text/suggest.ts: the one it begins or
 * is begun by, or the one fewest edits away within a third of its length). Only the id's
 * characters change, so quotes stay. Undefined when the text has moved on or no id is near.
 */
function unknownReferenceFix(parsed: ParsedYaml, references: readonly WrittenReference[], range: Range, knownIds: readonly string[]): ProblemFix | undefined {
  const reference = references.find((candidate) => sameRange(candidate.range, range));
  if (!reference || knownIds.includes(reference.id)) return undefined;
  const suggestion = nearest(reference.id, knownIds);
  if (!suggestion) return undefined;
  const inner = idRange(parsed, scalarAt(parsed, range));
  const edit = inner ? { range: inner, newText: suggestion } : { range, newText: yamlScalarText(suggestion, { flow: true }) };
  return { title: `Change to '${suggestion}'`, edits: [edit], preferred: true };
}

/** The scalar whose node spans exactly the range. */
function scalarAt(parsed: ParsedYaml, range: Range): Scalar | undefined {
  if (!parsed.document) return undefined;
  let found: Scalar | undefined;
  visit(parsed.document, {
    Scalar(_, node) {
      if (!isScalar(node)) return undefined;
      const spans = nodeRange(parsed.positions, node);
      if (!spans || !sameRange(spans, range)) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}
