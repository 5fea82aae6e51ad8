import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { fixForProblem } from '../../../../server/src/engine/edits/problemFixes';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, problemsOf, TODAY, where } from '../../support/lessons';

const { config } = parseWorkspaceConfig('topics:\n  - information governance\n  - data sharing\n  - consent\n  - "audit: clinical"\n');

describe('topic rule (unknown-topic)', () => {
  it('warns on a topic outside the vocabulary, on the topic itself, and names the nearest term', () => {
    const problems = problemsOf(lesson({ topics: '[information governance, data-sharing]' }), config);
    assert.deepEqual(problems.map(where), [['unknown-topic', 5, 33, 5, 45]]);
    assert.equal(problems[0].severity, 'warning');
    assert.equal(problems[0].message, "Topic 'data-sharing' is not in this workspace's topic list (topics in learn-once.yaml) — did you mean 'data sharing'?");
  });

  it('checks every item of a block list, and says where to add a new subject when nothing is close', () => {
    const problems = problemsOf(lesson({ topics: '\n  - consnt\n  - witchcraft' }), config);
    assert.deepEqual(problems.map(where), [
      ['unknown-topic', 6, 4, 6, 10],
      ['unknown-topic', 7, 4, 7, 14],
    ]);
    assert.match(problems[0].message, /did you mean 'consent'\?$/);
    assert.equal(
      problems[1].message,
      "Topic 'witchcraft' is not in this workspace's topic list (topics in learn-once.yaml); add it there if it is a new subject.",
    );
    assert.equal(problems[1].data, undefined, 'no fix without a suggestion');
  });

  it('accepts topics in any case and with surrounding spaces', () => {
    assert.deepEqual(problemsOf(lesson({ topics: "[Consent, 'DATA SHARING ', Information Governance]" }), config), []);
  });

  it('accepts any topic when learn-once.yaml has no topic list', () => {
    assert.deepEqual(problemsOf(lesson({ topics: '[witchcraft, data-sharing]' })), []);
    assert.deepEqual(DEFAULT_CONFIG.topics, []);
  });

  it('the fix writes the listed term in place of the typed one, quoted where YAML needs it', () => {
    const fixedText = (text: string): { text: string; title: string } => {
      const analysis = analyzeLesson(text, { config, today: TODAY });
      const problem = analysis.problems.find((candidate) => candidate.code === 'unknown-topic');
      assert.ok(problem, 'an unknown-topic problem');
      const fix = fixForProblem(problem, analysis.parsed, { config, today: TODAY, ids: () => [] });
      assert.ok(fix, 'a fix');
      return { text: applyPlainTextEdits(text, fix.edits), title: fix.title };
    };
    const flow = lesson({ topics: '[consent, data-sharing]' });
    assert.deepEqual(fixedText(flow), { text: flow.replace('data-sharing]', 'data sharing]'), title: "Change to 'data sharing'" });
    const needsQuotes = lesson({ topics: '\n  - audit clinical' });
    assert.deepEqual(fixedText(needsQuotes), { text: needsQuotes.replace('- audit clinical', '- "audit: clinical"'), title: "Change to 'audit: clinical'" });
  });
});
