import * as fc from 'fast-check';
import { isMap } from 'yaml';
import { advanceStage } from '../../../server/src/engine/authoring/advanceStage';
import { addRelatedEdits, setAdoptionEdits } from '../../../server/src/engine/edits/adoptionEdits';
import type { PlainTextEdit } from '../../../server/src/engine/edits/plainTextEdit';
import { applyPlainTextEdits } from '../../support/applyPlainTextEdits';
import { fixAllMissingFields, fixForProblem } from '../../../server/src/engine/edits/problemFixes';
import { renameIdEdits } from '../../../server/src/engine/edits/renameIdEdits';
import { idSites } from '../../../server/src/engine/language/idSites';
import { offsetOf } from '../../../server/src/engine/text/positions';
import { newLessonText, nextFreeId } from '../../../server/src/engine/authoring/newLesson';
import { DEFAULT_CONFIG, parseWorkspaceConfig, type Locality, type WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { locate } from '../../../server/src/engine/yaml/locate';
import { parseYamlFile } from '../../../server/src/engine/yaml/parseYamlFile';
import { EXAMPLE_CONFIG, editableLesson, existingIds, oneLine } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';
import { assertRangesInside, withinBound } from '../invariants';
import { applyTextEdits, assertEditsKeptText } from '../textEdits';

const TODAY = '2025-06-01';
const EXAMPLE_WORKSPACE_CONFIG: WorkspaceConfig = parseWorkspaceConfig(EXAMPLE_CONFIG).config;
const CURATED_CONFIG: WorkspaceConfig = { ...EXAMPLE_WORKSPACE_CONFIG, curators: ['Priya Shah', 'Tom Okafor'] };

/** Expands a VS Code snippet's placeholders and escapes into the text it inserts. */
export function expandSnippet(snippet: string): string {
  let result = '';
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      result += snippet[++i];
    } else if (char === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      i = colon;
    } else if (char === '}') {
      // The end of a placeholder: escaped braces were handled above.
    } else {
      result += char;
    }
  }
  return result;
}

const newLessonInput = fc.record({
  prefix: fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/),
  title: oneLine,
  name: oneLine,
});

export const AUTHORING_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty(
    'newLessonText: any title and locality name read back exactly, plain and as a snippet',
    6_000,
    newLessonInput,
    ({ prefix, title, name }, boundMs) => {
      const locality: Locality = { name, prefix, folder: 'x' };
      const config: WorkspaceConfig = { ...DEFAULT_CONFIG, localities: [locality], usesDefaultLocalities: false };
      const input = { id: nextFreeId(prefix, []), title, locality, date: TODAY };
      const text = newLessonText(input);
      const { facts, problems } = withinBound(boundMs, 'analyzeLesson', () => analyzeLesson(text, { config, today: TODAY }));
      if (facts.id !== input.id) throw new Error(`id read back as ${JSON.stringify(facts.id)}`);
      if (facts.title !== title) throw new Error(`title ${JSON.stringify(title)} read back as ${JSON.stringify(facts.title)}`);
      if (facts.locality !== name) throw new Error(`locality ${JSON.stringify(name)} read back as ${JSON.stringify(facts.locality)}`);
      const unexpected = problems.filter((problem) => problem.code !== 'placeholder-answer');
      if (unexpected.length > 0)
        throw new Error(`a new lesson has problems: ${JSON.stringify(unexpected.map((problem) => [problem.code, problem.message]))}\n${text}`);
      const snippet = newLessonText(input, { snippet: true });
      if (expandSnippet(snippet) !== text) throw new Error(`the snippet inserts different text:\n${expandSnippet(snippet)}\n---\n${text}`);
    },
  ),

  fuzzProperty('nextFreeId: a well-formed id past every existing one of its prefix', 4_000, existingIds, (ids) => {
    const next = nextFreeId('GM', ids);
    if (!/^GM-[0-9]{4,}$/.test(next)) throw new Error(`malformed id ${next}`);
    if (ids.includes(next)) throw new Error(`${next} is already taken`);
    const number = BigInt(next.slice(3));
    for (const id of ids) {
      const match = /^GM-([0-9]+)$/.exec(id);
      if (match && BigInt(match[1]) >= number) throw new Error(`${next} is not past ${id}`);
    }
  }),

  fuzzProperty(
    'advanceStage: never throws; its edits change only the stage and add fields, keeping comments, blank lines and key order',
    5_000,
    editableLesson,
    (text, boundMs) => {
      const parsed = parseYamlFile(text, 'lesson');
      const result = withinBound(boundMs, 'advanceStage', () => advanceStage(parsed));
      if (result.kind !== 'advanced') {
        if (!result.reason.trim()) throw new Error('refused without a reason');
        return;
      }
      const after = checkEdits(text, result.edits, 'Advance Stage');
      const stage = analyzeLesson(after, { config: DEFAULT_CONFIG, today: TODAY }).facts.stage;
      if (stage !== result.to) throw new Error(`stage reads ${String(stage)} after moving to ${result.to}`);
      if (result.cursor) assertRangesInside(after, [{ start: result.cursor, end: result.cursor }], 'cursor');
    },
  ),

  fuzzProperty(
    'advanceStage with curators: asks for the review, or writes it beside the stage keeping comments, blank lines and key order',
    3_000,
    editableLesson,
    (text, boundMs) => {
      const parsed = parseYamlFile(text, 'lesson');
      const asked = withinBound(boundMs, 'advanceStage', () => advanceStage(parsed, { config: CURATED_CONFIG }));
      if (asked.kind === 'reviewNeeded' && asked.curators.join() !== CURATED_CONFIG.curators.join())
        throw new Error(`asked for a review by ${asked.curators.join()}`);
      const result = withinBound(boundMs, 'advanceStage', () =>
        advanceStage(parsed, { config: CURATED_CONFIG, review: { reviewedBy: 'priya SHAH', reviewedOn: TODAY } }),
      );
      if (result.kind !== 'advanced') {
        if (result.kind === 'reviewNeeded' || !result.reason.trim()) throw new Error(`${result.kind} without a reason, or asked again with a review given`);
        return;
      }
      // A review field that held something else (a reviewer who is not a curator, a list) is replaced, its comments with it.
      const replaced = ['reviewed_by', 'reviewed_on'].flatMap((key) => {
        const node = locate(parsed.root, [key])?.node;
        return node?.range ? [text.slice(node.range[0], node.range[1])] : [];
      });
      const after = checkEdits(text, result.edits, 'Advance Stage with a review', [], replaced);
      const analysis = analyzeLesson(after, { config: CURATED_CONFIG, today: TODAY });
      if (analysis.facts.stage !== result.to) throw new Error(`stage reads ${String(analysis.facts.stage)} after moving to ${result.to}`);
      const unreviewed = analysis.problems.filter((problem) => problem.code === 'review-required');
      if (result.review && !parsed.root?.flow && unreviewed.length > 0)
        throw new Error(`review written but still asked for: ${unreviewed.map((problem) => problem.message).join(' / ')}\n--- after\n${after}`);
      if (result.cursor) assertRangesInside(after, [{ start: result.cursor, end: result.cursor }], 'cursor');
    },
  ),

  fuzzProperty(
    'quick fixes (replace a value or key, add a missing field, add all missing fields) keep every other line, comment and key',
    6_000,
    editableLesson,
    (text, boundMs) => {
      const { parsed, problems } = withinBound(boundMs, 'analyzeLesson', () => analyzeLesson(text, { config: EXAMPLE_WORKSPACE_CONFIG, today: TODAY }));
      const context = { config: EXAMPLE_WORKSPACE_CONFIG, today: TODAY, ids: () => ['GM-0001', 'DC-0002', 'DC-0004'] };
      for (const problem of problems) {
        const fix = withinBound(boundMs, 'fixForProblem', () => fixForProblem(problem, parsed, context));
        if (!fix) continue;
        const renamed = problem.code === 'unknown-field' ? [parsed.text.slice(offsetOf(parsed, problem.range.start), offsetOf(parsed, problem.range.end))] : [];
        const after = checkEdits(text, fix.edits, `fix '${fix.title}'`, renamed);
        if (problem.code === 'missing-field' && problem.data?.kind === 'insertField') {
          const field = problem.data.field;
          const still = analyzeLesson(after, { config: EXAMPLE_WORKSPACE_CONFIG, today: TODAY }).problems.some(
            (other) => other.code === 'missing-field' && other.data?.kind === 'insertField' && other.data.field === field,
          );
          if (still && !hasYamlErrors(text)) throw new Error(`'${field}' is still missing after '${fix.title}':\n${after}`);
        }
      }
      const all = fixAllMissingFields(problems, parsed, context);
      if (all) checkEdits(text, all.edits, all.title);
    },
  ),

  fuzzProperty(
    'rename id and adoption/related edits keep every other line, comment and key, and say what was asked',
    5_000,
    fc.tuple(editableLesson, fc.constantFrom('GM-0001', 'OL-0003', 'DC-0002'), fc.constantFrom('replicate' as const, 'customise' as const, 'enhance' as const)),
    ([text, id, action], boundMs) => {
      const parsed = parseYamlFile(text, 'lesson');
      const config = { config: DEFAULT_CONFIG, today: TODAY };
      const yamlErrors = hasYamlErrors(text);
      const renameFrom = parsed.root ? idSites(parsed).find((site) => site.role === 'declaration')?.id : undefined;
      if (renameFrom) {
        const edits = withinBound(boundMs, 'renameIdEdits', () => renameIdEdits(parsed, renameFrom, 'ZZ-9999'));
        const after = checkEdits(text, edits, 'rename id');
        if (!yamlErrors && analyzeLesson(after, { ...config, today: TODAY }).facts.id !== 'ZZ-9999') throw new Error(`id not renamed:\n${after}`);
      }
      const adoption = withinBound(boundMs, 'setAdoptionEdits', () => setAdoptionEdits(parsed, { action, lesson: id }));
      // An adoption that is not a mapping (text, a list) is replaced, its comments with it.
      const current = locate(parsed.root, ['adoption'])?.node;
      const replaced = current?.range && !isMap(current) ? [text.slice(current.range[0], current.range[1])] : [];
      const adopted = checkEdits(text, adoption, 'set adoption', [], replaced);
      // No edits is a refusal (e.g. an adoption written as text); any edits must do what was asked.
      if (!yamlErrors && adoption.length > 0) {
        const facts = analyzeLesson(adopted, config).facts;
        if (
          !facts.adoptions.some((adoption) => adoption.action === action && adoption.lesson === id) ||
          !facts.references.some((reference) => reference.kind === 'adoption' && reference.id === id)
        )
          throw new Error(`adoption not set to ${action} ${id}:\n${adopted}`);
      }
      const related = withinBound(boundMs, 'addRelatedEdits', () => addRelatedEdits(parsed, id));
      const relatedAfter = checkEdits(text, related, 'add related');
      if (
        !yamlErrors &&
        related.length > 0 &&
        !analyzeLesson(relatedAfter, config).facts.references.some((reference) => reference.kind === 'related' && reference.id === id)
      ) {
        throw new Error(`related does not list ${id}:\n${relatedAfter}`);
      }
    },
  ),
];

/** Errors the YAML reader itself reports: an edit on such text may reasonably not land. */
function hasYamlErrors(text: string): boolean {
  return parseYamlFile(text, 'lesson').problems.some((problem) => problem.severity === 'error');
}

/**
 * Applies edits as an editor would and checks they kept the writer's text; on a text
 * without YAML errors, the result must not have any either.
 */
function checkEdits(text: string, edits: readonly PlainTextEdit[], what: string, renamedKeys: string[] = [], replaced: string[] = []): string {
  assertRangesInside(
    text,
    edits.map((edit) => edit.range),
    `${what} edit range`,
  );
  const after = applyTextEdits(text, edits);
  if (applyPlainTextEdits(text, edits) !== after) throw new Error(`${what}: the tests' applyPlainTextEdits disagrees with the editor`);
  try {
    assertEditsKeptText(text, after, edits, { renamedKeys, replaced, structure: !hasYamlErrors(text) });
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}\n--- before\n${text}\n--- after\n${after}`);
  }
  if (!hasYamlErrors(text) && hasYamlErrors(after)) {
    throw new Error(
      `${what} broke the YAML: ${JSON.stringify(parseYamlFile(after, 'lesson').problems.map((problem) => problem.message))}\n--- before\n${text}\n--- after\n${after}`,
    );
  }
  return after;
}
