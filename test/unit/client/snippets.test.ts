import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument, isMap, isScalar } from 'yaml';
import { newLessonText } from '../../../server/src/engine/authoring/newLesson';
import { DEFAULT_CONFIG } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import { ADOPTION_ACTIONS, ADOPTION_STATUSES } from '../../../server/src/engine/lesson/lessonModel';
import { STAGES } from '../../../shared/stages';
import { describeField, LESSON_SCHEMA } from '../../../server/src/engine/schema/schemas';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
  include?: string[];
}

const SNIPPETS = JSON.parse(readFileSync(path.resolve(__dirname, '../../../snippets/lessons.json'), 'utf8')) as Record<string, Snippet>;
const byPrefix = new Map(Object.values(SNIPPETS).map((snippet) => [snippet.prefix, snippet]));

/** What VS Code inserts when every placeholder keeps its default: the first choice, the placeholder text, today's date. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|}]+)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', '2025-03-14')
    .replace(/\$0/g, '');
}

function keysOf(text: string): string[] {
  const document = parseDocument(text);
  assert.ok(isMap(document.contents));
  return document.contents.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
}

describe('client: snippets', () => {
  it('offers lesson, three-questions, adoption, outcome and review, each described and only in lesson files', () => {
    assert.deepEqual([...byPrefix.keys()].sort(), ['adoption', 'lesson', 'outcome', 'review', 'three-questions']);
    for (const snippet of byPrefix.values()) {
      assert.ok(snippet.description.length > 20, `${snippet.prefix} has a description`);
      assert.deepEqual(snippet.include, ['**/*.lesson.yaml', '**/*.lesson.yml']);
    }
  });

  it('the lesson snippet has the fields of the editor template in the same order, and is a valid lesson once filled', () => {
    const expanded = expand(byPrefix.get('lesson')!.body);
    const template = newLessonText({ id: 'GM-0001', title: 'x', locality: DEFAULT_CONFIG.localities[0], date: '2025-03-14' });
    assert.deepEqual(keysOf(expanded), keysOf(template));
    const analysis = analyzeLesson(expanded, { config: DEFAULT_CONFIG, today: '2025-12-01' });
    assert.deepEqual(
      analysis.problems.map((problem) => problem.code),
      ['placeholder-answer', 'placeholder-answer', 'placeholder-answer'],
      'only the three answers still hold their questions',
    );
    assert.ok(
      byPrefix.get('lesson')!.body.some((line) => line === `stage: \${4|${STAGES.join(',')}|}`),
      'the stage is a choice of the lifecycle stages in order',
    );
  });

  it("three-questions asks the schema's questions as comments and placeholder text", () => {
    const body = byPrefix.get('three-questions')!.body.join('\n');
    for (const field of ['good', 'not_so_good', 'improvements']) {
      const question = describeField(LESSON_SCHEMA, [field])!;
      assert.ok(body.includes(`${field}: |  # ${question}`), `${field} carries its question as a comment`);
      assert.match(body, new RegExp(`\\$\\{\\d+:${question.replace(/[?]/g, '\\?')}\\}`));
    }
  });

  it("adoption offers the three adoption actions, a lesson id, the four statuses, today's date and an outcome", () => {
    const body = byPrefix.get('adoption')!.body;
    assert.ok(body.includes(`  action: \${1|${ADOPTION_ACTIONS.join(',')}|}`));
    assert.ok(body.includes(`  status: \${3|${ADOPTION_STATUSES.join(',')}|}`));
    const parsed = parseDocument(expand(body)).toJS() as { adoption: Record<string, string> };
    assert.deepEqual(parsed, {
      adoption: { action: 'replicate', lesson: 'YH-0007', status: 'planned', date: '2025-03-14', outcome: 'What changed, ideally a number' },
    });
  });

  /** A lesson from the template with a snippet's text added at the end, as typed on an empty last line. */
  function withSnippet(prefix: string): ReturnType<typeof analyzeLesson> {
    const lesson = newLessonText({ id: 'GM-0001', title: 'x', locality: DEFAULT_CONFIG.localities[0], date: '2025-03-14' });
    return analyzeLesson(`${lesson}${expand(byPrefix.get(prefix)!.body)}`, { config: DEFAULT_CONFIG, today: '2025-12-01' });
  }

  it('outcome writes outcome and a list of artefacts the schema accepts', () => {
    const analysis = withSnippet('outcome');
    assert.equal(analysis.facts.outcome, 'The measurable result, e.g. sign-off from nine months to six weeks');
    assert.deepEqual(
      analysis.facts.artefacts.map((artefact) => artefact.target),
      ['artefacts/dsa-template.md'],
    );
    assert.deepEqual(
      analysis.problems.filter((problem) => problem.code !== 'placeholder-answer'),
      [],
    );
  });

  it("review writes reviewed_by and today's reviewed_on", () => {
    const analysis = withSnippet('review');
    assert.equal(analysis.facts.reviewedBy, "Curator's name");
    assert.equal(analysis.facts.reviewedOn, '2025-03-14');
    assert.deepEqual(
      analysis.problems.filter((problem) => problem.code !== 'placeholder-answer'),
      [],
    );
  });
});
