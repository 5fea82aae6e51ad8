import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { fixAllMissingFields, fixForProblem } from '../../../../server/src/engine/edits/problemFixes';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { Problem } from '../../../../server/src/engine/problem';
import { lesson, TODAY } from '../../support/lessons';

const context = { config: DEFAULT_CONFIG, today: TODAY, ids: () => ['GM-0001', 'GM-0007', 'YH-0003'] };

function fixed(text: string, code: string, config = DEFAULT_CONFIG): { text: string; title: string } {
  const analysis = analyzeLesson(text, { config, today: TODAY });
  const problem = analysis.problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `a ${code} problem among ${analysis.problems.map((p) => p.code).join(', ')}`);
  const fix = fixForProblem(problem, analysis.parsed, { ...context, config });
  assert.ok(fix, 'a fix');
  return { text: applyPlainTextEdits(text, fix.edits), title: fix.title };
}

describe('fixes for problems', () => {
  it('replaces with the suggestion, quoting a locality name YAML would misread', () => {
    const { config } = parseWorkspaceConfig('localities:\n  - name: "Care: North"\n    prefix: CN\n');
    const text = lesson({ id: 'CN-0001', locality: 'Care North' });
    assert.deepEqual(fixed(text, 'unknown-locality', config), {
      text: text.replace('locality: Care North', 'locality: "Care: North"'),
      title: "Change to 'Care: North'",
    });
  });

  it('changes a stage to the one it begins, not to one a similar number of letters away', () => {
    const text = lesson({ stage: 'curate' });
    assert.deepEqual(fixed(text, 'invalid-value'), { text: lesson({ stage: 'curated' }), title: "Change to 'curated'" });
    assert.deepEqual(fixed(lesson({ stage: 'organized' }), 'invalid-value'), { text: lesson({ stage: 'organised' }), title: "Change to 'organised'" });
  });

  it('adds a missing id from the locality and a missing locality from the id', () => {
    const noId = lesson({ id: undefined });
    assert.equal(fixed(noId, 'missing-field').text, `id: GM-0008\n${noId}`);
    const noLocality = lesson({ id: 'YH-0009', locality: undefined });
    assert.equal(fixed(noLocality, 'missing-field').text, noLocality.replace(/(title: .*\n)/, '$1locality: Yorkshire & Humber Care Record\n'));
  });

  it("adds a missing date as today's and an answer as its question", () => {
    assert.equal(fixed(lesson({ date: undefined }), 'missing-field').text, lesson({ date: TODAY }));
    assert.equal(fixed(lesson({ improvements: undefined }), 'missing-field').text, lesson({ improvements: '|\n  What improvements could be made next time?' }));
  });

  it('adds every missing field in one fix, and only when there are two or more', () => {
    const text = lesson({ title: undefined, topics: undefined });
    const analysis = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
    const all = fixAllMissingFields(analysis.problems, analysis.parsed, context);
    assert.ok(all);
    assert.equal(all.title, 'Add the 2 missing fields');
    assert.equal(applyPlainTextEdits(text, all.edits), lesson({ title: 'Data sharing agreement sign-off took nine months across three trusts', topics: '[]' }));
    const one = analyzeLesson(lesson({ title: undefined }), { config: DEFAULT_CONFIG, today: TODAY });
    assert.equal(fixAllMissingFields(one.problems, one.parsed, context), undefined);
  });

  it('gives no fix for a problem without fix data', () => {
    const analysis = analyzeLesson(lesson({ date: '2025-02-30' }), { config: DEFAULT_CONFIG, today: TODAY });
    const problem: Problem = analysis.problems[0];
    assert.equal(problem.code, 'invalid-date');
    assert.equal(fixForProblem(problem, analysis.parsed, context), undefined);
  });
});
