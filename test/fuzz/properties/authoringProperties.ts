import * as fc from 'fast-check';
import { isMap, isScalar } from 'yaml';
import { advanceStage } from '../../../server/src/engine/authoring/advanceStage';
import { newLessonText, nextFreeId } from '../../../server/src/engine/authoring/newLesson';
import { DEFAULT_CONFIG, type Locality, type WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { parseYamlFile } from '../../../server/src/engine/yaml/parseYamlFile';
import { editableLesson, existingIds, oneLine } from '../arbitraries';
import { fuzzProperty, type FuzzProperty } from '../fuzzProperty';
import { assertRangesInside, withinBound } from '../invariants';
import { applyTextEdits, assertOnlyEditedTextChanged } from '../textEdits';

const TODAY = '2025-06-01';

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

/** The root mapping's keys, in order, of a text that parses. */
function rootKeys(text: string): string[] {
  const root = parseYamlFile(text, 'lesson').document?.contents;
  return isMap(root) ? root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '?')) : [];
}

const newLessonInput = fc.record({
  prefix: fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/),
  title: oneLine,
  name: oneLine,
});

export const AUTHORING_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty('newLessonText: any title and locality name read back exactly, plain and as a snippet', 8_000, newLessonInput, ({ prefix, title, name }, boundMs) => {
    const locality: Locality = { name, prefix, folder: 'x' };
    const config: WorkspaceConfig = { ...DEFAULT_CONFIG, localities: [locality], usesDefaultLocalities: false };
    const input = { id: nextFreeId(prefix, []), title, locality, date: TODAY };
    const text = newLessonText(input);
    const { facts, problems } = withinBound(boundMs, 'analyzeLesson', () => analyzeLesson(text, { config, today: TODAY }));
    if (facts.id !== input.id) throw new Error(`id read back as ${JSON.stringify(facts.id)}`);
    if (facts.title !== title) throw new Error(`title ${JSON.stringify(title)} read back as ${JSON.stringify(facts.title)}`);
    if (facts.locality !== name) throw new Error(`locality ${JSON.stringify(name)} read back as ${JSON.stringify(facts.locality)}`);
    const unexpected = problems.filter((problem) => problem.code !== 'placeholder-answer');
    if (unexpected.length > 0) throw new Error(`a new lesson has problems: ${JSON.stringify(unexpected.map((problem) => [problem.code, problem.message]))}\n${text}`);
    const snippet = newLessonText(input, { snippet: true });
    if (expandSnippet(snippet) !== text) throw new Error(`the snippet inserts different text:\n${expandSnippet(snippet)}\n---\n${text}`);
  }),

  fuzzProperty('nextFreeId: a well-formed id past every existing one of its prefix', 7_000, existingIds, (ids) => {
    const next = nextFreeId('GM', ids);
    if (!/^GM-[0-9]{4,}$/.test(next)) throw new Error(`malformed id ${next}`);
    if (ids.includes(next)) throw new Error(`${next} is already taken`);
    const number = BigInt(next.slice(3));
    for (const id of ids) {
      const match = /^GM-([0-9]+)$/.exec(id);
      if (match && BigInt(match[1]) >= number) throw new Error(`${next} is not past ${id}`);
    }
  }),

  fuzzProperty('advanceStage: never throws; its edits change only the stage and add fields, keeping comments, blank lines and key order', 5_000, editableLesson, (text, boundMs) => {
    const parsed = parseYamlFile(text, 'lesson');
    const result = withinBound(boundMs, 'advanceStage', () => advanceStage(parsed));
    if (result.kind === 'refused') {
      if (!result.reason.trim()) throw new Error('refused without a reason');
      return;
    }
    assertRangesInside(text, result.edits.map((edit) => edit.range), 'edit range');
    const after = applyTextEdits(text, result.edits);
    assertOnlyEditedTextChanged(text, after, result.edits);
    const reparsed = parseYamlFile(after, 'lesson');
    if (reparsed.problems.some((problem) => problem.severity === 'error')) throw new Error(`the edited lesson no longer parses: ${JSON.stringify(reparsed.problems.map((problem) => problem.message))}\n${after}`);
    const stage = analyzeLesson(after, { config: DEFAULT_CONFIG, today: TODAY }).facts.stage;
    if (stage !== result.to) throw new Error(`stage reads ${String(stage)} after moving to ${result.to}`);
    const keysBefore = rootKeys(text);
    const keysAfter = rootKeys(after).filter((key) => !result.inserted.includes(key) || keysBefore.includes(key));
    if (JSON.stringify(keysBefore) !== JSON.stringify(keysAfter)) throw new Error(`key order changed: ${keysBefore.join(',')} → ${rootKeys(after).join(',')}`);
    if (result.cursor) assertRangesInside(after, [{ start: result.cursor, end: result.cursor }], 'cursor');
  }),

  fuzzProperty('quick-fix replacements computed with problems touch only their own range', 5_000, editableLesson, (text, boundMs) => {
    const { problems } = withinBound(boundMs, 'analyzeLesson', () => analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY }));
    const hadSyntaxErrors = problems.some((problem) => problem.code === 'yaml-syntax');
    for (const problem of problems) {
      if (problem.data?.kind !== 'replace') continue;
      const edit = { range: problem.data.range, newText: problem.data.newText };
      const after = applyTextEdits(text, [edit]);
      assertOnlyEditedTextChanged(text, after, [edit]);
      if (hadSyntaxErrors) continue;
      // A fix renames at most one key, to its own new text; no key moves.
      const keysBefore = rootKeys(text);
      const keysAfter = rootKeys(after);
      const renamed = keysBefore.flatMap((key, index) => (key === keysAfter[index] ? [] : [index]));
      if (keysBefore.length !== keysAfter.length || renamed.length > 1 || (renamed.length === 1 && keysAfter[renamed[0]] !== edit.newText)) {
        throw new Error(`fix '${problem.data.title}' changed the keys: ${keysBefore.join(',')} → ${keysAfter.join(',')}`);
      }
    }
  }),
];
