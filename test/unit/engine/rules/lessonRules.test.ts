import * as assert from 'node:assert/strict';
import { parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { lesson, problemsOf, where } from '../../support/lessons';

describe('single-file rules', () => {
  describe('id prefix', () => {
    it("flags an id whose prefix is not the locality's and offers the fixed id", () => {
      const [problem] = problemsOf(lesson({ id: 'YH-0042' }));
      assert.deepEqual(where(problem), ['id-prefix-mismatch', 0, 4, 0, 11]);
      assert.equal(problem.message, "id 'YH-0042' should start with GM, the prefix of Greater Manchester Care Record — did you mean 'GM-0042'?");
      assert.deepEqual(problem.data, { kind: 'replace', range: problem.range, newText: 'GM-0042', title: "Change id to 'GM-0042'" });
    });

    it('accepts the prefix of a locality named by an alias', () => {
      assert.deepEqual(problemsOf(lesson({ locality: 'GMCR' })), []);
    });
  });

  describe('locality', () => {
    it('warns about an unknown locality and suggests the nearest known name', () => {
      const [problem] = problemsOf(lesson({ locality: 'Greater Manchestr Care Record' }));
      assert.deepEqual(where(problem), ['unknown-locality', 2, 10, 2, 39]);
      assert.equal(problem.severity, 'warning');
      assert.match(problem.message, /^Unknown locality 'Greater Manchestr Care Record' — did you mean 'Greater Manchester Care Record'\?/);
    });

    it('suggests the locality owning a close alias', () => {
      const [problem] = problemsOf(lesson({ locality: 'YHCRR', id: 'YH-0001' }));
      assert.match(problem.message, /did you mean 'Yorkshire & Humber Care Record'\?/);
    });

    it('uses the localities of learn-once.yaml when there is one', () => {
      const { config } = parseWorkspaceConfig('localities:\n  - name: Somewhere Care Record\n    prefix: SW\n');
      assert.deepEqual(problemsOf(lesson({ id: 'SW-0001', locality: 'Somewhere Care Record' }), config), []);
      const [problem] = problemsOf(lesson(), config);
      assert.equal(problem.code, 'unknown-locality');
      assert.match(problem.message, /Known localities come from learn-once.yaml/);
    });
  });

  describe('summary', () => {
    it('requires a summary from curated on, on the stage value', () => {
      for (const stage of ['curated', 'communicated']) {
        const [problem] = problemsOf(lesson({ stage }));
        assert.equal(problem.code, 'summary-required');
        assert.deepEqual(problem.range.start, { line: 3, character: 7 });
        assert.equal(problem.message, `A ${stage} lesson needs a summary: one paragraph for readers elsewhere.`);
        assert.equal(problem.data?.kind, 'insertField');
      }
    });

    it('does not require a summary before curated, or when one is written', () => {
      for (const stage of ['captured', 'collated', 'organised']) assert.deepEqual(problemsOf(lesson({ stage })), []);
      assert.deepEqual(problemsOf(lesson({ stage: 'curated', summary: 'One paragraph.' })), []);
    });

    it('treats a blank summary as missing', () => {
      assert.deepEqual(
        problemsOf(lesson({ stage: 'curated', summary: "'   '" })).map((p) => p.code),
        ['summary-required'],
      );
    });
  });

  describe('date', () => {
    it('rejects a date that is not on the calendar', () => {
      const [problem] = problemsOf(lesson({ date: '2025-02-29' }));
      assert.deepEqual(where(problem), ['invalid-date', 4, 6, 4, 16]);
      assert.equal(problem.message, "date '2025-02-29' is not a real calendar date.");
    });

    it('accepts a leap day', () => {
      assert.deepEqual(problemsOf(lesson({ date: '2024-02-29' })), []);
    });

    it('rejects a date in the future but accepts today', () => {
      const [problem] = problemsOf(lesson({ date: '2026-11-27' }));
      assert.equal(problem.code, 'future-date');
      assert.match(problem.message, /in the future.*today is 2026-11-26/);
      assert.deepEqual(problemsOf(lesson({ date: '2026-11-26' })), []);
    });
  });

  describe('adoption date', () => {
    const adopting = (dates: string[]): string =>
      dates.length === 1
        ? `\n  action: replicate\n  lesson: YH-0002\n  date: ${dates[0]}`
        : dates.map((date, i) => `\n  - action: replicate\n    lesson: YH-000${i + 1}\n    date: ${date}`).join('');

    it('rejects an adoption date that is not on the calendar, on the date', () => {
      const problems = problemsOf(lesson({ adoption: adopting(['2025-02-30']) }));
      assert.deepEqual(problems.map(where), [['invalid-date', 15, 8, 15, 18]]);
      assert.equal(problems[0].message, "adoption.date '2025-02-30' is not a real calendar date.");
    });

    it('rejects a future adoption date, naming the item of a list, and accepts today', () => {
      const problems = problemsOf(lesson({ adoption: adopting(['2026-11-26', '2026-12-01']) }));
      assert.deepEqual(problems.map(where), [['future-date', 18, 10, 18, 20]]);
      assert.equal(
        problems[0].message,
        "adoption item 2's date '2026-12-01' is in the future; an adoption is dated when it reached its status (today is 2026-11-26).",
      );
    });
  });

  describe('placeholder answers', () => {
    it('flags TBD, n/a, todo and friends on the value', () => {
      for (const placeholder of ['TBD', 'n/a', 'todo', 'TBC.', '...', '-']) {
        const [problem] = problemsOf(lesson({ good: `'${placeholder}'` }));
        assert.equal(problem?.code, 'placeholder-answer', placeholder);
        assert.equal(problem.severity, 'warning');
        assert.deepEqual(problem.range.start, { line: 6, character: 6 });
      }
    });

    it('flags an empty block answer on its key', () => {
      const [problem] = problemsOf(lesson({ improvements: '""' }));
      assert.deepEqual(where(problem), ['placeholder-answer', 10, 0, 10, 12]);
      assert.equal(problem.message, 'improvements is empty: answer "What improvements could be made next time?"');
    });

    it("flags an answer that still holds the template's question", () => {
      const [problem] = problemsOf(lesson({ not_so_good: '|\n  What was not so good?' }));
      assert.equal(problem.code, 'placeholder-answer');
      assert.match(problem.message, /still holds the question/);
    });

    it('accepts a real answer that mentions a placeholder word', () => {
      assert.deepEqual(problemsOf(lesson({ good: '|\n  Nothing was left TBD at go-live.' })), []);
    });
  });
});
