import * as assert from 'node:assert/strict';
import { newLessonText } from '../../../../server/src/engine/authoring/newLesson';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { TODAY } from '../../support/lessons';

describe('new lesson template', () => {
  const locality = DEFAULT_CONFIG.localities[0];
  const input = { id: 'GM-0001', title: 'Opt-outs applied twice', locality, date: TODAY };

  it('without a topic list, the topic is a placeholder to type over', () => {
    assert.match(newLessonText(input, { snippet: true }), /^topics: \[\$\{1:topic\}\]$/m);
    assert.match(newLessonText(input), /^topics: \[topic\]$/m);
  });

  it("with the workspace's topic list, the snippet offers its topics as a choice, quoted for a flow list and escaped for the choice", () => {
    const snippet = newLessonText({ ...input, topics: ['consent', 'audit: clinical', 'audit, assurance', '  '] }, { snippet: true });
    assert.match(snippet, /^topics: \[\$\{1\|consent,"audit: clinical","audit\\, assurance"\|\}\]$/m);
    assert.match(newLessonText({ ...input, topics: ['consent'] }), /^topics: \[topic\]$/m, 'files written directly keep the placeholder');
  });

  it('each offered topic, once chosen, is read back as that topic with no unknown-topic warning', () => {
    const topics = ['consent', 'audit: clinical', 'audit, assurance'];
    const { config } = parseWorkspaceConfig(`topics:\n${topics.map((topic) => `  - ${JSON.stringify(topic)}`).join('\n')}\n`);
    const line = /^topics: \[\$\{1\|(.*)\|\}\]$/m.exec(newLessonText({ ...input, topics }, { snippet: true }))![1];
    const choices = line.split(/(?<!\\),/).map((choice) => choice.replace(/\\(.)/g, '$1'));
    for (const [i, choice] of choices.entries()) {
      const text = newLessonText(input).replace('topics: [topic]', `topics: [${choice}]`);
      const analysis = analyzeLesson(text, { config: { ...config, localities: DEFAULT_CONFIG.localities }, today: TODAY });
      assert.deepEqual(analysis.facts.topics, [topics[i]]);
      assert.deepEqual(
        analysis.problems.filter((problem) => problem.code !== 'placeholder-answer'),
        [],
      );
    }
  });
});
